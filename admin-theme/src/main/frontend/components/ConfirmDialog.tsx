import { Button, Modal, ModalVariant } from "@patternfly/react-core";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";

type Props = {
  /** Prefix of the test ids: {prefix}-dialog, -confirm, -cancel. */
  testId: string;
  title: string;
  children: ReactNode;
  confirmLabel: string;
  busy: boolean;
  onConfirm: () => void;
  onCancel: () => void;
};

/** "Are you sure?" before a change that cannot be undone: a danger button and Cancel. */
export function ConfirmDialog({ testId, title, children, confirmLabel, busy, onConfirm, onCancel }: Props) {
  const { t } = useTranslation();
  return (
    <Modal
      variant={ModalVariant.small}
      titleIconVariant="warning"
      title={title}
      isOpen
      onClose={onCancel}
      data-testid={`${testId}-dialog`}
      actions={[
        <Button key="confirm" variant="danger" data-testid={`${testId}-confirm`} isLoading={busy} isDisabled={busy} onClick={onConfirm}>
          {confirmLabel}
        </Button>,
        <Button key="cancel" variant="link" data-testid={`${testId}-cancel`} onClick={onCancel}>
          {t("kontorCancel")}
        </Button>,
      ]}
    >
      {children}
    </Modal>
  );
}
