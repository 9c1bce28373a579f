import { useAccess, useRealm, ViewHeader } from "@keycloak/keycloak-admin-ui";
import {
  Alert,
  Button,
  EmptyState,
  EmptyStateBody,
  EmptyStateHeader,
  PageSection,
  SearchInput,
  Toolbar,
  ToolbarContent,
  ToolbarItem,
} from "@patternfly/react-core";
import { Table, Tbody, Td, Th, Thead, Tr } from "@patternfly/react-table";
import { useCallback, useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate } from "react-router-dom";

import { ListPagination, usePaging } from "../components/ListPagination";
import { type CustomerPage, useCustomersApi } from "./api";
import { CustomerForm } from "./CustomerForm";
import { ImportDialog } from "./ImportDialog";
import { errorText } from "./messages";

/** The customer directory: search by number or name, a page of customers, create and import. */
export default function CustomersSection() {
  const { t } = useTranslation();
  const { realm } = useRealm();
  const { hasAccess } = useAccess();
  const canManage = hasAccess("manage-users");
  const api = useCustomersApi();
  const navigate = useNavigate();

  const [search, setSearch] = useState("");
  const [query, setQuery] = useState("");
  const paging = usePaging();
  const { first, max, setFirst } = paging;
  const [page, setPage] = useState<CustomerPage>();
  const [error, setError] = useState<string>();
  const [dialog, setDialog] = useState<"create" | "import">();
  const [reload, setReload] = useState(0);

  const load = useCallback(() => setReload((n) => n + 1), []);

  useEffect(() => {
    let current = true;
    setPage(undefined);
    api
      .list(query, first, max)
      .then((result) => current && (setPage(result), setError(undefined)))
      .catch((e: Error & { code?: string }) => current && setError(errorText(t, { code: e.code, message: e.message })));
    return () => {
      current = false;
    };
  }, [api, query, first, max, reload, t]);

  const detailPath = (customerNumber: string) => `/${encodeURIComponent(realm)}/customers/${encodeURIComponent(customerNumber)}`;

  return (
    <>
      <ViewHeader titleKey="kontorCustomers" subKey="kontorCustomersHelp" divider />
      <PageSection variant="light" className="pf-v5-u-p-0">
        <Toolbar>
          <ToolbarContent>
            <ToolbarItem>
              <SearchInput
                data-testid="kontor-customer-search"
                aria-label={t("kontorSearchCustomers")}
                placeholder={t("kontorSearchCustomers")}
                value={search}
                onChange={(_, value) => setSearch(value)}
                onSearch={(_, value) => {
                  setFirst(0);
                  setQuery(value.trim());
                }}
                onClear={() => {
                  setSearch("");
                  setFirst(0);
                  setQuery("");
                }}
              />
            </ToolbarItem>
            {canManage && (
              <>
                <ToolbarItem>
                  <Button data-testid="kontor-customer-create" onClick={() => setDialog("create")}>
                    {t("kontorCreateCustomer")}
                  </Button>
                </ToolbarItem>
                <ToolbarItem>
                  <Button variant="secondary" data-testid="kontor-customer-import" onClick={() => setDialog("import")}>
                    {t("kontorImportCustomers")}
                  </Button>
                </ToolbarItem>
              </>
            )}
            <ToolbarItem variant="pagination" align={{ default: "alignRight" }}>
              <ListPagination
                testId="kontor-customers-pagination"
                label={t("kontorCustomers")}
                total={page?.total ?? 0}
                paging={paging}
              />
            </ToolbarItem>
          </ToolbarContent>
        </Toolbar>
        {error && <Alert variant="danger" isInline title={error} data-testid="kontor-customers-error" />}
        {!page && !error && <div data-testid="kontor-customers-loading" className="pf-v5-u-p-md">{t("kontorLoading")}</div>}
        {page && page.items.length === 0 && (
          <EmptyState data-testid="kontor-customers-empty">
            <EmptyStateHeader titleText={query ? t("kontorNoCustomersFound") : t("kontorNoCustomers")} headingLevel="h2" />
            <EmptyStateBody>{query ? t("kontorNoCustomersFoundHelp") : t("kontorNoCustomersHelp")}</EmptyStateBody>
          </EmptyState>
        )}
        {page && page.items.length > 0 && (
          <Table aria-label={t("kontorCustomers")} variant="compact" data-testid="kontor-customers-table">
            <Thead>
              <Tr>
                <Th>{t("kontorCustomerNumber")}</Th>
                <Th>{t("kontorCustomerName")}</Th>
                <Th>{t("kontorCustomerKind")}</Th>
              </Tr>
            </Thead>
            <Tbody>
              {page.items.map((customer) => (
                <Tr key={customer.customerNumber} data-testid="kontor-customer-row" data-number={customer.customerNumber}>
                  <Td dataLabel={t("kontorCustomerNumber")}>
                    <Link to={detailPath(customer.customerNumber)}>{customer.customerNumber}</Link>
                  </Td>
                  <Td dataLabel={t("kontorCustomerName")}>{customer.name}</Td>
                  <Td dataLabel={t("kontorCustomerKind")}>{t(`kontorKind_${customer.type}`)}</Td>
                </Tr>
              ))}
            </Tbody>
          </Table>
        )}
      </PageSection>
      {dialog === "create" && (
        <CustomerForm
          onClose={() => setDialog(undefined)}
          onSaved={(customer) => {
            setDialog(undefined);
            navigate(detailPath(customer.customerNumber));
          }}
        />
      )}
      {dialog === "import" && (
        <ImportDialog
          onClose={() => {
            setDialog(undefined);
            load();
          }}
        />
      )}
    </>
  );
}
