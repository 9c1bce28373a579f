import {
  Alert,
  Button,
  Form,
  FormGroup,
  FormHelperText,
  FormSelect,
  FormSelectOption,
  HelperText,
  HelperTextItem,
  Modal,
  ModalVariant,
  TextInput,
} from "@patternfly/react-core";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";

import { CUSTOMER_KINDS, type Customer, type CustomerKind, ProblemError, useCustomersApi } from "./api";
import { errorText, fieldErrors } from "./messages";

type Props = {
  /** The customer to edit; absent: a new one. */
  customer?: Customer;
  onClose: () => void;
  onSaved: (customer: Customer) => void;
};

/**
 * Create or edit one customer. The server checks every rule (number 5 to 10 digits, name,
 * kind) and its field errors are shown at the fields; creating refuses a number that is already
 * in the directory instead of silently overwriting it (the API itself is an upsert).
 */
export function CustomerForm({ customer, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const api = useCustomersApi();
  const editing = customer !== undefined;
  const [customerNumber, setCustomerNumber] = useState(customer?.customerNumber ?? "");
  const [name, setName] = useState(customer?.name ?? "");
  const [type, setType] = useState<CustomerKind>(customer?.type ?? "person");
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string>();
  const [saving, setSaving] = useState(false);

  const submit = async (event?: FormEvent) => {
    event?.preventDefault();
    setSaving(true);
    setErrors({});
    setFailure(undefined);
    try {
      const number = customerNumber.trim();
      if (!editing) {
        if (number === "") {
          setErrors({ customerNumber: t("kontorError_missing_customer_number") });
          return;
        }
        const exists = await api.get(number).then(
          () => true,
          (e) => (e instanceof ProblemError && e.status === 404 ? false : Promise.reject(e)),
        );
        if (exists) {
          setErrors({ customerNumber: t("kontorCustomerExists", { customerNumber: number }) });
          return;
        }
      }
      onSaved(await api.save({ customerNumber: number, name, type }));
    } catch (e) {
      if (e instanceof ProblemError && e.errors.length > 0) {
        setErrors(fieldErrors(t, e.errors));
      } else {
        const problem = e as ProblemError;
        setFailure(errorText(t, { code: problem.code, message: problem.message }));
      }
    } finally {
      setSaving(false);
    }
  };

  const helper = (field: string) =>
    errors[field] ? (
      <FormHelperText>
        <HelperText>
          <HelperTextItem variant="error" data-testid={`kontor-customer-${field}-error`}>
            {errors[field]}
          </HelperTextItem>
        </HelperText>
      </FormHelperText>
    ) : null;

  return (
    <Modal
      variant={ModalVariant.small}
      title={editing ? t("kontorEditCustomer") : t("kontorCreateCustomer")}
      isOpen
      onClose={onClose}
      data-testid="kontor-customer-form"
      actions={[
        <Button key="save" data-testid="kontor-customer-save" isLoading={saving} isDisabled={saving} onClick={() => submit()}>
          {t("kontorSave")}
        </Button>,
        <Button key="cancel" variant="link" data-testid="kontor-customer-cancel" onClick={onClose}>
          {t("kontorCancel")}
        </Button>,
      ]}
    >
      {failure && <Alert variant="danger" isInline title={failure} data-testid="kontor-customer-form-error" />}
      <Form id="kontor-customer-form" onSubmit={submit}>
        <FormGroup label={t("kontorCustomerNumber")} fieldId="kontor-customer-number" isRequired>
          <TextInput
            id="kontor-customer-number"
            data-testid="kontor-customer-number"
            value={customerNumber}
            isDisabled={editing}
            inputMode="numeric"
            validated={errors.customerNumber ? "error" : "default"}
            onChange={(_, value) => setCustomerNumber(value)}
          />
          {helper("customerNumber")}
        </FormGroup>
        <FormGroup label={t("kontorCustomerName")} fieldId="kontor-customer-name" isRequired>
          <TextInput
            id="kontor-customer-name"
            data-testid="kontor-customer-name"
            value={name}
            validated={errors.name ? "error" : "default"}
            onChange={(_, value) => setName(value)}
          />
          {helper("name")}
        </FormGroup>
        <FormGroup label={t("kontorCustomerKind")} fieldId="kontor-customer-type" isRequired>
          <FormSelect
            id="kontor-customer-type"
            data-testid="kontor-customer-type"
            value={type}
            onChange={(_, value) => setType(value as CustomerKind)}
          >
            {CUSTOMER_KINDS.map((kind) => (
              <FormSelectOption key={kind} value={kind} label={t(`kontorKind_${kind}`)} />
            ))}
          </FormSelect>
          {helper("type")}
        </FormGroup>
      </Form>
    </Modal>
  );
}
