import { Label, type LabelProps } from "@patternfly/react-core";
import { useTranslation } from "react-i18next";

const COLORS: Record<string, LabelProps["color"]> = {
  placed: "blue", processing: "cyan", shipped: "purple", delivered: "green", cancelled: "grey",
  requested: "blue", approved: "green", rejected: "red", received: "cyan", refunded: "green",
  open: "orange", paid: "green", overdue: "red",
};

/** A status badge: colour per status, text translated (`kontorStatus.<status>`). */
export function StatusLabel({ status, testId }: { status: string; testId?: string }) {
  const { t } = useTranslation();
  return (
    <Label color={COLORS[status] ?? "grey"} data-testid={testId} data-status={status}>
      {t(`kontorStatus.${status}`, { defaultValue: status })}
    </Label>
  );
}
