import {
  ActionGroup,
  Button,
  Checkbox,
  Form,
  FormGroup,
  FormHelperText,
  FormSelect,
  FormSelectOption,
  Grid,
  GridItem,
  HelperText,
  HelperTextItem,
  TextInput,
} from "@patternfly/react-core";
import { useState } from "react";
import { useTranslation } from "react-i18next";

import { ProblemAlert } from "../components/ProblemAlert";
import type { Address } from "../lib/commerce";
import { type AddressInput, COUNTRIES, MAX_LENGTHS, POSTCODE_RULES, validateAddress } from "../lib/postcode";
import { ApiProblem } from "../lib/problem";

export const emptyAddress = (country = "DE"): AddressInput => ({
  firstName: "", lastName: "", company: null, phone: null, street: "", houseNumber: null, extraLine: null,
  postcode: "", city: "", country, region: null, defaultBilling: false, defaultShipping: false,
});

/** The editable part of a stored address (what PUT replaces). */
export const toInput = (address: Address): AddressInput => ({
  firstName: address.firstName, lastName: address.lastName, company: address.company, phone: address.phone,
  street: address.street, houseNumber: address.houseNumber, extraLine: address.extraLine, postcode: address.postcode,
  city: address.city, country: address.country, region: address.region,
  defaultBilling: address.defaultBilling, defaultShipping: address.defaultShipping,
});

type TextField = Exclude<keyof AddressInput, "defaultBilling" | "defaultShipping" | "country">;

const LAYOUT: { field: TextField; span: 12 | 6 | 4 | 8; required?: boolean; autoComplete: string }[] = [
  { field: "firstName", span: 6, required: true, autoComplete: "given-name" },
  { field: "lastName", span: 6, required: true, autoComplete: "family-name" },
  { field: "company", span: 6, autoComplete: "organization" },
  { field: "phone", span: 6, autoComplete: "tel" },
  { field: "street", span: 8, required: true, autoComplete: "address-line1" },
  { field: "houseNumber", span: 4, autoComplete: "off" },
  { field: "extraLine", span: 12, autoComplete: "address-line2" },
  { field: "postcode", span: 4, required: true, autoComplete: "postal-code" },
  { field: "city", span: 8, required: true, autoComplete: "address-level2" },
  { field: "region", span: 6, autoComplete: "address-level1" },
];

/** Fields with a place for their error next to them; errors of other fields go into the alert. */
const FORM_FIELDS = new Set<string>([...LAYOUT.map(({ field }) => field), "country"]);

/**
 * Add/edit form. Validates like the API before sending (required fields, country, postcode per
 * country, lengths) and shows the API's own field errors when it still refuses.
 */
export function AddressForm({
  initial,
  onSubmit,
  onCancel,
}: {
  initial: AddressInput;
  onSubmit: (address: AddressInput) => Promise<void>;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const [value, setValue] = useState<AddressInput>(initial);
  const [touched, setTouched] = useState(false);
  const [serverError, setServerError] = useState<unknown>();
  const [busy, setBusy] = useState(false);

  const clientErrors = touched ? validateAddress(value) : {};
  const serverFieldErrors = serverError instanceof ApiProblem ? serverError.fieldErrors() : {};
  const errorOf = (field: string) => clientErrors[field] ?? serverFieldErrors[field]?.code;

  const set = <K extends keyof AddressInput>(field: K, fieldValue: AddressInput[K]) => {
    setValue((previous) => ({ ...previous, [field]: fieldValue }));
    setServerError(undefined);
  };

  const submit = async () => {
    setTouched(true);
    if (Object.keys(validateAddress(value)).length > 0) return;
    setBusy(true);
    try {
      // Optional fields left empty are sent as null, as the API returns them.
      const clean = Object.fromEntries(
        Object.entries(value).map(([key, fieldValue]) => [key, typeof fieldValue === "string" ? fieldValue.trim() || null : fieldValue]),
      ) as AddressInput;
      await onSubmit(clean);
    } catch (error) {
      setServerError(error);
    } finally {
      setBusy(false);
    }
  };

  const helper = (field: string, hint?: string) => {
    const error = errorOf(field);
    if (!error && !hint) return null;
    return (
      <FormHelperText>
        <HelperText>
          <HelperTextItem variant={error ? "error" : "default"} data-testid={error ? `kontor-address-error-${field}` : undefined}>
            {error
              ? t(`kontorFieldError.${error}`, {
                  example: POSTCODE_RULES[value.country]?.example ?? "",
                  max: MAX_LENGTHS[field as keyof AddressInput] ?? "",
                  // A code the console has no text for: the API's own message.
                  defaultValue: serverFieldErrors[field]?.message ?? error,
                })
              : hint}
          </HelperTextItem>
        </HelperText>
      </FormHelperText>
    );
  };

  return (
    <Form
      id="kontor-address-form"
      data-testid="kontor-address-form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      {serverError !== undefined &&
        !(serverError instanceof ApiProblem && serverError.errors.length > 0 && serverError.errors.every((e) => FORM_FIELDS.has(e.field))) && (
        <ProblemAlert error={serverError} testId="kontor-address-form-error" />
      )}
      <Grid hasGutter md={6}>
        {LAYOUT.slice(0, 7).map(({ field, span, required, autoComplete }) => (
          <GridItem key={field} md={span}>
            <FormGroup label={t(`kontorField.${field}`)} isRequired={required} fieldId={`kontor-address-${field}`}>
              <TextInput
                id={`kontor-address-${field}`}
                name={field}
                autoComplete={autoComplete}
                value={value[field] ?? ""}
                validated={errorOf(field) ? "error" : "default"}
                onChange={(_event, text) => set(field, text)}
              />
              {helper(field)}
            </FormGroup>
          </GridItem>
        ))}
        <GridItem md={6}>
          <FormGroup label={t("kontorField.country")} isRequired fieldId="kontor-address-country">
            <FormSelect
              id="kontor-address-country"
              name="country"
              autoComplete="country"
              value={value.country}
              validated={errorOf("country") ? "error" : "default"}
              onChange={(_event, country) => set("country", country)}
            >
              {COUNTRIES.map((code) => (
                <FormSelectOption key={code} value={code} label={t(`kontorCountry.${code}`, { defaultValue: code })} />
              ))}
            </FormSelect>
            {helper("country")}
          </FormGroup>
        </GridItem>
        {LAYOUT.slice(7).map(({ field, span, required, autoComplete }) => (
          <GridItem key={field} md={span}>
            <FormGroup label={t(`kontorField.${field}`)} isRequired={required} fieldId={`kontor-address-${field}`}>
              <TextInput
                id={`kontor-address-${field}`}
                name={field}
                autoComplete={autoComplete}
                value={value[field] ?? ""}
                validated={errorOf(field) ? "error" : "default"}
                onChange={(_event, text) => set(field, text)}
              />
              {helper(
                field,
                field === "postcode" && POSTCODE_RULES[value.country]
                  ? t("kontorPostcodeExample", { example: POSTCODE_RULES[value.country].example })
                  : undefined,
              )}
            </FormGroup>
          </GridItem>
        ))}
        <GridItem md={12}>
          <Checkbox
            id="kontor-address-defaultBilling"
            label={t("kontorUseAsDefaultBilling")}
            isChecked={value.defaultBilling}
            onChange={(_event, checked) => set("defaultBilling", checked)}
          />
          <Checkbox
            id="kontor-address-defaultShipping"
            className="pf-v5-u-mt-sm"
            label={t("kontorUseAsDefaultShipping")}
            isChecked={value.defaultShipping}
            onChange={(_event, checked) => set("defaultShipping", checked)}
          />
        </GridItem>
      </Grid>
      <ActionGroup>
        <Button type="submit" variant="primary" isLoading={busy} isDisabled={busy} data-testid="kontor-address-save">
          {t("kontorSaveAddress")}
        </Button>
        <Button variant="link" onClick={onCancel} data-testid="kontor-address-cancel">
          {t("kontorCancel")}
        </Button>
      </ActionGroup>
    </Form>
  );
}
