import {
  Alert,
  Button,
  Form,
  FormGroup,
  FormHelperText,
  HelperText,
  HelperTextItem,
  Modal,
  ModalVariant,
  TextArea,
  TextInput,
} from "@patternfly/react-core";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";

import { ProblemError } from "../customers/api";
import { errorText } from "../customers/messages";
import { refundAmount, type Return, type ReturnAction, useReturnsApi } from "./api";

type Props = {
  ret: Return;
  action: ReturnAction;
  onClose: () => void;
  onDone: (moved: Return) => void;
};

/** The server's codes this dialog has its own words for (ReturnTransitions, AdminReturnsResource). */
const CODES = new Set(["refund_exceeds_paid", "already_refunded", "invalid_transition", "order_busy"]);

/**
 * Confirms one move of a return, with the shop's note (shown to the customer) and, for a
 * refund, the amount. The server caps a refund at what the order's total leaves after its other
 * refunds and says so (refund_exceeds_paid); that message is shown here and nothing changes.
 */
export function ReturnActionDialog({ ret, action, onClose, onDone }: Props) {
  const { t } = useTranslation();
  const api = useReturnsApi();
  const [note, setNote] = useState("");
  const [amount, setAmount] = useState("");
  const [amountError, setAmountError] = useState<string>();
  const [failure, setFailure] = useState<string>();
  const [busy, setBusy] = useState(false);

  const submit = async (event?: FormEvent) => {
    event?.preventDefault();
    setFailure(undefined);
    setAmountError(undefined);
    let value: string | null = null;
    if (action === "refund") {
      value = refundAmount(amount);
      if (value === null) {
        setAmountError(t("kontorRefundAmountInvalid"));
        return;
      }
    }
    setBusy(true);
    try {
      const moved =
        action === "approve"
          ? await api.decide(ret.id, "approved", note)
          : action === "reject"
            ? await api.decide(ret.id, "rejected", note)
            : action === "receive"
              ? await api.receive(ret.id, note)
              : await api.refund(ret.id, value!, note);
      onDone(moved);
    } catch (e) {
      const problem = e as ProblemError;
      setFailure(
        problem.code && CODES.has(problem.code)
          ? t(`kontorReturnError_${problem.code}`)
          : errorText(t, { code: problem.code, message: problem.message }),
      );
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      variant={ModalVariant.small}
      title={t(`kontorReturnConfirm_${action}`, { number: ret.number })}
      isOpen
      onClose={onClose}
      data-testid="kontor-return-dialog"
      actions={[
        <Button
          key="confirm"
          variant={action === "reject" ? "danger" : "primary"}
          data-testid="kontor-return-confirm"
          isLoading={busy}
          isDisabled={busy}
          onClick={() => submit()}
        >
          {t(`kontorReturnAction_${action}`)}
        </Button>,
        <Button key="cancel" variant="link" data-testid="kontor-return-cancel" onClick={onClose}>
          {t("kontorCancel")}
        </Button>,
      ]}
    >
      {failure && <Alert variant="danger" isInline title={failure} data-testid="kontor-return-failure" />}
      <Form id="kontor-return-form" onSubmit={submit}>
        {action === "refund" && (
          <FormGroup label={t("kontorAmount")} fieldId="kontor-refund-amount" isRequired>
            <TextInput
              id="kontor-refund-amount"
              data-testid="kontor-refund-amount"
              inputMode="decimal"
              value={amount}
              validated={amountError ? "error" : "default"}
              onChange={(_, value) => setAmount(value)}
            />
            <FormHelperText>
              <HelperText>
                {amountError ? (
                  <HelperTextItem variant="error" data-testid="kontor-refund-amount-error">
                    {amountError}
                  </HelperTextItem>
                ) : (
                  <HelperTextItem>{t("kontorRefundAmountHelp")}</HelperTextItem>
                )}
              </HelperText>
            </FormHelperText>
          </FormGroup>
        )}
        <FormGroup label={t("kontorNote")} fieldId="kontor-return-note">
          <TextArea
            id="kontor-return-note"
            data-testid="kontor-return-note"
            value={note}
            maxLength={500}
            onChange={(_, value) => setNote(value)}
          />
          <FormHelperText>
            <HelperText>
              <HelperTextItem>{t("kontorReturnNoteHelp")}</HelperTextItem>
            </HelperText>
          </FormHelperText>
        </FormGroup>
      </Form>
    </Modal>
  );
}
