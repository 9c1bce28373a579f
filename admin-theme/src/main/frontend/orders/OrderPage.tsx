import { useAccess, useRealm, ViewHeader } from "@keycloak/keycloak-admin-ui";
import { Alert, Button, DescriptionList, DescriptionListDescription, DescriptionListGroup, DescriptionListTerm, Gallery, PageSection } from "@patternfly/react-core";
import { Table, Tbody, Td, Th, Thead, Tr } from "@patternfly/react-table";
import { type ReactNode, useCallback, useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router-dom";

import type { ProblemError } from "../customers/api";
import { errorText } from "../customers/messages";
import { money } from "../components/format";
import { Section } from "../components/Section";
import { type AddressSnapshot, type AdminOrder, nextStatuses, useOrdersApi } from "./api";
import { type OrderAction, OrderActionDialog } from "./OrderActionDialog";

/**
 * One order as the back end sees it: lines, cost breakdown, addresses, status history,
 * shipments, invoices and payments; with manage-users its status can be moved on, a shipment
 * added, an invoice recorded and marked paid, each after a confirmation.
 */
export default function OrderPage() {
  const { t, i18n } = useTranslation();
  const { number = "" } = useParams();
  const { realm } = useRealm();
  const { hasAccess } = useAccess();
  const canManage = hasAccess("manage-users");
  const api = useOrdersApi();
  const [order, setOrder] = useState<AdminOrder>();
  const [failure, setFailure] = useState<string>();
  const [done, setDone] = useState<string>();
  const [action, setAction] = useState<OrderAction>();

  const load = useCallback(
    () => api.get(number).then(setOrder, (e: ProblemError) => setFailure(errorText(t, { code: e.code, message: e.message }))),
    [api, number, t],
  );
  useEffect(() => {
    load();
  }, [load]);

  const day = (iso: string | null) => (iso ? new Date(iso).toLocaleString(i18n.language) : "—");
  const format = (value: { amount: string; currency: string }) => money(value, i18n.language);

  return (
    <>
      <ViewHeader titleKey={t("kontorOrderTitle", { number })} divider />
      <PageSection variant="light">
        <p className="pf-v5-u-mb-md">
          <Link to={`/${encodeURIComponent(realm)}/kontor-orders`}>{t("kontorBackToOrders")}</Link>
        </p>
        {done && <Alert variant="success" isInline title={done} data-testid="kontor-order-done" className="pf-v5-u-mb-md" />}
        {failure && <Alert variant="danger" isInline title={failure} data-testid="kontor-order-failure" className="pf-v5-u-mb-md" />}
        {order && (
          <>
            <DescriptionList isHorizontal columnModifier={{ lg: "2Col" }} className="pf-v5-u-mb-md">
              <Term label={t("kontorStatus")} testId="kontor-order-status" value={t(`kontorOrderStatus_${order.status}`)} />
              <Term label={t("kontorPlacedOn")} value={day(order.placedAt)} />
              <Term label={t("kontorCustomerNumber")} value={order.customerNumber ?? "—"} />
              <Term
                label={t("kontorLogin")}
                value={
                  order.userId ? (
                    <Link to={`/${encodeURIComponent(realm)}/users/${encodeURIComponent(order.userId)}/portal`}>{t("kontorOpenLogin")}</Link>
                  ) : (
                    "—"
                  )
                }
              />
            </DescriptionList>
            {canManage && (
              <div className="pf-v5-u-mb-md">
                {nextStatuses(order.status).length > 0 && (
                  <Button className="pf-v5-u-mr-sm" data-testid="kontor-order-change-status" onClick={() => setAction({ kind: "status" })}>
                    {t("kontorChangeStatus")}
                  </Button>
                )}
                <Button variant="secondary" className="pf-v5-u-mr-sm" data-testid="kontor-order-add-shipment" onClick={() => setAction({ kind: "shipment" })}>
                  {t("kontorAddShipment")}
                </Button>
                <Button variant="secondary" data-testid="kontor-order-add-invoice" onClick={() => setAction({ kind: "invoice" })}>
                  {t("kontorRecordInvoice")}
                </Button>
              </div>
            )}
            <Section title={t("kontorOrderLines")}>
              <Table variant="compact" aria-label={t("kontorOrderLines")} data-testid="kontor-order-lines">
                <Thead>
                  <Tr>
                    <Th>{t("kontorSku")}</Th>
                    <Th>{t("kontorArticle")}</Th>
                    <Th>{t("kontorQuantity")}</Th>
                    <Th>{t("kontorUnitPrice")}</Th>
                    <Th>{t("kontorTotal")}</Th>
                  </Tr>
                </Thead>
                <Tbody>
                  {order.lines.map((line) => (
                    <Tr key={line.id} data-testid="kontor-order-line">
                      <Td>{line.sku}</Td>
                      <Td>{line.name}</Td>
                      <Td>{line.quantity}</Td>
                      <Td>{format(line.unitPrice)}</Td>
                      <Td>{format(line.lineTotal)}</Td>
                    </Tr>
                  ))}
                </Tbody>
              </Table>
              <DescriptionList isHorizontal isCompact className="pf-v5-u-mt-md" data-testid="kontor-order-costs">
                <Term label={t("kontorNet")} value={format(order.costs.net)} />
                {order.costs.taxes.map((tax) => (
                  <Term key={tax.rate} label={t("kontorTax", { rate: new Intl.NumberFormat(i18n.language).format(Number(tax.rate)) })} value={format(tax.amount)} />
                ))}
                <Term label={t("kontorShipping")} value={format(order.costs.shipping)} />
                <Term label={t("kontorDiscount")} value={format(order.costs.discount)} />
                <Term label={t("kontorTotal")} testId="kontor-order-total" value={format(order.costs.total)} />
              </DescriptionList>
            </Section>
            <Gallery hasGutter minWidths={{ default: "100%", lg: "48%" }} className="pf-v5-u-mt-md">
              <Section title={t("kontorBillingAddress")}>{address(order.billingAddress)}</Section>
              <Section title={t("kontorShippingAddress")}>{address(order.shippingAddress)}</Section>
              <Section title={t("kontorStatusHistory")}>
                <ul data-testid="kontor-order-history">
                  {order.statusHistory.map((change, i) => (
                    <li key={i}>
                      {day(change.at)}: {t(`kontorOrderStatus_${change.status}`)}
                      {change.note ? ` – ${change.note}` : ""}
                    </li>
                  ))}
                </ul>
              </Section>
              <Section title={t("kontorShipments")}>
                {order.shipments.length === 0 ? (
                  <p>{t("kontorNothingYet")}</p>
                ) : (
                  <ul data-testid="kontor-order-shipments">
                    {order.shipments.map((shipment) => (
                      <li key={shipment.trackingNumber}>
                        {shipment.carrier}:{" "}
                        {shipment.trackingUrl ? (
                          <a href={shipment.trackingUrl} target="_blank" rel="noreferrer">
                            {shipment.trackingNumber}
                          </a>
                        ) : (
                          shipment.trackingNumber
                        )}{" "}
                        ({day(shipment.shippedAt)})
                      </li>
                    ))}
                  </ul>
                )}
              </Section>
            </Gallery>
            <Section title={t("kontorUserInvoices")} className="pf-v5-u-mt-md">
              {order.invoices.length === 0 ? (
                <p>{t("kontorNothingYet")}</p>
              ) : (
                <Table variant="compact" aria-label={t("kontorUserInvoices")} data-testid="kontor-order-invoices">
                  <Thead>
                    <Tr>
                      <Th>{t("kontorInvoiceNumber")}</Th>
                      <Th>{t("kontorDueOn")}</Th>
                      <Th>{t("kontorStatus")}</Th>
                      <Th>{t("kontorTotal")}</Th>
                      {canManage && <Th screenReaderText={t("kontorActions")} />}
                    </Tr>
                  </Thead>
                  <Tbody>
                    {order.invoices.map((invoice) => (
                      <Tr key={invoice.id} data-testid="kontor-order-invoice" data-number={invoice.number}>
                        <Td>{invoice.documentUrl ? <a href={invoice.documentUrl}>{invoice.number}</a> : invoice.number}</Td>
                        <Td>{new Date(invoice.dueOn).toLocaleDateString(i18n.language)}</Td>
                        <Td data-testid="kontor-invoice-status">{t(`kontorInvoiceStatus_${invoice.status}`)}</Td>
                        <Td>{format(invoice.amount)}</Td>
                        {canManage && (
                          <Td isActionCell>
                            {invoice.paidAt === null && (
                              <Button variant="link" data-testid="kontor-invoice-pay" onClick={() => setAction({ kind: "payment", invoiceNumber: invoice.number })}>
                                {t("kontorMarkPaid")}
                              </Button>
                            )}
                          </Td>
                        )}
                      </Tr>
                    ))}
                  </Tbody>
                </Table>
              )}
            </Section>
          </>
        )}
      </PageSection>
      {order && action && (
        <OrderActionDialog
          order={order}
          action={action}
          onClose={() => setAction(undefined)}
          onDone={(message) => {
            setAction(undefined);
            setDone(message);
            setFailure(undefined);
            load();
          }}
        />
      )}
    </>
  );
}

function Term({ label, value, testId }: { label: string; value: ReactNode; testId?: string }) {
  return (
    <DescriptionListGroup>
      <DescriptionListTerm>{label}</DescriptionListTerm>
      <DescriptionListDescription data-testid={testId}>{value}</DescriptionListDescription>
    </DescriptionListGroup>
  );
}

function address(snapshot: AddressSnapshot | null) {
  if (!snapshot) return <p>—</p>;
  const line = (...parts: (string | null | undefined)[]) => parts.filter(Boolean).join(" ");
  return (
    <address>
      {[snapshot.company, line(snapshot.firstName, snapshot.lastName), line(snapshot.street, snapshot.houseNumber), snapshot.extraLine,
        line(snapshot.postcode, snapshot.city), snapshot.country]
        .filter(Boolean)
        .map((text, i) => (
          <div key={i}>{text}</div>
        ))}
    </address>
  );
}
