import { useRealm, ViewHeader } from "@keycloak/keycloak-admin-ui";
import {
  Alert,
  Button,
  EmptyState,
  EmptyStateBody,
  EmptyStateHeader,
  Form,
  FormGroup,
  FormSelect,
  FormSelectOption,
  Grid,
  GridItem,
  PageSection,
  TextInput,
} from "@patternfly/react-core";
import { Table, Tbody, Td, Th, Thead, Tr } from "@patternfly/react-table";
import { type FormEvent, useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";

import { ListPagination, usePaging } from "../components/ListPagination";
import type { ProblemError } from "../customers/api";
import { errorText } from "../customers/messages";
import { money } from "../components/format";
import { type AdminOrderPage, NO_SEARCH, ORDER_STATUSES, type OrderSearch, type OrderStatus, useOrdersApi } from "./api";

/** Every order of the realm, newest first: by exact number, customer number, status and placing days. */
export default function OrdersSection() {
  const { t, i18n } = useTranslation();
  const { realm } = useRealm();
  const api = useOrdersApi();
  const [form, setForm] = useState<OrderSearch>(NO_SEARCH);
  const [search, setSearch] = useState<OrderSearch>(NO_SEARCH);
  const paging = usePaging();
  const { first, max, setFirst } = paging;
  const [page, setPage] = useState<AdminOrderPage>();
  const [error, setError] = useState<string>();

  useEffect(() => {
    let current = true;
    setPage(undefined);
    api.search(search, first, max).then(
      (result) => current && (setPage(result), setError(undefined)),
      (e: ProblemError) => current && setError(errorText(t, { code: e.code, message: e.message })),
    );
    return () => {
      current = false;
    };
  }, [api, search, first, max, t]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setFirst(0);
    setSearch({ ...form });
  };
  const field = (name: keyof OrderSearch) => (_: unknown, value: string) => setForm((f) => ({ ...f, [name]: value }));

  return (
    <>
      <ViewHeader titleKey="kontorOrderSearch" subKey="kontorOrderSearchHelp" divider />
      <PageSection variant="light">
        <Form onSubmit={submit} data-testid="kontor-orders-search">
          <Grid hasGutter md={4} xl={2}>
            <GridItem>
              <FormGroup label={t("kontorOrderNumber")} fieldId="kontor-orders-number">
                <TextInput id="kontor-orders-number" data-testid="kontor-orders-number" value={form.number} onChange={field("number")} />
              </FormGroup>
            </GridItem>
            <GridItem>
              <FormGroup label={t("kontorCustomerNumber")} fieldId="kontor-orders-customer">
                <TextInput id="kontor-orders-customer" data-testid="kontor-orders-customer" inputMode="numeric" value={form.customerNumber}
                  onChange={field("customerNumber")} />
              </FormGroup>
            </GridItem>
            <GridItem>
              <FormGroup label={t("kontorStatus")} fieldId="kontor-orders-status">
                <FormSelect id="kontor-orders-status" data-testid="kontor-orders-status" value={form.status} onChange={field("status")}>
                  <FormSelectOption value="" label={t("kontorAllStatuses")} />
                  {ORDER_STATUSES.map((s) => (
                    <FormSelectOption key={s} value={s} label={t(`kontorOrderStatus_${s}`)} />
                  ))}
                </FormSelect>
              </FormGroup>
            </GridItem>
            <GridItem>
              <FormGroup label={t("kontorPlacedFrom")} fieldId="kontor-orders-from">
                <TextInput id="kontor-orders-from" data-testid="kontor-orders-from" type="date" value={form.from} onChange={field("from")} />
              </FormGroup>
            </GridItem>
            <GridItem>
              <FormGroup label={t("kontorPlacedTo")} fieldId="kontor-orders-to">
                <TextInput id="kontor-orders-to" data-testid="kontor-orders-to" type="date" value={form.to} onChange={field("to")} />
              </FormGroup>
            </GridItem>
            <GridItem className="pf-v5-u-align-self-flex-end">
              <Button type="submit" data-testid="kontor-orders-search-submit">
                {t("kontorSearch")}
              </Button>
            </GridItem>
          </Grid>
        </Form>
      </PageSection>
      <PageSection variant="light" className="pf-v5-u-pt-0">
        {error && <Alert variant="danger" isInline title={error} data-testid="kontor-orders-error" />}
        {!page && !error && <div>{t("kontorLoading")}</div>}
        {page && page.items.length === 0 && (
          <EmptyState data-testid="kontor-orders-empty">
            <EmptyStateHeader titleText={t("kontorNoOrders")} headingLevel="h2" />
            <EmptyStateBody>{t("kontorNoOrdersHelp")}</EmptyStateBody>
          </EmptyState>
        )}
        {page && page.items.length > 0 && (
          <>
            <ListPagination
                testId="kontor-orders-pagination"
                label={t("kontorOrderSearch")}
                total={page.total}
                paging={paging}
              />
            <Table aria-label={t("kontorOrderSearch")} variant="compact" data-testid="kontor-orders-table">
              <Thead>
                <Tr>
                  <Th>{t("kontorOrderNumber")}</Th>
                  <Th>{t("kontorCustomerNumber")}</Th>
                  <Th>{t("kontorPlacedOn")}</Th>
                  <Th>{t("kontorStatus")}</Th>
                  <Th>{t("kontorItems")}</Th>
                  <Th>{t("kontorTotal")}</Th>
                </Tr>
              </Thead>
              <Tbody>
                {page.items.map((order) => (
                  <Tr key={order.id} data-testid="kontor-order-row" data-number={order.number}>
                    <Td>
                      <Link to={`/${encodeURIComponent(realm)}/kontor-orders/${encodeURIComponent(order.number)}`}>{order.number}</Link>
                    </Td>
                    <Td>{order.customerNumber ?? "—"}</Td>
                    <Td>{new Date(order.placedAt).toLocaleDateString(i18n.language)}</Td>
                    <Td>{t(`kontorOrderStatus_${order.status as OrderStatus}`)}</Td>
                    <Td>{order.itemCount}</Td>
                    <Td>{money(order.total, i18n.language)}</Td>
                  </Tr>
                ))}
              </Tbody>
            </Table>
          </>
        )}
      </PageSection>
    </>
  );
}
