import { Skeleton } from "@patternfly/react-core";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";

import { isUnavailable } from "../lib/problem";
import type { LoadState } from "./useLoad";
import { ProblemAlert } from "./ProblemAlert";

/**
 * Renders one load state: a skeleton while loading, a quiet note when the endpoint does not exist
 * on this server (the commerce back end is optional), an error alert from the problem JSON, or
 * the content.
 */
export function Section<T>({
  state,
  testId,
  onRetry,
  children,
}: {
  state: LoadState<T>;
  testId: string;
  onRetry?: () => void;
  children: (data: T) => ReactNode;
}) {
  const { t } = useTranslation();
  if (state.status === "loading") {
    return (
      <div data-testid={`${testId}-loading`}>
        <Skeleton width="80%" screenreaderText={t("kontorLoadingPage")} />
        <Skeleton width="60%" className="pf-v5-u-mt-sm" />
      </div>
    );
  }
  if (state.status === "error") {
    if (isUnavailable(state.error)) {
      return (
        <p className="pf-v5-u-color-200" data-testid={`${testId}-unavailable`}>
          {t("kontorUnavailable")}
        </p>
      );
    }
    return <ProblemAlert error={state.error} testId={`${testId}-error`} onRetry={onRetry} />;
  }
  return <>{children(state.data)}</>;
}
