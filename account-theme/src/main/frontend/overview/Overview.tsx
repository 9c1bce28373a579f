import {
  type AccountEnvironment,
  Page,
  useEnvironment,
} from "@keycloak/keycloak-account-ui";
import {
  Alert,
  AlertActionLink,
  Card,
  CardBody,
  CardTitle,
  DescriptionList,
  DescriptionListDescription,
  DescriptionListGroup,
  DescriptionListTerm,
  Gallery,
  Skeleton,
  Stack,
  StackItem,
} from "@patternfly/react-core";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";

import { consoleBasePath } from "../environment";
import { fetchPortalMe, PortalApiError, type PortalMe } from "./portalApi";

type State =
  | { status: "loading" }
  | { status: "error"; error: unknown }
  | { status: "ready"; me: PortalMe };

const EMPTY = "\u2014"; // em dash for values that are not set

function Value({ testId, value, loading }: { testId: string; value?: string | null; loading: boolean }) {
  const { t } = useTranslation();
  if (loading) return <Skeleton width="12rem" screenreaderText={t("kontorLoading")} />;
  if (!value) {
    return (
      <span id={testId} data-testid={testId} className="kontor-value kontor-value--empty" title={t("kontorNotSet")} aria-label={t("kontorNotSet")}>
        {EMPTY}
      </span>
    );
  }
  return (
    <span id={testId} data-testid={testId} className="kontor-value">
      {value}
    </span>
  );
}

export function Overview() {
  const { t } = useTranslation();
  const context = useEnvironment<AccountEnvironment>();
  const [state, setState] = useState<State>({ status: "loading" });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    const controller = new AbortController();
    setState({ status: "loading" });
    fetchPortalMe(context, controller.signal).then(
      (me) => setState({ status: "ready", me }),
      (error: unknown) => {
        if (!controller.signal.aborted) setState({ status: "error", error });
      },
    );
    return () => controller.abort();
    // The context object is re-created on every provider render; the realm
    // and the keycloak instance are what matter.
  }, [context.keycloak, context.environment.realm, attempt]);

  const loading = state.status === "loading";
  const me = state.status === "ready" ? state.me : undefined;

  return (
    <Page title={t("kontorOverviewTitle")} description={t("kontorOverviewDescription")}>
      <div id="kontor-overview" data-testid="kontor-overview" data-state={state.status}>
        <Stack hasGutter>
          {loading && (
            <StackItem>
              <span data-testid="kontor-overview-loading" className="pf-v5-screen-reader" aria-live="polite">
                {t("kontorLoading")}
              </span>
            </StackItem>
          )}
          {state.status === "error" && (
            <StackItem>
              <Alert
                data-testid="kontor-overview-error"
                variant="danger"
                isInline
                title={t("kontorOverviewError")}
                actionLinks={
                  <AlertActionLink data-testid="kontor-overview-retry" onClick={() => setAttempt((n) => n + 1)}>
                    {t("kontorRetry")}
                  </AlertActionLink>
                }
              >
                {state.error instanceof PortalApiError
                  ? t("kontorOverviewErrorStatus", { status: state.error.status })
                  : t("kontorOverviewErrorNetwork")}
              </Alert>
            </StackItem>
          )}
          {state.status !== "error" && (
            <StackItem>
              <Card isFlat className="kontor-card" data-testid="kontor-customer-card">
                <CardTitle component="h2">{t("kontorCustomerAccount")}</CardTitle>
                <CardBody>
                  <DescriptionList isHorizontal>
                    <DescriptionListGroup>
                      <DescriptionListTerm>{t("kontorCustomerNumber")}</DescriptionListTerm>
                      <DescriptionListDescription>
                        <Value testId="kontor-customer-number" value={me?.customerNumber} loading={loading} />
                        {me && !me.customerNumber && (
                          <div className="pf-v5-u-color-200 pf-v5-u-font-size-sm" data-testid="kontor-customer-number-hint">
                            {t("kontorCustomerNumberNotSet")}
                          </div>
                        )}
                      </DescriptionListDescription>
                    </DescriptionListGroup>
                    <DescriptionListGroup>
                      <DescriptionListTerm>{t("kontorEmail")}</DescriptionListTerm>
                      <DescriptionListDescription>
                        <Value testId="kontor-email" value={me?.email} loading={loading} />
                      </DescriptionListDescription>
                    </DescriptionListGroup>
                  </DescriptionList>
                </CardBody>
              </Card>
            </StackItem>
          )}
          <StackItem>
            <Gallery hasGutter minWidths={{ default: "16rem" }}>
              <Card isFlat isCompact className="kontor-card">
                <CardTitle component="h3">{t("personalInfo")}</CardTitle>
                <CardBody>
                  <p className="pf-v5-u-mb-sm">{t("kontorPersonalInfoHint")}</p>
                  <Link data-testid="kontor-link-personal-info" to={`${consoleBasePath}personal-info`}>
                    {t("kontorOpen")}
                  </Link>
                </CardBody>
              </Card>
              <Card isFlat isCompact className="kontor-card">
                <CardTitle component="h3">{t("signingIn")}</CardTitle>
                <CardBody>
                  <p className="pf-v5-u-mb-sm">{t("kontorSigningInHint")}</p>
                  <Link data-testid="kontor-link-signing-in" to={`${consoleBasePath}account-security/signing-in`}>
                    {t("kontorOpen")}
                  </Link>
                </CardBody>
              </Card>
            </Gallery>
          </StackItem>
        </Stack>
      </div>
    </Page>
  );
}
