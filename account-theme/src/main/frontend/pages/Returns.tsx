import { useAlerts } from "@keycloak/keycloak-ui-shared";
import { AlertVariant, Button, Modal, ModalVariant, Pagination, Toolbar, ToolbarContent, ToolbarItem } from "@patternfly/react-core";
import { Table, Tbody, Td, Th, Thead, Tr } from "@patternfly/react-table";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useSearchParams } from "react-router-dom";

import { KontorPage } from "../components/KontorPage";
import { PAGE_PATHS } from "../components/links";
import { Empty } from "../components/Loading";
import { useLocale } from "../components/locale";
import { Section } from "../components/Section";
import { StatusLabel } from "../components/StatusLabel";
import { useLoad } from "../components/useLoad";
import { listReturns } from "../lib/commerce";
import { formatInstantDate } from "../lib/dates";
import { formatMoney } from "../lib/money";
import { ReturnWizard } from "./ReturnWizard";

const PAGE_SIZE = 20;

/** Returns (COM-3): the list with statuses and the "request a return" wizard. */
export default function Returns() {
  const { t } = useTranslation();
  const locale = useLocale();
  const { addAlert } = useAlerts();
  const [params, setParams] = useSearchParams();
  const [page, setPage] = useState(1);
  const returns = useLoad((c, signal) => listReturns(c, (page - 1) * PAGE_SIZE, PAGE_SIZE, { signal }), [page]);
  // ?order=<id> (from an order's page) opens the wizard for that order.
  const [wizard, setWizard] = useState<null | { orderId?: string }>(params.get("order") ? { orderId: params.get("order")! } : null);

  const closeWizard = () => {
    setWizard(null);
    if (params.has("order")) setParams({}, { replace: true });
  };

  const requestButton = (
    <Button variant="primary" onClick={() => setWizard({})} data-testid="kontor-return-request">
      {t("kontorRequestReturn")}
    </Button>
  );

  return (
    <KontorPage title={t("kontorReturnsTitle")} description={t("kontorReturnsDescription")} testId="kontor-returns">
      <Section state={returns.state} testId="kontor-returns" onRetry={returns.reload}>
        {({ items, total }) =>
          total === 0 ? (
            <Empty testId="kontor-returns-empty" title={t("kontorReturnsEmpty")} body={t("kontorReturnsEmptyHint")}>
              {requestButton}
            </Empty>
          ) : (
            <>
              <Toolbar>
                <ToolbarContent>
                  <ToolbarItem>{requestButton}</ToolbarItem>
                  <ToolbarItem variant="pagination" align={{ default: "alignRight" }}>
                    <Pagination itemCount={total} perPage={PAGE_SIZE} page={page} onSetPage={(_e, p) => setPage(p)} perPageOptions={[]} isCompact />
                  </ToolbarItem>
                </ToolbarContent>
              </Toolbar>
              <Table aria-label={t("kontorReturnsTitle")} variant="compact" gridBreakPoint="grid-md">
                <Thead>
                  <Tr>
                    <Th>{t("kontorReturnNumber")}</Th>
                    <Th>{t("kontorOrder")}</Th>
                    <Th>{t("kontorDate")}</Th>
                    <Th>{t("kontorStatus")}</Th>
                    <Th>{t("kontorReturnReason")}</Th>
                    <Th>{t("kontorItems")}</Th>
                    <Th>{t("kontorRefund")}</Th>
                  </Tr>
                </Thead>
                <Tbody>
                  {items.map((item) => (
                    <Tr key={item.id} data-testid="kontor-return-row">
                      <Td dataLabel={t("kontorReturnNumber")}>{item.number}</Td>
                      <Td dataLabel={t("kontorOrder")}>
                        <Link to={PAGE_PATHS.order(item.orderId)}>{item.orderNumber}</Link>
                      </Td>
                      <Td dataLabel={t("kontorDate")}>{formatInstantDate(item.createdAt, locale)}</Td>
                      <Td dataLabel={t("kontorStatus")}>
                        <StatusLabel status={item.status} />
                      </Td>
                      <Td dataLabel={t("kontorReturnReason")}>{t(`kontorReturnReason.${item.reason}`, { defaultValue: item.reason })}</Td>
                      <Td dataLabel={t("kontorItems")}>
                        {item.lines.map((line) => `${line.quantity} × ${line.name}`).join(", ")}
                      </Td>
                      <Td dataLabel={t("kontorRefund")}>{item.refund ? formatMoney(item.refund, locale) : "\u2014"}</Td>
                    </Tr>
                  ))}
                </Tbody>
              </Table>
            </>
          )
        }
      </Section>
      <Modal
        variant={ModalVariant.large}
        isOpen={wizard !== null}
        onClose={closeWizard}
        showClose={false}
        hasNoBodyWrapper
        aria-label={t("kontorRequestReturn")}
      >
        {wizard && (
          <ReturnWizard
            initialOrderId={wizard.orderId}
            onClose={closeWizard}
            onCreated={(created) => {
              closeWizard();
              addAlert(t("kontorReturnCreated", { number: created.number }), AlertVariant.success);
              setPage(1);
              returns.reload();
            }}
          />
        )}
      </Modal>
    </KontorPage>
  );
}
