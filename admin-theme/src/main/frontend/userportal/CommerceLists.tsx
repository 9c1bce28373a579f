import { useRealm } from "@keycloak/keycloak-admin-ui";
import { Gallery } from "@patternfly/react-core";
import { Table, Tbody, Td, Th, Thead, Tr } from "@patternfly/react-table";
import { type ReactNode, useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";

import type { ProblemError } from "../customers/api";
import type { Money, Return } from "../returns/api";
import { type Address, type Invoice, LIST_MAX, type OrderSummary, type Page, useUserPortalApi } from "./api";
import { Section } from "../components/Section";

type Props = { userId: string; onError: (e: ProblemError) => void; money: (value: Money) => string };

/** The login's newest orders, returns, invoices and addresses (read-only; each list says how many there are in all). */
export function CommerceLists({ userId, onError, money }: Props) {
  const { t, i18n } = useTranslation();
  const { realm } = useRealm();
  const api = useUserPortalApi(userId);
  const [orders, setOrders] = useState<Page<OrderSummary>>();
  const [returns, setReturns] = useState<Page<Return>>();
  const [invoices, setInvoices] = useState<Page<Invoice>>();
  const [addresses, setAddresses] = useState<Page<Address>>();

  useEffect(() => {
    api.orders().then(setOrders, onError);
    api.returns().then(setReturns, onError);
    api.invoices().then(setInvoices, onError);
    api.addresses().then(setAddresses, onError);
  }, [api, onError]);

  const day = (iso: string | null) => (iso ? new Date(iso).toLocaleDateString(i18n.language) : "—");

  return (
    <Gallery hasGutter minWidths={{ default: "100%", lg: "48%" }} className="pf-v5-u-mt-md">
      <Section title={t("kontorUserOrders")}>
        <List testId="kontor-user-orders" page={orders} headers={[t("kontorOrderNumber"), t("kontorPlacedOn"), t("kontorStatus"), t("kontorTotal")]}>
          {orders?.items.map((order) => (
            <Tr key={order.id} data-testid="kontor-user-order" data-number={order.number}>
              <Td>
                <Link to={`/${encodeURIComponent(realm)}/kontor-orders/${encodeURIComponent(order.number)}`}>{order.number}</Link>
              </Td>
              <Td>{day(order.placedAt)}</Td>
              <Td>{t(`kontorOrderStatus_${order.status}`)}</Td>
              <Td>{money(order.total)}</Td>
            </Tr>
          ))}
        </List>
      </Section>
      <Section title={t("kontorReturnQueue")}>
        <List testId="kontor-user-returns" page={returns} headers={[t("kontorReturnNumber"), t("kontorOrderNumber"), t("kontorStatus")]}>
          {returns?.items.map((ret) => (
            <Tr key={ret.id} data-testid="kontor-user-return" data-number={ret.number}>
              <Td>
                <Link to={`/${encodeURIComponent(realm)}/kontor-returns`}>{ret.number}</Link>
              </Td>
              <Td>{ret.orderNumber}</Td>
              <Td>{t(`kontorReturnStatus_${ret.status}`)}</Td>
            </Tr>
          ))}
        </List>
      </Section>
      <Section title={t("kontorUserInvoices")}>
        <List testId="kontor-user-invoices" page={invoices} headers={[t("kontorInvoiceNumber"), t("kontorOrderNumber"), t("kontorDueOn"), t("kontorTotal")]}>
          {invoices?.items.map((invoice) => (
            <Tr key={invoice.id} data-testid="kontor-user-invoice" data-number={invoice.number}>
              <Td>{invoice.number}</Td>
              <Td>{invoice.orderNumber}</Td>
              <Td>{day(invoice.dueOn)}</Td>
              <Td>{money(invoice.amount)}</Td>
            </Tr>
          ))}
        </List>
      </Section>
      <Section title={t("kontorUserAddresses")}>
        <List testId="kontor-user-addresses" page={addresses} headers={[t("kontorAddress"), t("kontorAddressUse")]}>
          {addresses?.items.map((address) => (
            <Tr key={address.id} data-testid="kontor-user-address">
              <Td>
                {[address.company, `${address.firstName} ${address.lastName}`, `${address.street} ${address.houseNumber ?? ""}`.trim(),
                  `${address.postcode} ${address.city}`, address.country].filter(Boolean).join(", ")}
              </Td>
              <Td>
                {[address.defaultBilling ? t("kontorDefaultBilling") : "", address.defaultShipping ? t("kontorDefaultShipping") : ""]
                  .filter(Boolean)
                  .join(", ")}
              </Td>
            </Tr>
          ))}
        </List>
      </Section>
    </Gallery>
  );
}

function List<T>({ testId, page, headers, children }: { testId: string; page?: Page<T>; headers: string[]; children: ReactNode }) {
  const { t } = useTranslation();
  if (!page) return <p>{t("kontorLoading")}</p>;
  if (page.items.length === 0) return <p data-testid={`${testId}-none`}>{t("kontorNothingYet")}</p>;
  return (
    <>
      <Table variant="compact" data-testid={testId} aria-label={testId}>
        <Thead>
          <Tr>
            {headers.map((header) => (
              <Th key={header}>{header}</Th>
            ))}
          </Tr>
        </Thead>
        <Tbody>{children}</Tbody>
      </Table>
      {page.total > LIST_MAX && (
        <p className="pf-v5-u-mt-sm pf-v5-u-color-200" data-testid={`${testId}-more`}>
          {t("kontorNewestOf", { shown: page.items.length, total: page.total })}
        </p>
      )}
    </>
  );
}
