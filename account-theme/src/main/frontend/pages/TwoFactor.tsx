import type { AccountEnvironment } from "@keycloak/keycloak-account-ui";
import { useAlerts, useEnvironment } from "@keycloak/keycloak-ui-shared";
import {
  AlertVariant,
  Button,
  Card,
  CardBody,
  CardFooter,
  CardTitle,
  DataList,
  DataListAction,
  DataListCell,
  DataListItem,
  DataListItemCells,
  DataListItemRow,
  Flex,
  FlexItem,
  Label,
  Stack,
  StackItem,
  Text,
  TextContent,
} from "@patternfly/react-core";
import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";

import { ConfirmDialog } from "../components/ConfirmDialog";
import { KontorPage } from "../components/KontorPage";
import { useLocale } from "../components/locale";
import { Section } from "../components/Section";
import { useLoad } from "../components/useLoad";
import { formatInstantDate } from "../lib/dates";
import { takeActionStatus } from "../lib/actionStatus";
import type { ApiContext } from "../lib/http";
import {
  type ConfiguredMethod,
  deleteCredentialAction,
  EMAIL_CODE,
  fetchCredentials,
  type Method,
  OTP,
  RECOVERY_CODES_ACTION,
  rememberRemoval,
  rememberSwitch,
  secondFactorState,
  type SecondFactorState,
  SETUP_ACTION,
  takeCompletedSwitch,
  takePendingRemoval,
} from "../lib/twoFactor";
import { SavedBrowsers } from "./SavedBrowsers";

/**
 * Runs one of Keycloak's application-initiated actions (kc_action), exactly like the stock
 * Signing-in page: a redirect to Keycloak, which re-authenticates where it must, and back here.
 */
const runAction = (context: ApiContext, action: string) => context.keycloak.login({ action });

/** Removes a credential through Keycloak's delete_credential action: a fresh sign-in with the second factor. */
const removeCredential = (context: ApiContext, credentialId: string) => runAction(context, deleteCredentialAction(credentialId));

const otherMethod = (method: Method): Method => (method === EMAIL_CODE ? OTP : EMAIL_CODE);

function MethodRow({ method, preferred, onRemove }: { method: ConfiguredMethod; preferred: boolean; onRemove?: () => void }) {
  const { t } = useTranslation();
  const locale = useLocale();
  return (
    <DataListItem aria-labelledby={`kontor-method-${method.type}`} data-testid={`kontor-method-${method.type}`}>
      <DataListItemRow>
        <DataListItemCells
          dataListCells={[
            <DataListCell key="name" width={2}>
              <span id={`kontor-method-${method.type}`} className="pf-v5-u-font-weight-bold">
                {t(`kontorMethod.${method.type}`)}
              </span>{" "}
              {preferred && (
                <Label color="blue" isCompact data-testid="kontor-method-preferred">
                  {t("kontorMethodPreferred")}
                </Label>
              )}
            </DataListCell>,
            <DataListCell key="created">{t("kontorSetUpOn", { date: formatInstantDate(method.createdDate, locale) })}</DataListCell>,
          ]}
        />
        {onRemove && (
          <DataListAction id={`kontor-remove-${method.type}`} aria-label={t("kontorRemove")} aria-labelledby={`kontor-method-${method.type}`}>
            <Button variant="secondary" isDanger onClick={onRemove} data-testid={`kontor-remove-${method.type}`}>
              {t("kontorRemove")}
            </Button>
          </DataListAction>
        )}
      </DataListItemRow>
    </DataListItem>
  );
}

function CurrentMethod({ state }: { state: SecondFactorState }) {
  const { t } = useTranslation();
  const context = useEnvironment<AccountEnvironment>();
  const [confirm, setConfirm] = useState<null | { kind: "disable" } | { kind: "remove"; method: ConfiguredMethod }>(null);
  const active = state.methods[0];

  // Leaves the page for Keycloak; what happened is told once, back here (one toast per action).
  const remove = (credentialIds: string[]) => {
    setConfirm(null);
    rememberRemoval(credentialIds.slice(1));
    return removeCredential(context, credentialIds[0]);
  };

  const setUp = (method: Method) => runAction(context, SETUP_ACTION[method]);
  const switchTo = (method: Method) => {
    rememberSwitch({ removeCredentialId: active.credentialId, to: method });
    return setUp(method);
  };

  return (
    <Card isFlat className="kontor-card" data-testid="kontor-2fa-current" data-method={active?.type ?? "none"}>
      <CardTitle component="h2">{t("kontorCurrentMethod")}</CardTitle>
      <CardBody>
        {active ? (
          <Stack hasGutter>
            <StackItem>
              <Label color="green" data-testid="kontor-2fa-status">
                {t("kontorTwoFactorOnWith", { method: t(`kontorMethod.${active.type}`) })}
              </Label>
            </StackItem>
            <StackItem>
              <DataList aria-label={t("kontorCurrentMethod")} isCompact>
                {state.methods.map((method, index) => (
                  <MethodRow
                    key={method.credentialId}
                    method={method}
                    preferred={index === 0 && state.methods.length > 1}
                    onRemove={state.methods.length > 1 ? () => setConfirm({ kind: "remove", method }) : undefined}
                  />
                ))}
              </DataList>
            </StackItem>
          </Stack>
        ) : (
          <TextContent>
            <Label color="orange" data-testid="kontor-2fa-status">
              {t("kontorTwoFactorOff")}
            </Label>
            <Text component="p" className="pf-v5-u-mt-sm">
              {t("kontorTwoFactorOffHint")}
            </Text>
          </TextContent>
        )}
      </CardBody>
      <CardFooter>
        <Flex spaceItems={{ default: "spaceItemsSm" }}>
          {!active &&
            state.available.map((method) => (
              <FlexItem key={method}>
                <Button variant={method === EMAIL_CODE ? "primary" : "secondary"} data-testid={`kontor-setup-${method}`} onClick={() => setUp(method)}>
                  {t(`kontorSetUp.${method}`)}
                </Button>
              </FlexItem>
            ))}
          {active && state.methods.length === 1 && state.available.includes(otherMethod(active.type)) && (
            <FlexItem>
              <Button variant="secondary" data-testid="kontor-switch" onClick={() => switchTo(otherMethod(active.type))}>
                {t(`kontorSwitchTo.${otherMethod(active.type)}`)}
              </Button>
            </FlexItem>
          )}
          {active && (
            <FlexItem>
              <Button variant="danger" data-testid="kontor-disable" onClick={() => setConfirm({ kind: "disable" })}>
                {t("kontorDisableTwoFactor")}
              </Button>
            </FlexItem>
          )}
        </Flex>
      </CardFooter>
      <ConfirmDialog
        isOpen={confirm?.kind === "disable"}
        title={t("kontorDisableTwoFactorTitle")}
        confirmLabel={t("kontorDisableTwoFactor")}
        testId="kontor-disable-dialog"
        onCancel={() => setConfirm(null)}
        // Recovery codes go with the last method, on the server.
        onConfirm={() => remove(state.methods.map((method) => method.credentialId))}
      >
        {t("kontorDisableTwoFactorText")}
      </ConfirmDialog>
      <ConfirmDialog
        isOpen={confirm?.kind === "remove"}
        title={t("kontorRemoveMethodTitle", {
          method: confirm?.kind === "remove" ? t(`kontorMethod.${confirm.method.type}`) : "",
        })}
        confirmLabel={t("kontorRemove")}
        testId="kontor-remove-dialog"
        onCancel={() => setConfirm(null)}
        onConfirm={() => (confirm?.kind === "remove" ? remove([confirm.method.credentialId]) : undefined)}
      >
        {t("kontorRemoveMethodText")}
      </ConfirmDialog>
    </Card>
  );
}

function RecoveryCodes({ state }: { state: SecondFactorState }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const context = useEnvironment<AccountEnvironment>();
  if (!state.recoveryCodes.available || state.methods.length === 0) return null;
  const created = state.recoveryCodes.createdDate;
  return (
    <Card isFlat className="kontor-card" data-testid="kontor-recovery-codes">
      <CardTitle component="h2">{t("kontorRecoveryCodes")}</CardTitle>
      <CardBody>
        <p>{t("kontorRecoveryCodesHint")}</p>
        <p className="pf-v5-u-mt-sm" data-testid="kontor-recovery-codes-status">
          {created ? t("kontorRecoveryCodesCreated", { date: formatInstantDate(created, locale) }) : t("kontorRecoveryCodesNone")}
        </p>
      </CardBody>
      <CardFooter>
        <Button variant="secondary" data-testid="kontor-recovery-codes-generate" onClick={() => runAction(context, RECOVERY_CODES_ACTION)}>
          {created ? t("kontorRecoveryCodesRegenerate") : t("kontorRecoveryCodesGenerate")}
        </Button>
      </CardFooter>
    </Card>
  );
}

/** Two-factor authentication (2FA-1…5): method, set-up, switch, disable, recovery codes, saved browsers. */
export default function TwoFactor() {
  const { t } = useTranslation();
  const { addAlert } = useAlerts();
  const credentials = useLoad((context, signal) => fetchCredentials(context, signal).then(secondFactorState));
  const context = useEnvironment<AccountEnvironment>();
  // How the action Keycloak just ran ended (read once), and whether the page acted on it yet.
  const [outcome] = useState(() => takeActionStatus());
  const handled = useRef(false);

  // Back from one of Keycloak's actions: go on with a pending "turn off" or switch, else say how it went.
  useEffect(() => {
    if (credentials.state.status !== "ready" || handled.current) return;
    handled.current = true;
    const state = credentials.state.data;
    const next = takePendingRemoval(state, outcome?.status === "success");
    if (next) {
      void removeCredential(context, next);
      return;
    }
    const pending = takeCompletedSwitch(state);
    if (pending) {
      void removeCredential(context, pending.removeCredentialId);
      return;
    }
    if (!outcome) return;
    if (outcome.status === "success") addAlert(t("kontorActionDone"), AlertVariant.success);
    else if (outcome.status === "cancelled") addAlert(t("kontorActionCancelled"), AlertVariant.info);
    else addAlert(t("kontorActionFailed"), AlertVariant.danger);
  }, [credentials.state, outcome, context, addAlert, t]);

  return (
    <KontorPage title={t("kontorTwoFactorTitle")} description={t("kontorTwoFactorDescription")} testId="kontor-two-factor">
      <Stack hasGutter>
        <StackItem>
          <Section state={credentials.state} testId="kontor-2fa" onRetry={credentials.reload}>
            {(state) => (
              <Stack hasGutter>
                <StackItem>
                  <CurrentMethod state={state} />
                </StackItem>
                <StackItem>
                  <RecoveryCodes state={state} />
                </StackItem>
              </Stack>
            )}
          </Section>
        </StackItem>
        <StackItem>
          <SavedBrowsers />
        </StackItem>
      </Stack>
    </KontorPage>
  );
}
