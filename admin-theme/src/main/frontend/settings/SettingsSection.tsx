import { useAccess, ViewHeader } from "@keycloak/keycloak-admin-ui";
import {
  ActionGroup,
  Alert,
  Button,
  Checkbox,
  Form,
  FormGroup,
  FormHelperText,
  HelperText,
  HelperTextItem,
  PageSection,
  TextInput,
} from "@patternfly/react-core";
import { type FormEvent, useEffect, useState } from "react";
import { useTranslation } from "react-i18next";

import { ProblemError } from "../customers/api";
import { errorText } from "../customers/messages";
import { CANCELLABLE_STATUSES, type CancellableStatus, type CommerceSettings, returnWindow, useSettingsApi } from "./api";

/** The server's field codes this page has its own words for (AdminSettingsResource). */
const FIELD_CODES = new Set(["required", "out_of_range", "invalid_status", "too_long", "missing_placeholder", "invalid_url"]);

/**
 * Kontor's realm settings: in which statuses customers may cancel, the return window, the shop's
 * cart URL for reorders. Admins with view-realm see them; only manage-realm may save (the API
 * refuses anyone else anyway). Every value is checked by the server; its field errors are shown
 * at the fields and nothing is saved.
 */
export default function SettingsSection() {
  const { t } = useTranslation();
  const { hasAccess } = useAccess();
  const canManage = hasAccess("manage-realm");
  const api = useSettingsApi();

  const [statuses, setStatuses] = useState<CancellableStatus[]>([]);
  const [days, setDays] = useState("");
  const [cartUrl, setCartUrl] = useState("");
  const [loaded, setLoaded] = useState(false);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string>();
  const [saved, setSaved] = useState(false);
  const [saving, setSaving] = useState(false);

  const show = (settings: CommerceSettings) => {
    setStatuses(settings.cancellableStatuses);
    setDays(settings.returnWindowDays === null ? "" : String(settings.returnWindowDays));
    setCartUrl(settings.cartUrlTemplate ?? "");
    setLoaded(true);
  };

  useEffect(() => {
    api.get().then(show, (e: ProblemError) => setFailure(errorText(t, { code: e.code, message: e.message })));
  }, [api, t]);

  const submit = async (event?: FormEvent) => {
    event?.preventDefault();
    setSaving(true);
    setErrors({});
    setFailure(undefined);
    setSaved(false);
    try {
      const window = returnWindow(days);
      if (Number.isNaN(window)) {
        setErrors({ returnWindowDays: t("kontorSettingsError_not_a_number") });
        return;
      }
      show(await api.save({ cancellableStatuses: statuses, returnWindowDays: window, cartUrlTemplate: cartUrl.trim() || null }));
      setSaved(true);
    } catch (e) {
      if (e instanceof ProblemError && e.errors.length > 0) {
        setErrors(
          Object.fromEntries(
            e.errors.map((error) => [
              error.field ?? "",
              FIELD_CODES.has(error.code) ? t(`kontorSettingsError_${error.code}`) : error.message,
            ]),
          ),
        );
      } else {
        const problem = e as ProblemError;
        setFailure(errorText(t, { code: problem.code, message: problem.message }));
      }
    } finally {
      setSaving(false);
    }
  };

  const helper = (field: string, help: string) => (
    <FormHelperText>
      <HelperText>
        {errors[field] ? (
          <HelperTextItem variant="error" data-testid={`kontor-settings-${field}-error`}>
            {errors[field]}
          </HelperTextItem>
        ) : (
          <HelperTextItem>{help}</HelperTextItem>
        )}
      </HelperText>
    </FormHelperText>
  );

  const toggle = (status: CancellableStatus, on: boolean) =>
    setStatuses((current) => CANCELLABLE_STATUSES.filter((s) => (s === status ? on : current.includes(s))));

  return (
    <>
      <ViewHeader titleKey="kontorSettings" subKey="kontorSettingsHelp" divider />
      <PageSection variant="light">
        {failure && <Alert variant="danger" isInline title={failure} data-testid="kontor-settings-failure" />}
        {saved && <Alert variant="success" isInline title={t("kontorSettingsSaved")} data-testid="kontor-settings-saved" />}
        {!loaded && !failure && <div data-testid="kontor-settings-loading">{t("kontorLoading")}</div>}
        {loaded && (
          <Form id="kontor-settings" onSubmit={submit} isWidthLimited data-testid="kontor-settings-form">
            <FormGroup label={t("kontorSettingsCancellable")} fieldId="kontor-settings-cancellable" role="group" isStack>
              {CANCELLABLE_STATUSES.map((status) => (
                <Checkbox
                  key={status}
                  id={`kontor-settings-cancellable-${status}`}
                  data-testid={`kontor-settings-cancellable-${status}`}
                  label={t(`kontorOrderStatus_${status}`)}
                  isChecked={statuses.includes(status)}
                  isDisabled={!canManage}
                  onChange={(_, on) => toggle(status, on)}
                />
              ))}
              {helper("cancellableStatuses", t("kontorSettingsCancellableHelp"))}
            </FormGroup>
            <FormGroup label={t("kontorSettingsReturnWindow")} fieldId="kontor-settings-return-window" isRequired>
              <TextInput
                id="kontor-settings-return-window"
                data-testid="kontor-settings-return-window"
                inputMode="numeric"
                value={days}
                isDisabled={!canManage}
                validated={errors.returnWindowDays ? "error" : "default"}
                onChange={(_, value) => setDays(value)}
              />
              {helper("returnWindowDays", t("kontorSettingsReturnWindowHelp"))}
            </FormGroup>
            <FormGroup label={t("kontorSettingsCartUrl")} fieldId="kontor-settings-cart-url">
              <TextInput
                id="kontor-settings-cart-url"
                data-testid="kontor-settings-cart-url"
                type="url"
                value={cartUrl}
                isDisabled={!canManage}
                validated={errors.cartUrlTemplate ? "error" : "default"}
                onChange={(_, value) => setCartUrl(value)}
              />
              {helper("cartUrlTemplate", t("kontorSettingsCartUrlHelp"))}
            </FormGroup>
            {canManage && (
              <ActionGroup>
                <Button type="submit" data-testid="kontor-settings-save" isLoading={saving} isDisabled={saving}>
                  {t("kontorSave")}
                </Button>
              </ActionGroup>
            )}
          </Form>
        )}
      </PageSection>
    </>
  );
}
