import type { AccountEnvironment } from "@keycloak/keycloak-account-ui";
import { useEnvironment } from "@keycloak/keycloak-ui-shared";
import {
  Alert,
  DescriptionList,
  DescriptionListDescription,
  DescriptionListGroup,
  DescriptionListTerm,
  FormGroup,
  FormSelect,
  FormSelectOption,
  List,
  ListItem,
  NumberInput,
  Radio,
  TextArea,
  Wizard,
  WizardHeader,
  WizardStep,
} from "@patternfly/react-core";
import { Table, Tbody, Td, Th, Thead, Tr } from "@patternfly/react-table";
import { useState } from "react";
import { useTranslation } from "react-i18next";

import { useLocale } from "../components/locale";
import { ProblemAlert } from "../components/ProblemAlert";
import { Section } from "../components/Section";
import { useLoad } from "../components/useLoad";
import { createReturn, getOrder, listOrders, listReturnReasons, type OrderDetail, type ReturnRequest } from "../lib/commerce";
import { formatInstantDate } from "../lib/dates";
import { formatMoney, multiply, sum } from "../lib/money";
import { clampQuantity, isReturnWindowOpen, returnLines } from "../lib/returns";

/**
 * "Request a return" (COM-3): order → lines and quantities (never above what is returnable) →
 * reason → confirm. The API checks again and answers quantity_exceeded / return_not_allowed.
 */
export function ReturnWizard({
  initialOrderId,
  onClose,
  onCreated,
}: {
  initialOrderId?: string;
  onClose: () => void;
  onCreated: (created: ReturnRequest) => void;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const context = useEnvironment<AccountEnvironment>();
  const [orderId, setOrderId] = useState(initialOrderId ?? "");
  const [quantities, setQuantities] = useState<Record<string, number>>({});
  const [reason, setReason] = useState("");
  const [comment, setComment] = useState("");
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);

  // Only delivered orders can be returned (the API answers return_not_allowed otherwise);
  // the detail tells whether the window is still open and what is still returnable.
  const orders = useLoad(async (c, signal) => (await listOrders(c, { status: "delivered" }, null, 50, { signal })).items);
  const order = useLoad<OrderDetail | null>((c, signal) => (orderId ? getOrder(c, orderId, { signal }) : Promise.resolve(null)), [orderId]);
  const reasons = useLoad((c, signal) => listReturnReasons(c, { signal }));

  const loaded = order.state.status === "ready" ? order.state.data : null;
  const windowClosed = loaded !== null && !isReturnWindowOpen(loaded.returnableUntil);
  const detail = windowClosed ? null : loaded;
  const selected = detail ? returnLines(detail.lines, quantities) : [];
  const refundEstimate =
    detail && selected.length > 0
      ? sum(selected.map((line) => multiply(detail.lines.find((l) => l.id === line.orderLineId)!.unitPrice, line.quantity)))
      : null;

  const submit = async () => {
    if (!detail) return;
    setBusy(true);
    setError(undefined);
    try {
      onCreated(await createReturn(context, { orderId: detail.id, reason, comment: comment.trim() || null, lines: selected }));
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Wizard
      header={<WizardHeader title={t("kontorRequestReturn")} onClose={onClose} closeButtonAriaLabel={t("kontorClose")} />}
      onClose={onClose}
      onSave={submit}
      height={520}
      data-testid="kontor-return-wizard"
    >
      <WizardStep name={t("kontorReturnStepOrder")} id="kontor-return-order" footer={{ isNextDisabled: !detail, nextButtonText: t("kontorNext"), backButtonText: t("kontorBack"), cancelButtonText: t("kontorCancel") }}>
        <Section state={orders.state} testId="kontor-return-orders">
          {(items) =>
            items.length === 0 && !initialOrderId ? (
              <p data-testid="kontor-return-no-orders">{t("kontorReturnNoOrders")}</p>
            ) : (
              <FormGroup label={t("kontorOrder")} fieldId="kontor-return-order-select" isRequired>
                <FormSelect
                  id="kontor-return-order-select"
                  value={orderId}
                  onChange={(_event, value) => {
                    setOrderId(value);
                    setQuantities({});
                  }}
                  data-testid="kontor-return-order-select"
                >
                  <FormSelectOption value="" label={t("kontorChooseOrder")} isPlaceholder />
                  {initialOrderId && !items.some((item) => item.id === initialOrderId) && (
                    <FormSelectOption value={initialOrderId} label={loaded?.number ?? initialOrderId} />
                  )}
                  {items.map((item) => (
                    <FormSelectOption key={item.id} value={item.id} label={`${item.number} · ${formatInstantDate(item.placedAt, locale)}`} />
                  ))}
                </FormSelect>
              </FormGroup>
            )
          }
        </Section>
        {orderId && order.state.status === "error" && <ProblemAlert error={order.state.error} />}
        {windowClosed && (
          <Alert variant="warning" isInline isPlain className="pf-v5-u-mt-md" title={t("kontorReturnWindowClosed")} data-testid="kontor-return-window-closed" />
        )}
      </WizardStep>
      <WizardStep
        name={t("kontorReturnStepLines")}
        id="kontor-return-lines"
        isDisabled={!detail}
        footer={{ isNextDisabled: selected.length === 0, nextButtonText: t("kontorNext"), backButtonText: t("kontorBack"), cancelButtonText: t("kontorCancel") }}
      >
        {detail && (
          <Table aria-label={t("kontorReturnStepLines")} variant="compact" gridBreakPoint="grid-md">
            <Thead>
              <Tr>
                <Th>{t("kontorProduct")}</Th>
                <Th>{t("kontorReturnable")}</Th>
                <Th>{t("kontorQuantity")}</Th>
              </Tr>
            </Thead>
            <Tbody>
              {detail.lines.map((line) => {
                const value = quantities[line.id] ?? 0;
                const setQuantity = (next: number | string) =>
                  setQuantities((previous) => ({ ...previous, [line.id]: clampQuantity(next, line.returnableQuantity) }));
                return (
                  <Tr key={line.id} data-testid="kontor-return-line">
                    <Td dataLabel={t("kontorProduct")}>
                      {line.name} <span className="pf-v5-u-color-200">({line.sku})</span>
                    </Td>
                    <Td dataLabel={t("kontorReturnable")}>{line.returnableQuantity}</Td>
                    <Td dataLabel={t("kontorQuantity")}>
                      <NumberInput
                        value={value}
                        min={0}
                        max={line.returnableQuantity}
                        isDisabled={line.returnableQuantity === 0}
                        onMinus={() => setQuantity(value - 1)}
                        onPlus={() => setQuantity(value + 1)}
                        onChange={(event) => setQuantity((event.target as HTMLInputElement).value)}
                        inputName={`quantity-${line.id}`}
                        inputAriaLabel={t("kontorQuantityOf", { name: line.name })}
                        minusBtnAriaLabel={t("kontorLess")}
                        plusBtnAriaLabel={t("kontorMore")}
                        data-testid="kontor-return-quantity"
                      />
                    </Td>
                  </Tr>
                );
              })}
            </Tbody>
          </Table>
        )}
      </WizardStep>
      <WizardStep
        name={t("kontorReturnStepReason")}
        id="kontor-return-reason"
        isDisabled={selected.length === 0}
        footer={{ isNextDisabled: !reason, nextButtonText: t("kontorNext"), backButtonText: t("kontorBack"), cancelButtonText: t("kontorCancel") }}
      >
        <Section state={reasons.state} testId="kontor-return-reasons">
          {(items) => (
            <FormGroup role="radiogroup" isStack label={t("kontorReturnReason")} fieldId="kontor-return-reason" isRequired>
              {items.map(({ code }) => (
                <Radio
                  key={code}
                  id={`kontor-return-reason-${code}`}
                  name="kontor-return-reason"
                  label={t(`kontorReturnReason.${code}`, { defaultValue: code })}
                  isChecked={reason === code}
                  onChange={() => setReason(code)}
                />
              ))}
            </FormGroup>
          )}
        </Section>
        <FormGroup label={t("kontorComment")} fieldId="kontor-return-comment" className="pf-v5-u-mt-md">
          <TextArea id="kontor-return-comment" value={comment} maxLength={1000} onChange={(_event, value) => setComment(value)} resizeOrientation="vertical" />
        </FormGroup>
      </WizardStep>
      <WizardStep
        name={t("kontorReturnStepConfirm")}
        id="kontor-return-confirm"
        isDisabled={!reason || selected.length === 0}
        footer={{ nextButtonText: t("kontorSubmitReturn"), isNextDisabled: busy, backButtonText: t("kontorBack"), cancelButtonText: t("kontorCancel") }}
      >
        {error !== undefined && <ProblemAlert error={error} testId="kontor-return-error" />}
        {detail && (
          <DescriptionList isHorizontal isCompact data-testid="kontor-return-summary">
            <DescriptionListGroup>
              <DescriptionListTerm>{t("kontorOrder")}</DescriptionListTerm>
              <DescriptionListDescription>{detail.number}</DescriptionListDescription>
            </DescriptionListGroup>
            <DescriptionListGroup>
              <DescriptionListTerm>{t("kontorReturnStepLines")}</DescriptionListTerm>
              <DescriptionListDescription>
                <List isPlain>
                  {selected.map((line) => (
                    <ListItem key={line.orderLineId}>
                      {line.quantity} × {detail.lines.find((l) => l.id === line.orderLineId)?.name}
                    </ListItem>
                  ))}
                </List>
              </DescriptionListDescription>
            </DescriptionListGroup>
            <DescriptionListGroup>
              <DescriptionListTerm>{t("kontorReturnReason")}</DescriptionListTerm>
              <DescriptionListDescription>{t(`kontorReturnReason.${reason}`, { defaultValue: reason })}</DescriptionListDescription>
            </DescriptionListGroup>
            {refundEstimate && (
              <DescriptionListGroup>
                <DescriptionListTerm>{t("kontorGoodsValue")}</DescriptionListTerm>
                <DescriptionListDescription>{formatMoney(refundEstimate, locale)}</DescriptionListDescription>
              </DescriptionListGroup>
            )}
          </DescriptionList>
        )}
        <Alert variant="info" isInline isPlain className="pf-v5-u-mt-md" title={t("kontorReturnConfirmHint")} />
      </WizardStep>
    </Wizard>
  );
}
