import { useAccess, useAdminClient, useRealm, ViewHeader } from "@keycloak/keycloak-admin-ui";
import {
  Alert,
  Button,
  DescriptionList,
  DescriptionListDescription,
  DescriptionListGroup,
  DescriptionListTerm,
  Gallery,
  PageSection,
} from "@patternfly/react-core";
import { Table, Tbody, Td, Th, Thead, Tr } from "@patternfly/react-table";
import { useCallback, useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router-dom";

import { ConfirmDialog } from "../components/ConfirmDialog";
import { money } from "../components/format";
import { ListPagination, usePaging } from "../components/ListPagination";
import { Section } from "../components/Section";
import type { ProblemError } from "../customers/api";
import { errorText } from "../customers/messages";
import { type Page, type SecondFactor, type TrustedBrowser, methodKey, useUserPortalApi } from "./api";
import { CommerceLists } from "./CommerceLists";

type Confirm = { title: string; body: string; action: () => Promise<unknown>; done: string };

/**
 * One login's portal side, opened from the "Portal" tab Kontor adds to Keycloak's user page: its
 * customer number (linked to the directory), its second-factor methods with one "Reset second
 * factor", its saved browsers and 24-hour skips (delete one, delete all), and its latest orders,
 * returns, invoices and addresses. view-users sees it; the buttons are manage-users' (the API
 * checks the same, per user with fine-grained permissions).
 */
export default function UserPortalPage() {
  const { t, i18n } = useTranslation();
  const { id = "" } = useParams();
  const { realm } = useRealm();
  const { adminClient } = useAdminClient();
  const { hasAccess } = useAccess();
  const canManage = hasAccess("manage-users");
  const api = useUserPortalApi(id);

  const [username, setUsername] = useState<string>();
  const [customerNumber, setCustomerNumber] = useState<string | null>(null);
  const [secondFactor, setSecondFactor] = useState<SecondFactor>();
  const [browsers, setBrowsers] = useState<Page<TrustedBrowser>>();
  const [failure, setFailure] = useState<string>();
  const [done, setDone] = useState<string>();
  const [confirm, setConfirm] = useState<Confirm>();
  const [busy, setBusy] = useState(false);
  const [reload, setReload] = useState(0);
  const browserPaging = usePaging();

  const fail = useCallback((e: ProblemError) => setFailure(errorText(t, { code: e.code, message: e.message })), [t]);

  useEffect(() => {
    adminClient.users.findOne({ id }).then((user) => {
      setUsername(user?.username);
      setCustomerNumber(user?.attributes?.customerNumber?.[0] ?? null);
    }, fail);
  }, [adminClient, id, fail]);

  useEffect(() => {
    api.secondFactor().then(setSecondFactor, fail);
    api.browsers(browserPaging.first, browserPaging.max).then(setBrowsers, fail);
  }, [api, reload, fail, browserPaging.first, browserPaging.max]);

  const day = (millis: number | null) => (millis ? new Date(millis).toLocaleString(i18n.language) : "—");

  const run = async () => {
    if (!confirm) return;
    setBusy(true);
    try {
      await confirm.action();
      setDone(confirm.done);
      setFailure(undefined);
      browserPaging.setFirst(0);
      setReload((n) => n + 1);
    } catch (e) {
      fail(e as ProblemError);
    } finally {
      setBusy(false);
      setConfirm(undefined);
    }
  };

  const browserName = (browser: TrustedBrowser) => browser.name ?? browser.userAgent ?? t("kontorUnknownBrowser");

  return (
    <>
      <ViewHeader titleKey={username ? t("kontorUserPortalOf", { username }) : t("kontorUserPortal")} subKey="kontorUserPortalHelp" divider />
      <PageSection variant="light">
        <p className="pf-v5-u-mb-md">
          <Link to={`/${encodeURIComponent(realm)}/users/${encodeURIComponent(id)}/settings`} data-testid="kontor-back-to-user">
            {t("kontorBackToUser")}
          </Link>
        </p>
        {done && <Alert variant="success" isInline title={done} data-testid="kontor-user-done" className="pf-v5-u-mb-md" />}
        {failure && <Alert variant="danger" isInline title={failure} data-testid="kontor-user-failure" className="pf-v5-u-mb-md" />}
        <Gallery hasGutter minWidths={{ default: "100%", lg: "48%" }}>
          <Section title={t("kontorCustomerNumber")}>
            {customerNumber ? (
              <Link to={`/${encodeURIComponent(realm)}/customers/${encodeURIComponent(customerNumber)}`} data-testid="kontor-user-customer">
                {customerNumber}
              </Link>
            ) : (
              <span data-testid="kontor-user-customer">{t("kontorNoCustomerNumber")}</span>
            )}
          </Section>
          <Section title={t("kontorSecondFactor")}>
            {secondFactor && secondFactor.methods.length === 0 && <p data-testid="kontor-methods-none">{t("kontorNoMethods")}</p>}
            {secondFactor && secondFactor.methods.length > 0 && (
              <DescriptionList isCompact data-testid="kontor-methods">
                {secondFactor.methods.map((method) => {
                  const key = methodKey(method.type);
                  return (
                    <DescriptionListGroup key={method.id} data-testid="kontor-method" data-type={method.type}>
                      <DescriptionListTerm>{key ? t(key) : method.type}</DescriptionListTerm>
                      <DescriptionListDescription>
                        {method.label ? `${method.label} · ` : ""}
                        {t("kontorSetUpOn", { date: day(method.createdDate) })}
                      </DescriptionListDescription>
                    </DescriptionListGroup>
                  );
                })}
              </DescriptionList>
            )}
            {canManage && secondFactor && (secondFactor.methods.length > 0 || secondFactor.savedBrowserCount > 0) && (
              <Button
                variant="danger"
                className="pf-v5-u-mt-md"
                data-testid="kontor-reset-second-factor"
                onClick={() =>
                  setConfirm({
                    title: t("kontorResetSecondFactorTitle"),
                    body: t("kontorResetSecondFactorBody", { username }),
                    action: api.resetSecondFactor,
                    done: t("kontorSecondFactorReset"),
                  })
                }
              >
                {t("kontorResetSecondFactor")}
              </Button>
            )}
          </Section>
        </Gallery>
        <Section title={t("kontorTrustedBrowsers")} className="pf-v5-u-mt-md">
          {browsers && browsers.items.length === 0 && <p data-testid="kontor-browsers-none">{t("kontorNoTrustedBrowsers")}</p>}
          {browsers && browsers.items.length > 0 && (
            <>
              <Table aria-label={t("kontorTrustedBrowsers")} variant="compact" data-testid="kontor-browsers">
                <Thead>
                  <Tr>
                    <Th>{t("kontorBrowser")}</Th>
                    <Th>{t("kontorTrustKind")}</Th>
                    <Th>{t("kontorLastUsed")}</Th>
                    <Th>{t("kontorExpires")}</Th>
                    {canManage && <Th screenReaderText={t("kontorActions")} />}
                  </Tr>
                </Thead>
                <Tbody>
                  {browsers.items.map((browser) => (
                    <Tr key={browser.id} data-testid="kontor-browser" data-id={browser.id}>
                      <Td dataLabel={t("kontorBrowser")}>{browserName(browser)}</Td>
                      <Td dataLabel={t("kontorTrustKind")}>{t(`kontorTrustKind_${browser.kind}`)}</Td>
                      <Td dataLabel={t("kontorLastUsed")}>{day(browser.lastUsedAt)}</Td>
                      <Td dataLabel={t("kontorExpires")}>{browser.expiresAt ? day(browser.expiresAt) : t("kontorUntilDeleted")}</Td>
                      {canManage && (
                        <Td isActionCell>
                          <Button
                            variant="link"
                            isDanger
                            data-testid="kontor-browser-delete"
                            onClick={() =>
                              setConfirm({
                                title: t("kontorDeleteBrowserTitle"),
                                body: t("kontorDeleteBrowserBody", { name: browserName(browser) }),
                                action: () => api.deleteBrowser(browser.id),
                                done: t("kontorBrowserDeleted"),
                              })
                            }
                          >
                            {t("kontorDelete")}
                          </Button>
                        </Td>
                      )}
                    </Tr>
                  ))}
                </Tbody>
              </Table>
              {browsers.total > browserPaging.max && (
                <ListPagination
                  testId="kontor-browsers-pagination"
                  label={t("kontorTrustedBrowsers")}
                  total={browsers.total}
                  paging={browserPaging}
                />
              )}
              {canManage && (
                <Button
                  variant="secondary"
                  isDanger
                  className="pf-v5-u-mt-md"
                  data-testid="kontor-browsers-delete-all"
                  onClick={() =>
                    setConfirm({
                      title: t("kontorDeleteBrowsersTitle"),
                      body: t("kontorDeleteBrowsersBody", { count: browsers.total }),
                      action: api.deleteBrowsers,
                      done: t("kontorBrowsersDeleted"),
                    })
                  }
                >
                  {t("kontorDeleteAllBrowsers")}
                </Button>
              )}
            </>
          )}
        </Section>
        <CommerceLists userId={id} onError={fail} money={(value) => money(value, i18n.language)} />
      </PageSection>
      {confirm && (
        <ConfirmDialog
          testId="kontor-user-action"
          title={confirm.title}
          confirmLabel={t("kontorConfirm")}
          busy={busy}
          onConfirm={run}
          onCancel={() => setConfirm(undefined)}
        >
          {confirm.body}
        </ConfirmDialog>
      )}
    </>
  );
}
