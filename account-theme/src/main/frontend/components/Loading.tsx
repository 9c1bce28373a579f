import { Bullseye, EmptyState, EmptyStateBody, EmptyStateHeader, EmptyStateIcon, Spinner } from "@patternfly/react-core";
import { CubesIcon } from "@patternfly/react-icons";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";

export function Loading({ testId = "kontor-loading" }: { testId?: string }) {
  const { t } = useTranslation();
  return (
    <Bullseye data-testid={testId} className="pf-v5-u-p-lg">
      <Spinner size="lg" aria-label={t("kontorLoadingPage")} />
    </Bullseye>
  );
}

export function Empty({ title, body, testId, children }: { title: string; body?: string; testId: string; children?: ReactNode }) {
  return (
    <EmptyState variant="sm" data-testid={testId}>
      <EmptyStateHeader titleText={title} headingLevel="h2" icon={<EmptyStateIcon icon={CubesIcon} />} />
      {body && <EmptyStateBody>{body}</EmptyStateBody>}
      {children}
    </EmptyState>
  );
}
