import {
  Card,
  CardBody,
  CardFooter,
  CardTitle,
  DescriptionList,
  DescriptionListDescription,
  DescriptionListGroup,
  DescriptionListTerm,
  Gallery,
  Label,
  List,
  ListItem,
} from "@patternfly/react-core";
import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";

import { AddressText } from "../components/AddressText";
import { KontorPage } from "../components/KontorPage";
import { PAGE_PATHS } from "../components/links";
import { useLocale } from "../components/locale";
import { Section } from "../components/Section";
import { StatusLabel } from "../components/StatusLabel";
import { useLoad } from "../components/useLoad";
import { listAddresses, listInvoices, listOrders } from "../lib/commerce";
import { formatCalendarDate, formatInstantDate } from "../lib/dates";
import { account, portal } from "../lib/http";
import { formatMoney } from "../lib/money";
import { fetchCredentials, secondFactorState } from "../lib/twoFactor";

type PortalMe = { userId: string; email: string | null; customerNumber: string | null };
type Profile = { firstName?: string; lastName?: string; email?: string };

const EMPTY = "\u2014"; // em dash for values that are not set

function Value({ testId, value }: { testId: string; value?: string | null }) {
  const { t } = useTranslation();
  return value ? (
    <span id={testId} data-testid={testId} className="kontor-value">
      {value}
    </span>
  ) : (
    <span id={testId} data-testid={testId} className="kontor-value kontor-value--empty" aria-label={t("kontorNotSet")}>
      {EMPTY}
    </span>
  );
}

function OpenLink({ to, testId, label }: { to: string; testId: string; label: string }) {
  return (
    <Link to={to} data-testid={testId}>
      {label}
    </Link>
  );
}

/** "Kontoübersicht" (seed 003): contact data, 2FA, default addresses, latest orders, open invoices. */
export default function Overview() {
  const { t } = useTranslation();
  const locale = useLocale();
  const customer = useLoad(async (context, signal) => {
    const [me, profile] = await Promise.all([
      portal<PortalMe>(context, "me", { signal }),
      account<Profile>(context, "", { signal }),
    ]);
    return { me, profile };
  });
  const twoFactor = useLoad((context, signal) => fetchCredentials(context, signal).then(secondFactorState));
  const addresses = useLoad((context, signal) => listAddresses(context, 0, 20, { signal }));
  const orders = useLoad((context, signal) => listOrders(context, {}, null, 3, { signal }));
  const invoices = useLoad(async (context, signal) => {
    // Overdue first: they are the ones to pay now.
    const [overdue, open] = await Promise.all([
      listInvoices(context, "overdue", 0, 5, { signal }),
      listInvoices(context, "open", 0, 5, { signal }),
    ]);
    return [...overdue.items, ...open.items].slice(0, 5);
  });

  return (
    <KontorPage title={t("kontorOverviewTitle")} description={t("kontorOverviewDescription")} testId="kontor-overview-page">
      <div id="kontor-overview" data-testid="kontor-overview" data-state={customer.state.status}>
        <Gallery hasGutter minWidths={{ default: "100%", md: "22rem" }}>
          <Card isFlat className="kontor-card" data-testid="kontor-customer-card">
            <CardTitle component="h2">{t("kontorContactData")}</CardTitle>
            <CardBody>
              <Section state={customer.state} testId="kontor-overview" onRetry={customer.reload}>
                {({ me, profile }) => (
                  <DescriptionList isCompact isHorizontal>
                    <DescriptionListGroup>
                      <DescriptionListTerm>{t("kontorName")}</DescriptionListTerm>
                      <DescriptionListDescription>
                        <Value testId="kontor-name" value={[profile.firstName, profile.lastName].filter(Boolean).join(" ")} />
                      </DescriptionListDescription>
                    </DescriptionListGroup>
                    <DescriptionListGroup>
                      <DescriptionListTerm>{t("kontorEmail")}</DescriptionListTerm>
                      <DescriptionListDescription>
                        <Value testId="kontor-email" value={me.email ?? profile.email} />
                      </DescriptionListDescription>
                    </DescriptionListGroup>
                    <DescriptionListGroup>
                      <DescriptionListTerm>{t("kontorCustomerNumber")}</DescriptionListTerm>
                      <DescriptionListDescription>
                        <Value testId="kontor-customer-number" value={me.customerNumber} />
                        {!me.customerNumber && (
                          <div className="pf-v5-u-color-200 pf-v5-u-font-size-sm" data-testid="kontor-customer-number-hint">
                            {t("kontorCustomerNumberNotSet")}
                          </div>
                        )}
                      </DescriptionListDescription>
                    </DescriptionListGroup>
                  </DescriptionList>
                )}
              </Section>
            </CardBody>
            <CardFooter>
              <OpenLink to={PAGE_PATHS.personalInfo} testId="kontor-link-personal-info" label={t("kontorEditContactData")} />
            </CardFooter>
          </Card>

          <Card isFlat className="kontor-card" data-testid="kontor-2fa-card">
            <CardTitle component="h2">{t("kontorTwoFactor")}</CardTitle>
            <CardBody>
              <Section state={twoFactor.state} testId="kontor-overview-2fa" onRetry={twoFactor.reload}>
                {(state) =>
                  state.methods.length > 0 ? (
                    <Label color="green" data-testid="kontor-overview-2fa-status" data-method={state.methods[0].type}>
                      {t("kontorTwoFactorOnWith", { method: t(`kontorMethod.${state.methods[0].type}`) })}
                    </Label>
                  ) : (
                    <Label color="orange" data-testid="kontor-overview-2fa-status" data-method="none">
                      {t("kontorTwoFactorOff")}
                    </Label>
                  )
                }
              </Section>
            </CardBody>
            <CardFooter>
              <OpenLink to={PAGE_PATHS.twoFactor} testId="kontor-link-two-factor" label={t("kontorManageTwoFactor")} />
            </CardFooter>
          </Card>

          <Card isFlat className="kontor-card" data-testid="kontor-addresses-card">
            <CardTitle component="h2">{t("kontorDefaultAddresses")}</CardTitle>
            <CardBody>
              <Section state={addresses.state} testId="kontor-overview-addresses" onRetry={addresses.reload}>
                {(page) => {
                  const billing = page.items.find((address) => address.defaultBilling);
                  const shipping = page.items.find((address) => address.defaultShipping);
                  if (!billing && !shipping) return <p data-testid="kontor-overview-addresses-empty">{t("kontorAddressesEmpty")}</p>;
                  return (
                    <DescriptionList isCompact>
                      <DescriptionListGroup>
                        <DescriptionListTerm>{t("kontorDefaultBilling")}</DescriptionListTerm>
                        <DescriptionListDescription>
                          {billing ? <AddressText address={billing} testId="kontor-overview-billing" /> : EMPTY}
                        </DescriptionListDescription>
                      </DescriptionListGroup>
                      <DescriptionListGroup>
                        <DescriptionListTerm>{t("kontorDefaultShipping")}</DescriptionListTerm>
                        <DescriptionListDescription>
                          {shipping ? <AddressText address={shipping} testId="kontor-overview-shipping" /> : EMPTY}
                        </DescriptionListDescription>
                      </DescriptionListGroup>
                    </DescriptionList>
                  );
                }}
              </Section>
            </CardBody>
            <CardFooter>
              <OpenLink to={PAGE_PATHS.addresses} testId="kontor-link-addresses" label={t("kontorManageAddresses")} />
            </CardFooter>
          </Card>

          <Card isFlat className="kontor-card" data-testid="kontor-orders-card">
            <CardTitle component="h2">{t("kontorLatestOrders")}</CardTitle>
            <CardBody>
              <Section state={orders.state} testId="kontor-overview-orders" onRetry={orders.reload}>
                {(page) =>
                  page.items.length === 0 ? (
                    <p data-testid="kontor-overview-orders-empty">{t("kontorOrdersEmpty")}</p>
                  ) : (
                    <List isPlain isBordered>
                      {page.items.map((order) => (
                        <ListItem key={order.id}>
                          <Link to={PAGE_PATHS.order(order.id)}>{order.number}</Link> · {formatInstantDate(order.placedAt, locale)} ·{" "}
                          {formatMoney(order.total, locale)} <StatusLabel status={order.status} />
                        </ListItem>
                      ))}
                    </List>
                  )
                }
              </Section>
            </CardBody>
            <CardFooter>
              <OpenLink to={PAGE_PATHS.orders} testId="kontor-link-orders" label={t("kontorAllOrders")} />
            </CardFooter>
          </Card>

          <Card isFlat className="kontor-card" data-testid="kontor-invoices-card">
            <CardTitle component="h2">{t("kontorOpenInvoices")}</CardTitle>
            <CardBody>
              <Section state={invoices.state} testId="kontor-overview-invoices" onRetry={invoices.reload}>
                {(items) =>
                  items.length === 0 ? (
                    <p data-testid="kontor-overview-invoices-empty">{t("kontorInvoicesNoneOpen")}</p>
                  ) : (
                    <List isPlain isBordered>
                      {items.map((invoice) => (
                        <ListItem key={invoice.id}>
                          {invoice.number} · {formatMoney(invoice.amount, locale)} ·{" "}
                          {t("kontorDueOn", { date: formatCalendarDate(invoice.dueOn, locale) })} <StatusLabel status={invoice.status} />
                        </ListItem>
                      ))}
                    </List>
                  )
                }
              </Section>
            </CardBody>
            <CardFooter>
              <OpenLink to={PAGE_PATHS.invoices} testId="kontor-link-invoices" label={t("kontorAllInvoices")} />
            </CardFooter>
          </Card>
        </Gallery>
      </div>
    </KontorPage>
  );
}
