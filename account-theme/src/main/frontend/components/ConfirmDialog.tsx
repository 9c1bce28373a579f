import { Button, Modal, ModalVariant } from "@patternfly/react-core";
import { useState, type ReactNode } from "react";
import { useTranslation } from "react-i18next";

/** A confirmation modal (focus-trapped, Escape cancels) in front of a destructive action. */
export function ConfirmDialog({
  title,
  children,
  confirmLabel,
  isOpen,
  onConfirm,
  onCancel,
  testId,
  danger = true,
}: {
  title: string;
  children: ReactNode;
  confirmLabel: string;
  isOpen: boolean;
  onConfirm: () => Promise<void> | void;
  onCancel: () => void;
  testId: string;
  danger?: boolean;
}) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  return (
    <Modal
      variant={ModalVariant.small}
      title={title}
      isOpen={isOpen}
      onClose={onCancel}
      data-testid={testId}
      actions={[
        <Button
          key="confirm"
          variant={danger ? "danger" : "primary"}
          data-testid={`${testId}-confirm`}
          isLoading={busy}
          isDisabled={busy}
          onClick={async () => {
            setBusy(true);
            try {
              await onConfirm();
            } finally {
              setBusy(false);
            }
          }}
        >
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
