import { useAccess, useRealm, ViewHeader } from "@keycloak/keycloak-admin-ui";
import {
  Alert,
  Button,
  DescriptionList,
  DescriptionListDescription,
  DescriptionListGroup,
  DescriptionListTerm,
  List,
  ListItem,
  PageSection,
  Title,
  Toolbar,
  ToolbarContent,
  ToolbarItem,
} from "@patternfly/react-core";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate, useParams } from "react-router-dom";

import { ConfirmDialog } from "../components/ConfirmDialog";
import { type CustomerDetails as Details, ProblemError, useCustomersApi } from "./api";
import { CustomerForm } from "./CustomerForm";
import { errorText } from "./messages";

/** One customer: number, name, kind, times and the logins linked to the number. */
export default function CustomerDetails() {
  const { t, i18n } = useTranslation();
  const { realm } = useRealm();
  const { hasAccess } = useAccess();
  const canManage = hasAccess("manage-users");
  const { customerNumber = "" } = useParams();
  const api = useCustomersApi();
  const navigate = useNavigate();
  const [customer, setCustomer] = useState<Details>();
  const [error, setError] = useState<string>();
  const [dialog, setDialog] = useState<"edit" | "delete">();
  const [deleting, setDeleting] = useState(false);
  const [reload, setReload] = useState(0);

  const listPath = `/${encodeURIComponent(realm)}/customers`;

  useEffect(() => {
    let current = true;
    api
      .get(customerNumber)
      .then((result) => current && (setCustomer(result), setError(undefined)))
      .catch((e: ProblemError) => current && setError(errorText(t, { code: e.code, message: e.message })));
    return () => {
      current = false;
    };
  }, [api, customerNumber, reload, t]);

  const remove = async () => {
    setDeleting(true);
    try {
      await api.remove(customerNumber);
      navigate(listPath);
    } catch (e) {
      const problem = e as ProblemError;
      setError(errorText(t, { code: problem.code, message: problem.message }));
      setDialog(undefined);
    } finally {
      setDeleting(false);
    }
  };

  const date = (millis?: number) =>
    millis ? new Intl.DateTimeFormat(i18n.language, { dateStyle: "medium", timeStyle: "short" }).format(millis) : "–";

  return (
    <>
      <ViewHeader titleKey={customer ? `${customer.customerNumber} · ${customer.name}` : customerNumber} noTranslate divider />
      <PageSection variant="light">
        <p className="pf-v5-u-mb-md">
          <Link to={listPath} data-testid="kontor-customers-back">
            {t("kontorBackToCustomers")}
          </Link>
        </p>
        {error && <Alert variant="danger" isInline title={error} data-testid="kontor-customer-error" />}
        {!customer && !error && <div data-testid="kontor-customer-loading">{t("kontorLoading")}</div>}
        {customer && (
          <>
            {canManage && (
              <Toolbar className="pf-v5-u-p-0">
                <ToolbarContent className="pf-v5-u-p-0">
                  <ToolbarItem>
                    <Button data-testid="kontor-customer-edit" onClick={() => setDialog("edit")}>
                      {t("kontorEditCustomer")}
                    </Button>
                  </ToolbarItem>
                  <ToolbarItem>
                    <Button variant="danger" data-testid="kontor-customer-delete" onClick={() => setDialog("delete")}>
                      {t("kontorDeleteCustomer")}
                    </Button>
                  </ToolbarItem>
                </ToolbarContent>
              </Toolbar>
            )}
            <DescriptionList isHorizontal className="pf-v5-u-mt-md" data-testid="kontor-customer-details">
              <DescriptionListGroup>
                <DescriptionListTerm>{t("kontorCustomerNumber")}</DescriptionListTerm>
                <DescriptionListDescription data-testid="kontor-customer-number-value">{customer.customerNumber}</DescriptionListDescription>
              </DescriptionListGroup>
              <DescriptionListGroup>
                <DescriptionListTerm>{t("kontorCustomerName")}</DescriptionListTerm>
                <DescriptionListDescription data-testid="kontor-customer-name-value">{customer.name}</DescriptionListDescription>
              </DescriptionListGroup>
              <DescriptionListGroup>
                <DescriptionListTerm>{t("kontorCustomerKind")}</DescriptionListTerm>
                <DescriptionListDescription data-testid="kontor-customer-kind-value" data-kind={customer.type}>
                  {t(`kontorKind_${customer.type}`)}
                </DescriptionListDescription>
              </DescriptionListGroup>
              <DescriptionListGroup>
                <DescriptionListTerm>{t("kontorCreatedAt")}</DescriptionListTerm>
                <DescriptionListDescription>{date(customer.createdAt)}</DescriptionListDescription>
              </DescriptionListGroup>
              <DescriptionListGroup>
                <DescriptionListTerm>{t("kontorUpdatedAt")}</DescriptionListTerm>
                <DescriptionListDescription>{date(customer.updatedAt)}</DescriptionListDescription>
              </DescriptionListGroup>
            </DescriptionList>
            <Title headingLevel="h2" size="lg" className="pf-v5-u-mt-xl pf-v5-u-mb-sm">
              {t("kontorCustomerLogins")}
            </Title>
            {customer.logins.length === 0 ? (
              <p data-testid="kontor-customer-no-logins">{t("kontorCustomerNoLogins")}</p>
            ) : (
              <List data-testid="kontor-customer-logins">
                {customer.logins.map((login) => (
                  <ListItem key={login.id}>
                    <Link to={`/${encodeURIComponent(realm)}/users/${login.id}/settings`} data-testid="kontor-customer-login">
                      {login.username}
                    </Link>
                  </ListItem>
                ))}
              </List>
            )}
          </>
        )}
      </PageSection>
      {dialog === "edit" && customer && (
        <CustomerForm
          customer={customer}
          onClose={() => setDialog(undefined)}
          onSaved={() => {
            setDialog(undefined);
            setReload((n) => n + 1);
          }}
        />
      )}
      {dialog === "delete" && customer && (
        <ConfirmDialog
          testId="kontor-delete"
          title={t("kontorDeleteCustomerTitle", { customerNumber: customer.customerNumber })}
          confirmLabel={t("kontorDelete")}
          busy={deleting}
          onConfirm={remove}
          onCancel={() => setDialog(undefined)}
        >
          {t(customer.logins.length > 0 ? "kontorDeleteCustomerWithLogins" : "kontorDeleteCustomerText", {
            count: customer.logins.length,
          })}
        </ConfirmDialog>
      )}
    </>
  );
}
