import { useAccess, ViewHeader } from "@keycloak/keycloak-admin-ui";
import {
  Alert,
  Button,
  EmptyState,
  EmptyStateBody,
  EmptyStateHeader,
  FormSelect,
  FormSelectOption,
  PageSection,
  Toolbar,
  ToolbarContent,
  ToolbarItem,
} from "@patternfly/react-core";
import { Table, Tbody, Td, Th, Thead, Tr } from "@patternfly/react-table";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";

import { money } from "../components/format";
import { ListPagination, usePaging } from "../components/ListPagination";
import { ProblemError } from "../customers/api";
import { errorText } from "../customers/messages";
import { actionsFor, RETURN_STATUSES, type Return, type ReturnAction, type ReturnPage, type ReturnStatus, useReturnsApi } from "./api";
import { ReturnActionDialog } from "./ReturnActionDialog";

/**
 * The returns queue across all customers, newest first, filtered by status (requested by
 * default: what waits for the shop). Admins with manage-users move a return on: approve or
 * reject with a note, receive, refund; the others see the queue without buttons.
 */
export default function ReturnsSection() {
  const { t, i18n } = useTranslation();
  const { hasAccess } = useAccess();
  const canManage = hasAccess("manage-users");
  const api = useReturnsApi();

  const [status, setStatus] = useState<ReturnStatus | "">("requested");
  const paging = usePaging();
  const { first, max, setFirst } = paging;
  const [page, setPage] = useState<ReturnPage>();
  const [error, setError] = useState<string>();
  const [acting, setActing] = useState<{ ret: Return; action: ReturnAction }>();
  const [done, setDone] = useState<string>();
  const [reload, setReload] = useState(0);

  useEffect(() => {
    let current = true;
    setPage(undefined);
    api.list(status, first, max).then(
      (result) => current && (setPage(result), setError(undefined)),
      (e: ProblemError) => current && setError(errorText(t, { code: e.code, message: e.message })),
    );
    return () => {
      current = false;
    };
  }, [api, status, first, max, reload, t]);

  const day = (iso: string) => new Date(iso).toLocaleDateString(i18n.language);

  return (
    <>
      <ViewHeader titleKey="kontorReturnQueue" subKey="kontorReturnQueueHelp" divider />
      <PageSection variant="light" className="pf-v5-u-p-0">
        <Toolbar>
          <ToolbarContent>
            <ToolbarItem>
              <FormSelect
                id="kontor-returns-status"
                data-testid="kontor-returns-status"
                aria-label={t("kontorStatus")}
                value={status}
                onChange={(_, value) => {
                  setFirst(0);
                  setStatus(value as ReturnStatus | "");
                }}
              >
                <FormSelectOption value="" label={t("kontorAllStatuses")} />
                {RETURN_STATUSES.map((s) => (
                  <FormSelectOption key={s} value={s} label={t(`kontorReturnStatus_${s}`)} />
                ))}
              </FormSelect>
            </ToolbarItem>
            <ToolbarItem variant="pagination" align={{ default: "alignRight" }}>
              <ListPagination
                testId="kontor-returns-pagination"
                label={t("kontorReturnQueue")}
                total={page?.total ?? 0}
                paging={paging}
              />
            </ToolbarItem>
          </ToolbarContent>
        </Toolbar>
        {done && <Alert variant="success" isInline title={done} data-testid="kontor-returns-done" />}
        {error && <Alert variant="danger" isInline title={error} data-testid="kontor-returns-error" />}
        {!page && !error && <div className="pf-v5-u-p-md">{t("kontorLoading")}</div>}
        {page && page.items.length === 0 && (
          <EmptyState data-testid="kontor-returns-empty">
            <EmptyStateHeader titleText={t("kontorNoReturns")} headingLevel="h2" />
            <EmptyStateBody>{t("kontorNoReturnsHelp")}</EmptyStateBody>
          </EmptyState>
        )}
        {page && page.items.length > 0 && (
          <Table aria-label={t("kontorReturnQueue")} variant="compact" data-testid="kontor-returns-table">
            <Thead>
              <Tr>
                <Th>{t("kontorReturnNumber")}</Th>
                <Th>{t("kontorOrderNumber")}</Th>
                <Th>{t("kontorReturnRequested")}</Th>
                <Th>{t("kontorItems")}</Th>
                <Th>{t("kontorReturnReason")}</Th>
                <Th>{t("kontorStatus")}</Th>
                <Th>{t("kontorReturnRefund")}</Th>
                {canManage && <Th screenReaderText={t("kontorActions")} />}
              </Tr>
            </Thead>
            <Tbody>
              {page.items.map((ret) => (
                <Tr key={ret.id} data-testid="kontor-return-row" data-number={ret.number}>
                  <Td dataLabel={t("kontorReturnNumber")}>{ret.number}</Td>
                  <Td dataLabel={t("kontorOrderNumber")}>{ret.orderNumber}</Td>
                  <Td dataLabel={t("kontorReturnRequested")}>{day(ret.createdAt)}</Td>
                  <Td dataLabel={t("kontorItems")}>
                    {ret.lines.map((line) => `${line.quantity} × ${line.name}`).join(", ")}
                  </Td>
                  <Td dataLabel={t("kontorReturnReason")}>
                    {ret.reason}
                    {ret.comment ? ` – ${ret.comment}` : ""}
                  </Td>
                  <Td dataLabel={t("kontorStatus")} data-testid="kontor-return-status">
                    {t(`kontorReturnStatus_${ret.status}`)}
                  </Td>
                  <Td dataLabel={t("kontorReturnRefund")}>
                    {ret.refund ? money(ret.refund, i18n.language) : ""}
                  </Td>
                  {canManage && (
                    <Td isActionCell>
                      {actionsFor(ret.status).map((action) => (
                        <Button
                          key={action}
                          variant={action === "reject" ? "secondary" : "primary"}
                          size="sm"
                          className="pf-v5-u-mr-sm"
                          data-testid={`kontor-return-${action}`}
                          onClick={() => {
                            setDone(undefined);
                            setActing({ ret, action });
                          }}
                        >
                          {t(`kontorReturnAction_${action}`)}
                        </Button>
                      ))}
                    </Td>
                  )}
                </Tr>
              ))}
            </Tbody>
          </Table>
        )}
      </PageSection>
      {acting && (
        <ReturnActionDialog
          ret={acting.ret}
          action={acting.action}
          onClose={() => setActing(undefined)}
          onDone={(moved) => {
            setActing(undefined);
            setDone(t("kontorReturnMoved", { number: moved.number, status: t(`kontorReturnStatus_${moved.status}`) }));
            setReload((n) => n + 1);
          }}
        />
      )}
    </>
  );
}
