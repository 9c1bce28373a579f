import type { AccountEnvironment } from "@keycloak/keycloak-account-ui";
import { useAlerts, useEnvironment } from "@keycloak/keycloak-ui-shared";
import {
  AlertVariant,
  Button,
  FormSelect,
  FormSelectOption,
  SearchInput,
  TextInput,
  Toolbar,
  ToolbarContent,
  ToolbarGroup,
  ToolbarItem,
} from "@patternfly/react-core";
import { AngleLeftIcon, AngleRightIcon } from "@patternfly/react-icons";
import { Table, Tbody, Td, Th, Thead, Tr } from "@patternfly/react-table";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";

import { KontorPage } from "../components/KontorPage";
import { PAGE_PATHS } from "../components/links";
import { Empty } from "../components/Loading";
import { useLocale } from "../components/locale";
import { problemMessage } from "../components/ProblemAlert";
import { Section } from "../components/Section";
import { StatusLabel } from "../components/StatusLabel";
import { useLoad } from "../components/useLoad";
import { listOrders, ORDER_STATUSES, type OrderFilter, reorder, type ReorderResult } from "../lib/commerce";
import { formatInstantDate, isCalendarDate } from "../lib/dates";
import { formatMoney } from "../lib/money";
import { ReorderResultDialog } from "./ReorderResultDialog";

const PAGE_SIZE = 20;

/** Orders (COM-2): filters, search, cursor pagination, reorder. */
export default function Orders() {
  const { t } = useTranslation();
  const locale = useLocale();
  const context = useEnvironment<AccountEnvironment>();
  const { addAlert } = useAlerts();
  const [filter, setFilter] = useState<OrderFilter>({});
  const [search, setSearch] = useState("");
  // cursors[i] opens page i; page 0 has no cursor.
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  const [pageIndex, setPageIndex] = useState(0);
  const orders = useLoad((c, signal) => listOrders(c, filter, cursors[pageIndex], PAGE_SIZE, { signal }), [filter, pageIndex]);
  const [result, setResult] = useState<ReorderResult | null>(null);

  const applyFilter = (next: OrderFilter) => {
    setFilter(next);
    setCursors([null]);
    setPageIndex(0);
  };
  const dateFilter = (key: "from" | "to", value: string) =>
    applyFilter({ ...filter, [key]: value && isCalendarDate(value) ? value : undefined });

  const next = orders.state.status === "ready" ? orders.state.data.next : null;
  const goNext = () => {
    if (!next) return;
    setCursors((previous) => [...previous.slice(0, pageIndex + 1), next]);
    setPageIndex(pageIndex + 1);
  };

  const runReorder = async (orderId: string) => {
    try {
      setResult(await reorder(context, orderId));
    } catch (error) {
      addAlert(problemMessage(t, error), AlertVariant.danger);
    }
  };

  const filtered = Boolean(filter.status || filter.from || filter.to || filter.q);

  return (
    <KontorPage title={t("kontorOrdersTitle")} description={t("kontorOrdersDescription")} testId="kontor-orders">
      <Toolbar clearAllFilters={() => { setSearch(""); applyFilter({}); }} collapseListedFiltersBreakpoint="md">
        <ToolbarContent>
          <ToolbarItem variant="search-filter">
            <SearchInput
              aria-label={t("kontorOrderSearch")}
              placeholder={t("kontorOrderSearch")}
              value={search}
              onChange={(_event, value) => setSearch(value)}
              onSearch={(_event, value) => applyFilter({ ...filter, q: value.trim() || undefined })}
              onClear={() => {
                setSearch("");
                applyFilter({ ...filter, q: undefined });
              }}
              data-testid="kontor-orders-search"
            />
          </ToolbarItem>
          <ToolbarGroup variant="filter-group">
            <ToolbarItem>
              <FormSelect
                aria-label={t("kontorStatus")}
                value={filter.status ?? ""}
                onChange={(_event, status) => applyFilter({ ...filter, status: status || undefined })}
                data-testid="kontor-orders-status"
              >
                <FormSelectOption value="" label={t("kontorAllStatuses")} />
                {ORDER_STATUSES.map((status) => (
                  <FormSelectOption key={status} value={status} label={t(`kontorStatus.${status}`)} />
                ))}
              </FormSelect>
            </ToolbarItem>
            {(["from", "to"] as const).map((key) => (
              <ToolbarItem key={key} className="kontor-date-filter">
                <label htmlFor={`kontor-orders-${key}`} className="pf-v5-u-mr-sm">
                  {t(key === "from" ? "kontorFrom" : "kontorTo")}
                </label>
                <TextInput
                  id={`kontor-orders-${key}`}
                  type="date"
                  value={filter[key] ?? ""}
                  onChange={(_event, value) => dateFilter(key, value)}
                  data-testid={`kontor-orders-${key}`}
                />
              </ToolbarItem>
            ))}
          </ToolbarGroup>
        </ToolbarContent>
      </Toolbar>
      <Section state={orders.state} testId="kontor-orders" onRetry={orders.reload}>
        {({ items }) =>
          items.length === 0 ? (
            <Empty
              testId="kontor-orders-empty"
              title={filtered ? t("kontorOrdersNoMatch") : t("kontorOrdersEmpty")}
              body={filtered ? t("kontorOrdersNoMatchHint") : undefined}
            />
          ) : (
            <>
              <Table aria-label={t("kontorOrdersTitle")} variant="compact" gridBreakPoint="grid-md">
                <Thead>
                  <Tr>
                    <Th>{t("kontorOrderNumber")}</Th>
                    <Th>{t("kontorDate")}</Th>
                    <Th>{t("kontorStatus")}</Th>
                    <Th>{t("kontorItems")}</Th>
                    <Th>{t("kontorTotal")}</Th>
                    <Th screenReaderText={t("kontorActions")} />
                  </Tr>
                </Thead>
                <Tbody>
                  {items.map((order) => (
                    <Tr key={order.id} data-testid="kontor-order-row">
                      <Td dataLabel={t("kontorOrderNumber")}>
                        <Link to={PAGE_PATHS.order(order.id)} data-testid="kontor-order-link">
                          {order.number}
                        </Link>
                      </Td>
                      <Td dataLabel={t("kontorDate")}>{formatInstantDate(order.placedAt, locale)}</Td>
                      <Td dataLabel={t("kontorStatus")}>
                        <StatusLabel status={order.status} />
                      </Td>
                      <Td dataLabel={t("kontorItems")}>{order.itemCount}</Td>
                      <Td dataLabel={t("kontorTotal")}>{formatMoney(order.total, locale)}</Td>
                      <Td isActionCell>
                        <Button variant="link" isInline onClick={() => runReorder(order.id)} data-testid="kontor-order-reorder">
                          {t("kontorReorder")}
                        </Button>
                      </Td>
                    </Tr>
                  ))}
                </Tbody>
              </Table>
              <Toolbar>
                <ToolbarContent>
                  <ToolbarItem align={{ default: "alignRight" }}>
                    <Button variant="plain" aria-label={t("kontorPrevious")} isDisabled={pageIndex === 0} onClick={() => setPageIndex(pageIndex - 1)} data-testid="kontor-orders-previous">
                      <AngleLeftIcon />
                    </Button>
                    <Button variant="plain" aria-label={t("kontorNext")} isDisabled={!next} onClick={goNext} data-testid="kontor-orders-next">
                      <AngleRightIcon />
                    </Button>
                  </ToolbarItem>
                </ToolbarContent>
              </Toolbar>
            </>
          )
        }
      </Section>
      <ReorderResultDialog result={result} onClose={() => setResult(null)} />
    </KontorPage>
  );
}
