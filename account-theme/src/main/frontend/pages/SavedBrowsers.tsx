import type { AccountEnvironment } from "@keycloak/keycloak-account-ui";
import { useAlerts, useEnvironment } from "@keycloak/keycloak-ui-shared";
import {
  AlertVariant,
  Button,
  Card,
  CardBody,
  CardHeader,
  CardTitle,
  Label,
  Pagination,
  Toolbar,
  ToolbarContent,
  ToolbarItem,
} from "@patternfly/react-core";
import { Table, Tbody, Td, Th, Thead, Tr } from "@patternfly/react-table";
import { useState } from "react";
import { useTranslation } from "react-i18next";

import { ConfirmDialog } from "../components/ConfirmDialog";
import { Empty } from "../components/Loading";
import { useLocale } from "../components/locale";
import { problemMessage } from "../components/ProblemAlert";
import { Section } from "../components/Section";
import { useLoad } from "../components/useLoad";
import { formatDateTime, formatInstantDate } from "../lib/dates";
import { deleteAllSavedBrowsers, deleteSavedBrowser, listSavedBrowsers, type SavedBrowser } from "../lib/twoFactor";

const PAGE_SIZE = 10;

/** The server's name for a row whose browser and system Keycloak could not tell. */
const SERVER_UNKNOWN_BROWSER = "Unknown browser";

/**
 * The server's name of a saved browser (Keycloak's browser and OS families, no parsing here) with
 * "on" in the user's language. Rows saved before the server kept the families have only its name.
 */
export function browserLabel(t: (key: string, options?: Record<string, unknown>) => string, browser: SavedBrowser): string {
  const { browser: name, os } = browser;
  if (name && os) return t("kontorBrowserOn", { browser: name, os });
  if (name) return name;
  if (os) return t("kontorBrowserOn", { browser: t("kontorUnknownBrowser"), os });
  return browser.name && browser.name !== SERVER_UNKNOWN_BROWSER ? browser.name : t("kontorUnknownBrowser");
}

/**
 * Saved browsers (2FA-5): where the code is not asked, saved browsers and running 24-hour skips
 * (with their end), so a customer at a shared PC can end a skip; delete one or all. A deleted row
 * disappears at once, and the list is loaded again after every change.
 */
export function SavedBrowsers() {
  const { t } = useTranslation();
  const locale = useLocale();
  const context = useEnvironment<AccountEnvironment>();
  const { addAlert } = useAlerts();
  const [page, setPage] = useState(1);
  const browsers = useLoad((c, signal) => listSavedBrowsers(c, (page - 1) * PAGE_SIZE, PAGE_SIZE, signal), [page]);
  const [confirm, setConfirm] = useState<null | "all" | SavedBrowser>(null);
  // Rows already deleted, hidden at once while the list loads again.
  const [gone, setGone] = useState<ReadonlySet<string>>(new Set());

  const run = async (action: () => Promise<unknown>, message: string, deleted: string[]) => {
    try {
      await action();
      setGone((previous) => new Set([...previous, ...deleted]));
      addAlert(message, AlertVariant.success);
      setPage(1);
    } catch (error) {
      addAlert(problemMessage(t, error), AlertVariant.danger);
    } finally {
      setConfirm(null);
      browsers.reload();
    }
  };

  const state =
    browsers.state.status === "ready"
      ? (() => {
          const items = browsers.state.data.items.filter((browser) => !gone.has(browser.id));
          const removed = browsers.state.data.items.length - items.length;
          return { status: "ready" as const, data: { items, total: Math.max(0, browsers.state.data.total - removed) } };
        })()
      : browsers.state;
  const total = state.status === "ready" ? state.data.total : 0;

  return (
    <Card isFlat className="kontor-card" data-testid="kontor-saved-browsers" data-total={state.status === "ready" ? total : ""}>
      <CardHeader>
        <CardTitle component="h2">{t("kontorSavedBrowsersTitle")}</CardTitle>
      </CardHeader>
      <CardBody>
        <p className="pf-v5-u-mb-md">{t("kontorSavedBrowsersHint")}</p>
        <Section state={state} testId="kontor-saved-browsers" onRetry={browsers.reload}>
          {({ items, total }) =>
            total === 0 ? (
              <Empty testId="kontor-saved-browsers-empty" title={t("kontorSavedBrowsersEmpty")} body={t("kontorSavedBrowsersEmptyHint")} />
            ) : (
              <>
                <Toolbar>
                  <ToolbarContent>
                    <ToolbarItem>
                      <Button variant="danger" data-testid="kontor-saved-browsers-delete-all" onClick={() => setConfirm("all")}>
                        {t("kontorDeleteAllBrowsers")}
                      </Button>
                    </ToolbarItem>
                    <ToolbarItem variant="pagination" align={{ default: "alignRight" }}>
                      <Pagination
                        itemCount={total}
                        perPage={PAGE_SIZE}
                        page={page}
                        onSetPage={(_event, value) => setPage(value)}
                        perPageOptions={[]}
                        isCompact
                      />
                    </ToolbarItem>
                  </ToolbarContent>
                </Toolbar>
                <Table aria-label={t("kontorSavedBrowsersTitle")} variant="compact" gridBreakPoint="grid-md">
                  <Thead>
                    <Tr>
                      <Th>{t("kontorBrowser")}</Th>
                      <Th>{t("kontorTrustKind")}</Th>
                      <Th>{t("kontorSavedOn")}</Th>
                      <Th>{t("kontorLastUsed")}</Th>
                      <Th>{t("kontorValidUntil")}</Th>
                      <Th screenReaderText={t("kontorActions")} />
                    </Tr>
                  </Thead>
                  <Tbody>
                    {items.map((browser) => (
                      <Tr key={browser.id} data-testid="kontor-saved-browser" data-current={browser.current} data-kind={browser.kind}>
                        <Td dataLabel={t("kontorBrowser")}>
                          <span data-testid="kontor-saved-browser-name">{browserLabel(t, browser)}</span>{" "}
                          {browser.current && (
                            <Label color="blue" isCompact data-testid="kontor-this-browser">
                              {t("kontorThisBrowser")}
                            </Label>
                          )}
                        </Td>
                        <Td dataLabel={t("kontorTrustKind")} data-testid="kontor-saved-browser-kind">
                          {browser.kind === "skip" ? t("kontorTrustKindSkip") : t("kontorTrustKindSaved")}
                        </Td>
                        <Td dataLabel={t("kontorSavedOn")}>{formatInstantDate(browser.createdAt, locale)}</Td>
                        <Td dataLabel={t("kontorLastUsed")}>{formatDateTime(browser.lastUsedAt, locale)}</Td>
                        <Td dataLabel={t("kontorValidUntil")} data-testid="kontor-saved-browser-until">
                          {browser.expiresAt === null
                            ? t("kontorUntilDeleted")
                            : browser.kind === "skip"
                              ? formatDateTime(browser.expiresAt, locale)
                              : formatInstantDate(browser.expiresAt, locale)}
                        </Td>
                        <Td isActionCell>
                          <Button variant="link" isDanger data-testid="kontor-saved-browser-delete" onClick={() => setConfirm(browser)}>
                            {t("kontorDelete")}
                          </Button>
                        </Td>
                      </Tr>
                    ))}
                  </Tbody>
                </Table>
              </>
            )
          }
        </Section>
      </CardBody>
      <ConfirmDialog
        isOpen={confirm === "all"}
        title={t("kontorDeleteAllBrowsersTitle")}
        confirmLabel={t("kontorDeleteAllBrowsers")}
        testId="kontor-delete-all-dialog"
        onCancel={() => setConfirm(null)}
        onConfirm={() =>
          run(() => deleteAllSavedBrowsers(context), t("kontorAllBrowsersDeleted"), state.status === "ready" ? state.data.items.map((b) => b.id) : [])
        }
      >
        {t("kontorDeleteAllBrowsersText")}
      </ConfirmDialog>
      <ConfirmDialog
        isOpen={confirm !== null && confirm !== "all"}
        title={t("kontorDeleteBrowserTitle")}
        confirmLabel={t("kontorDelete")}
        testId="kontor-delete-browser-dialog"
        onCancel={() => setConfirm(null)}
        onConfirm={() =>
          confirm && confirm !== "all" ? run(() => deleteSavedBrowser(context, confirm.id), t("kontorBrowserDeleted"), [confirm.id]) : undefined
        }
      >
        {confirm && confirm !== "all" ? t("kontorDeleteBrowserText", { browser: browserLabel(t, confirm) }) : ""}
      </ConfirmDialog>
    </Card>
  );
}
