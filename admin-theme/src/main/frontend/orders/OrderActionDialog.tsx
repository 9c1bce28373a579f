import {
  Alert,
  Button,
  Form,
  FormGroup,
  FormSelect,
  FormSelectOption,
  Modal,
  ModalVariant,
  TextArea,
  TextInput,
} from "@patternfly/react-core";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";

import { fieldErrors, errorText } from "../customers/messages";
import type { ProblemError } from "../customers/api";
import { type AdminOrder, nextStatuses, type OrderStatus, useOrdersApi } from "./api";

export type OrderAction = { kind: "status" } | { kind: "shipment" } | { kind: "invoice" } | { kind: "payment"; invoiceNumber: string };

type Props = { order: AdminOrder; action: OrderAction; onClose: () => void; onDone: (message: string) => void };

/**
 * Confirms one change of an order through the back-end API (the same calls a shop's ERP makes,
 * with the same rules and admin events): a status move, a shipment, an invoice, a payment. The
 * server's field errors are shown at the fields.
 */
export function OrderActionDialog({ order, action, onClose, onDone }: Props) {
  const { t } = useTranslation();
  const api = useOrdersApi();
  const today = new Date().toISOString().slice(0, 10);
  const [values, setValues] = useState<Record<string, string>>({
    status: nextStatuses(order.status)[0] ?? "",
    note: "",
    carrier: "",
    trackingNumber: "",
    trackingUrl: "",
    invoiceNumber: "",
    amount: order.costs.total.amount,
    issuedOn: today,
    dueOn: today,
    documentUrl: "",
  });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string>();
  const [busy, setBusy] = useState(false);
  const set = (name: string) => (_: unknown, value: string) => setValues((v) => ({ ...v, [name]: value }));

  const submit = async (event?: FormEvent) => {
    event?.preventDefault();
    setBusy(true);
    setErrors({});
    setFailure(undefined);
    try {
      if (action.kind === "status") {
        await api.status(order.number, values.status as OrderStatus, values.note);
        onDone(t("kontorOrderStatusChanged", { status: t(`kontorOrderStatus_${values.status}`) }));
      } else if (action.kind === "shipment") {
        await api.shipment(order.number, { carrier: values.carrier, trackingNumber: values.trackingNumber, trackingUrl: values.trackingUrl });
        onDone(t("kontorShipmentAdded"));
      } else if (action.kind === "invoice") {
        if (values.invoiceNumber.trim() === "") {
          setErrors({ invoiceNumber: t("kontorRequired") });
          return;
        }
        await api.invoice(order.number, values.invoiceNumber, {
          amount: values.amount.replace(",", "."),
          issuedOn: values.issuedOn,
          dueOn: values.dueOn,
          documentUrl: values.documentUrl,
        });
        onDone(t("kontorInvoiceRecorded"));
      } else {
        await api.payment(order.number, action.invoiceNumber);
        onDone(t("kontorInvoicePaid"));
      }
    } catch (e) {
      const problem = e as ProblemError;
      if (problem.errors?.length) setErrors(fieldErrors(t, problem.errors));
      else setFailure(errorText(t, { code: problem.code, message: problem.message }));
    } finally {
      setBusy(false);
    }
  };

  const text = (name: string, label: string, props: { type?: "date" | "url"; isRequired?: boolean } = {}) => (
    <FormGroup label={label} fieldId={`kontor-order-${name}`} isRequired={props.isRequired}>
      <TextInput id={`kontor-order-${name}`} data-testid={`kontor-order-${name}`} type={props.type} value={values[name]}
        validated={errors[name] ? "error" : "default"} onChange={set(name)} />
      {errors[name] && (
        <div className="pf-v5-c-helper-text">
          <div className="pf-v5-c-helper-text__item pf-m-error" data-testid={`kontor-order-${name}-error`}>
            {errors[name]}
          </div>
        </div>
      )}
    </FormGroup>
  );

  const title =
    action.kind === "payment" ? t("kontorMarkPaidTitle", { invoice: action.invoiceNumber }) : t(`kontorOrderAction_${action.kind}`, { number: order.number });

  return (
    <Modal
      variant={ModalVariant.small}
      title={title}
      isOpen
      onClose={onClose}
      data-testid="kontor-order-dialog"
      actions={[
        <Button key="confirm" data-testid="kontor-order-confirm" isLoading={busy} isDisabled={busy} onClick={() => submit()}>
          {t("kontorConfirm")}
        </Button>,
        <Button key="cancel" variant="link" data-testid="kontor-order-cancel" onClick={onClose}>
          {t("kontorCancel")}
        </Button>,
      ]}
    >
      {failure && <Alert variant="danger" isInline title={failure} data-testid="kontor-order-dialog-failure" />}
      <Form id="kontor-order-form" onSubmit={submit}>
        {action.kind === "status" && (
          <>
            <FormGroup label={t("kontorNewStatus")} fieldId="kontor-order-status-select">
              <FormSelect id="kontor-order-status-select" data-testid="kontor-order-status-select" value={values.status} onChange={set("status")}>
                {nextStatuses(order.status).map((s) => (
                  <FormSelectOption key={s} value={s} label={t(`kontorOrderStatus_${s}`)} />
                ))}
              </FormSelect>
            </FormGroup>
            <FormGroup label={t("kontorNote")} fieldId="kontor-order-note">
              <TextArea id="kontor-order-note" data-testid="kontor-order-note" value={values.note} maxLength={500} onChange={set("note")} />
            </FormGroup>
          </>
        )}
        {action.kind === "shipment" && (
          <>
            {text("carrier", t("kontorCarrier"), { isRequired: true })}
            {text("trackingNumber", t("kontorTrackingNumber"), { isRequired: true })}
            {text("trackingUrl", t("kontorTrackingUrl"), { type: "url" })}
          </>
        )}
        {action.kind === "invoice" && (
          <>
            {text("invoiceNumber", t("kontorInvoiceNumber"), { isRequired: true })}
            {text("amount", t("kontorAmount"), { isRequired: true })}
            {text("issuedOn", t("kontorIssuedOn"), { type: "date", isRequired: true })}
            {text("dueOn", t("kontorDueOn"), { type: "date", isRequired: true })}
            {text("documentUrl", t("kontorDocumentUrl"), { type: "url" })}
          </>
        )}
        {action.kind === "payment" && <p>{t("kontorMarkPaidBody", { invoice: action.invoiceNumber })}</p>}
      </Form>
    </Modal>
  );
}
