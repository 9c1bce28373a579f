import { Pagination, ToggleGroup, ToggleGroupItem, Toolbar, ToolbarContent, ToolbarItem } from "@patternfly/react-core";
import { DownloadIcon } from "@patternfly/react-icons";
import { Table, Tbody, Td, Th, Thead, Tr } from "@patternfly/react-table";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";

import { KontorPage } from "../components/KontorPage";
import { PAGE_PATHS, safeUrl } from "../components/links";
import { Empty } from "../components/Loading";
import { useLocale } from "../components/locale";
import { Section } from "../components/Section";
import { StatusLabel } from "../components/StatusLabel";
import { useLoad } from "../components/useLoad";
import { INVOICE_STATUSES, listInvoices } from "../lib/commerce";
import { formatCalendarDate, formatInstantDate } from "../lib/dates";
import { formatMoney } from "../lib/money";

const PAGE_SIZE = 20;

/** Invoices (COM-4): open / paid / overdue with amounts, due dates and download links. */
export default function Invoices() {
  const { t } = useTranslation();
  const locale = useLocale();
  const [status, setStatus] = useState<string>("");
  const [page, setPage] = useState(1);
  const invoices = useLoad((c, signal) => listInvoices(c, status || undefined, (page - 1) * PAGE_SIZE, PAGE_SIZE, { signal }), [status, page]);

  const choose = (next: string) => {
    setStatus(next);
    setPage(1);
  };

  return (
    <KontorPage title={t("kontorInvoicesTitle")} description={t("kontorInvoicesDescription")} testId="kontor-invoices">
      <Toolbar>
        <ToolbarContent>
          <ToolbarItem>
            <ToggleGroup aria-label={t("kontorStatus")} data-testid="kontor-invoices-filter">
              <ToggleGroupItem text={t("kontorAll")} buttonId="kontor-invoices-all" isSelected={status === ""} onChange={() => choose("")} />
              {INVOICE_STATUSES.map((value) => (
                <ToggleGroupItem
                  key={value}
                  text={t(`kontorStatus.${value}`)}
                  buttonId={`kontor-invoices-${value}`}
                  isSelected={status === value}
                  onChange={() => choose(value)}
                />
              ))}
            </ToggleGroup>
          </ToolbarItem>
          {invoices.state.status === "ready" && invoices.state.data.total > PAGE_SIZE && (
            <ToolbarItem variant="pagination" align={{ default: "alignRight" }}>
              <Pagination itemCount={invoices.state.data.total} perPage={PAGE_SIZE} page={page} onSetPage={(_e, p) => setPage(p)} perPageOptions={[]} isCompact />
            </ToolbarItem>
          )}
        </ToolbarContent>
      </Toolbar>
      <Section state={invoices.state} testId="kontor-invoices" onRetry={invoices.reload}>
        {({ items }) =>
          items.length === 0 ? (
            <Empty testId="kontor-invoices-empty" title={t("kontorInvoicesEmpty")} />
          ) : (
            <Table aria-label={t("kontorInvoicesTitle")} variant="compact" gridBreakPoint="grid-md">
              <Thead>
                <Tr>
                  <Th>{t("kontorInvoiceNumber")}</Th>
                  <Th>{t("kontorOrder")}</Th>
                  <Th>{t("kontorStatus")}</Th>
                  <Th>{t("kontorAmount")}</Th>
                  <Th>{t("kontorIssuedOn")}</Th>
                  <Th>{t("kontorDueOnColumn")}</Th>
                  <Th screenReaderText={t("kontorDownload")} />
                </Tr>
              </Thead>
              <Tbody>
                {items.map((invoice) => (
                  <Tr key={invoice.id} data-testid="kontor-invoice-row" data-status={invoice.status}>
                    <Td dataLabel={t("kontorInvoiceNumber")}>{invoice.number}</Td>
                    <Td dataLabel={t("kontorOrder")}>
                      <Link to={PAGE_PATHS.order(invoice.orderId)}>{invoice.orderNumber}</Link>
                    </Td>
                    <Td dataLabel={t("kontorStatus")}>
                      <StatusLabel status={invoice.status} />
                    </Td>
                    <Td dataLabel={t("kontorAmount")}>{formatMoney(invoice.amount, locale)}</Td>
                    <Td dataLabel={t("kontorIssuedOn")}>{formatCalendarDate(invoice.issuedOn, locale)}</Td>
                    <Td dataLabel={t("kontorDueOnColumn")}>
                      {invoice.status === "paid" && invoice.paidAt
                        ? t("kontorPaidOn", { date: formatInstantDate(invoice.paidAt, locale) })
                        : formatCalendarDate(invoice.dueOn, locale) || "\u2014"}
                    </Td>
                    <Td isActionCell>
                      {safeUrl(invoice.documentUrl) && (
                        <a href={safeUrl(invoice.documentUrl)!} target="_blank" rel="noopener noreferrer" data-testid="kontor-invoice-download">
                          <DownloadIcon /> {t("kontorDownload")}
                          <span className="pf-v5-screen-reader"> {invoice.number}</span>
                        </a>
                      )}
                    </Td>
                  </Tr>
                ))}
              </Tbody>
            </Table>
          )
        }
      </Section>
    </KontorPage>
  );
}
