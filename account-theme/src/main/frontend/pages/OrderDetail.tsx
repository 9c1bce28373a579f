import type { AccountEnvironment } from "@keycloak/keycloak-account-ui";
import { useAlerts, useEnvironment } from "@keycloak/keycloak-ui-shared";
import {
  AlertVariant,
  Breadcrumb,
  BreadcrumbItem,
  Button,
  Card,
  CardBody,
  CardTitle,
  DescriptionList,
  DescriptionListDescription,
  DescriptionListGroup,
  DescriptionListTerm,
  Flex,
  FlexItem,
  Gallery,
  List,
  ListItem,
  Stack,
  StackItem,
} from "@patternfly/react-core";
import { ExternalLinkAltIcon } from "@patternfly/react-icons";
import { Table, Tbody, Td, Th, Thead, Tr } from "@patternfly/react-table";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router-dom";

import { AddressText } from "../components/AddressText";
import { ConfirmDialog } from "../components/ConfirmDialog";
import { KontorPage } from "../components/KontorPage";
import { PAGE_PATHS, safeUrl } from "../components/links";
import { Empty } from "../components/Loading";
import { useLocale } from "../components/locale";
import { problemMessage } from "../components/ProblemAlert";
import { Section } from "../components/Section";
import { StatusLabel } from "../components/StatusLabel";
import { useLoad } from "../components/useLoad";
import { cancelOrder, getOrder, type OrderDetail as Order, reorder, type ReorderResult } from "../lib/commerce";
import { formatCalendarDate, formatDateTime, formatInstantDate } from "../lib/dates";
import { formatMoney } from "../lib/money";
import { ApiProblem } from "../lib/problem";
import { hasReturnable, isReturnWindowOpen } from "../lib/returns";
import { ReorderResultDialog } from "./ReorderResultDialog";

function Costs({ order }: { order: Order }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const row = (label: string, value: string, testId?: string) => (
    <DescriptionListGroup key={label}>
      <DescriptionListTerm>{label}</DescriptionListTerm>
      <DescriptionListDescription data-testid={testId}>{value}</DescriptionListDescription>
    </DescriptionListGroup>
  );
  return (
    <DescriptionList isHorizontal isCompact data-testid="kontor-order-costs">
      {row(t("kontorNet"), formatMoney(order.costs.net, locale))}
      {order.costs.taxes.map((tax) => row(t("kontorTax", { rate: tax.rate }), formatMoney(tax.amount, locale)))}
      {row(t("kontorShipping"), formatMoney(order.costs.shipping, locale))}
      {row(t("kontorDiscount"), formatMoney(order.costs.discount, locale))}
      {row(t("kontorTotal"), formatMoney(order.costs.total, locale), "kontor-order-total")}
    </DescriptionList>
  );
}

function Detail({ order, reload }: { order: Order; reload: () => void }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const context = useEnvironment<AccountEnvironment>();
  const { addAlert } = useAlerts();
  const [result, setResult] = useState<ReorderResult | null>(null);
  const [cancelling, setCancelling] = useState(false);
  const returnOpen = hasReturnable(order.lines) && isReturnWindowOpen(order.returnableUntil);

  const runReorder = async (lineIds?: string[]) => {
    try {
      setResult(await reorder(context, order.id, lineIds));
    } catch (error) {
      addAlert(problemMessage(t, error), AlertVariant.danger);
    }
  };
  const cancel = async () => {
    try {
      await cancelOrder(context, order.id);
      addAlert(t("kontorOrderCancelled"), AlertVariant.success);
    } catch (error) {
      addAlert(problemMessage(t, error), AlertVariant.danger);
    } finally {
      setCancelling(false);
      reload();
    }
  };

  return (
    <Stack hasGutter data-testid="kontor-order-detail" data-order-id={order.id}>
      <StackItem>
        <Flex justifyContent={{ default: "justifyContentSpaceBetween" }} flexWrap={{ default: "wrap" }}>
          <FlexItem>
            <StatusLabel status={order.status} testId="kontor-order-status" />{" "}
            {t("kontorPlacedOn", { date: formatDateTime(order.placedAt, locale) })}
          </FlexItem>
          <FlexItem>
            <Flex spaceItems={{ default: "spaceItemsSm" }}>
              <FlexItem>
                <Button variant="primary" onClick={() => runReorder()} data-testid="kontor-order-reorder-all">
                  {t("kontorReorderAll")}
                </Button>
              </FlexItem>
              {returnOpen && (
                <FlexItem>
                  <Link to={`${PAGE_PATHS.returns}?order=${encodeURIComponent(order.id)}`} className="pf-v5-c-button pf-m-secondary" data-testid="kontor-order-request-return">
                    {t("kontorRequestReturn")}
                  </Link>
                </FlexItem>
              )}
              {order.cancellable && (
                <FlexItem>
                  <Button variant="secondary" isDanger onClick={() => setCancelling(true)} data-testid="kontor-order-cancel">
                    {t("kontorCancelOrder")}
                  </Button>
                </FlexItem>
              )}
            </Flex>
          </FlexItem>
        </Flex>
      </StackItem>
      <StackItem>
        <Table aria-label={t("kontorOrderLines")} variant="compact" gridBreakPoint="grid-md" data-testid="kontor-order-lines">
          <Thead>
            <Tr>
              <Th>{t("kontorProduct")}</Th>
              <Th>{t("kontorSku")}</Th>
              <Th>{t("kontorQuantity")}</Th>
              <Th>{t("kontorUnitPrice")}</Th>
              <Th>{t("kontorTaxRate")}</Th>
              <Th>{t("kontorLineTotal")}</Th>
              <Th screenReaderText={t("kontorActions")} />
            </Tr>
          </Thead>
          <Tbody>
            {order.lines.map((line) => (
              <Tr key={line.id} data-testid="kontor-order-line">
                <Td dataLabel={t("kontorProduct")}>{line.name}</Td>
                <Td dataLabel={t("kontorSku")}>{line.sku}</Td>
                <Td dataLabel={t("kontorQuantity")}>{line.quantity}</Td>
                <Td dataLabel={t("kontorUnitPrice")}>{formatMoney(line.unitPrice, locale)}</Td>
                <Td dataLabel={t("kontorTaxRate")}>{line.taxRate} %</Td>
                <Td dataLabel={t("kontorLineTotal")}>{formatMoney(line.lineTotal, locale)}</Td>
                <Td isActionCell>
                  <Button variant="link" isInline onClick={() => runReorder([line.id])} data-testid="kontor-order-reorder-line">
                    {t("kontorReorder")}
                  </Button>
                </Td>
              </Tr>
            ))}
          </Tbody>
        </Table>
      </StackItem>
      <StackItem>
        <Gallery hasGutter minWidths={{ default: "100%", md: "18rem" }}>
          <Card isFlat>
            <CardTitle component="h2">{t("kontorCosts")}</CardTitle>
            <CardBody>
              <Costs order={order} />
            </CardBody>
          </Card>
          <Card isFlat>
            <CardTitle component="h2">{t("kontorBillingAddress")}</CardTitle>
            <CardBody>{order.billingAddress ? <AddressText address={order.billingAddress} /> : "\u2014"}</CardBody>
          </Card>
          <Card isFlat>
            <CardTitle component="h2">{t("kontorShippingAddress")}</CardTitle>
            <CardBody>{order.shippingAddress ? <AddressText address={order.shippingAddress} /> : "\u2014"}</CardBody>
          </Card>
          <Card isFlat>
            <CardTitle component="h2">{t("kontorStatusHistory")}</CardTitle>
            <CardBody>
              <List isPlain data-testid="kontor-order-history">
                {order.statusHistory.map((entry, index) => (
                  <ListItem key={index}>
                    <StatusLabel status={entry.status} /> {formatDateTime(entry.at, locale)}
                    {entry.note && <span className="pf-v5-u-display-block pf-v5-u-color-200">{entry.note}</span>}
                  </ListItem>
                ))}
              </List>
            </CardBody>
          </Card>
          <Card isFlat>
            <CardTitle component="h2">{t("kontorShipments")}</CardTitle>
            <CardBody>
              {order.shipments.length === 0 ? (
                <p>{t("kontorNoShipments")}</p>
              ) : (
                <List isPlain data-testid="kontor-order-shipments">
                  {order.shipments.map((shipment) => (
                    <ListItem key={shipment.trackingNumber}>
                      {shipment.carrier} · {formatInstantDate(shipment.shippedAt, locale)} ·{" "}
                      {safeUrl(shipment.trackingUrl) ? (
                        <a href={safeUrl(shipment.trackingUrl)!} target="_blank" rel="noopener noreferrer" data-testid="kontor-tracking-link">
                          {shipment.trackingNumber} <ExternalLinkAltIcon />
                          <span className="pf-v5-screen-reader">{t("kontorOpensInNewWindow")}</span>
                        </a>
                      ) : (
                        shipment.trackingNumber
                      )}
                    </ListItem>
                  ))}
                </List>
              )}
            </CardBody>
          </Card>
          <Card isFlat>
            <CardTitle component="h2">{t("kontorInvoicesTitle")}</CardTitle>
            <CardBody>
              {order.invoices.length === 0 ? (
                <p>{t("kontorInvoicesEmpty")}</p>
              ) : (
                <List isPlain>
                  {order.invoices.map((invoice) => (
                    <ListItem key={invoice.id}>
                      {safeUrl(invoice.documentUrl) ? (
                        <a href={safeUrl(invoice.documentUrl)!} target="_blank" rel="noopener noreferrer">
                          {invoice.number}
                        </a>
                      ) : (
                        invoice.number
                      )}{" "}
                      · {formatMoney(invoice.amount, locale)} <StatusLabel status={invoice.status} />
                    </ListItem>
                  ))}
                </List>
              )}
              {order.returnableUntil && (
                <p className="pf-v5-u-mt-sm pf-v5-u-color-200">
                  {t("kontorReturnableUntil", { date: formatCalendarDate(order.returnableUntil, locale) })}
                </p>
              )}
            </CardBody>
          </Card>
        </Gallery>
      </StackItem>
      <ReorderResultDialog result={result} onClose={() => setResult(null)} />
      <ConfirmDialog
        isOpen={cancelling}
        title={t("kontorCancelOrderTitle", { number: order.number })}
        confirmLabel={t("kontorCancelOrder")}
        testId="kontor-order-cancel-dialog"
        onCancel={() => setCancelling(false)}
        onConfirm={cancel}
      >
        {t("kontorCancelOrderText")}
      </ConfirmDialog>
    </Stack>
  );
}

/** One order (COM-2): lines, costs, addresses, history, tracking, reorder, cancel. */
export default function OrderDetail() {
  const { t } = useTranslation();
  const { orderId = "" } = useParams();
  const order = useLoad((c, signal) => getOrder(c, orderId, { signal }), [orderId]);
  const number = order.state.status === "ready" ? order.state.data.number : "";
  const notFound = order.state.status === "error" && order.state.error instanceof ApiProblem && order.state.error.status === 404;

  return (
    <KontorPage title={number ? t("kontorOrderTitle", { number }) : t("kontorOrder")} testId="kontor-order">
      <Breadcrumb className="pf-v5-u-mb-md">
        <BreadcrumbItem>
          <Link to={PAGE_PATHS.orders}>{t("kontorOrdersTitle")}</Link>
        </BreadcrumbItem>
        <BreadcrumbItem isActive>{number || orderId}</BreadcrumbItem>
      </Breadcrumb>
      {notFound ? (
        <Empty testId="kontor-order-not-found" title={t("kontorOrderNotFound")} />
      ) : (
        <Section state={order.state} testId="kontor-order" onRetry={order.reload}>
          {(data) => <Detail order={data} reload={order.reload} />}
        </Section>
      )}
    </KontorPage>
  );
}
