import { Alert, AlertActionLink } from "@patternfly/react-core";
import { useTranslation } from "react-i18next";

import { ApiProblem } from "../lib/problem";

/** Message key for a problem code; unknown codes fall back to the API's own detail text. */
export function problemMessage(t: (key: string, options?: Record<string, unknown>) => string, error: unknown): string {
  if (!(error instanceof ApiProblem)) return t("kontorErrorNetwork");
  const key = `kontorProblem.${error.code}`;
  const translated = t(key);
  if (translated !== key) return translated;
  if (error.detail) return error.detail;
  if (error.status === 0) return t("kontorErrorNetwork");
  return t("kontorErrorStatus", { status: error.status });
}

/** An inline error alert built from the API's problem JSON (`detail`, `code`, field `errors`). */
export function ProblemAlert({
  error,
  title,
  testId = "kontor-error",
  onRetry,
}: {
  error: unknown;
  title?: string;
  testId?: string;
  onRetry?: () => void;
}) {
  const { t } = useTranslation();
  const fieldErrors = error instanceof ApiProblem ? error.errors : [];
  return (
    <Alert
      variant="danger"
      isInline
      data-testid={testId}
      data-code={error instanceof ApiProblem ? error.code : "network_error"}
      title={title ?? t("kontorErrorTitle")}
      actionLinks={onRetry && <AlertActionLink onClick={onRetry}>{t("kontorRetry")}</AlertActionLink>}
    >
      <p>{problemMessage(t, error)}</p>
      {fieldErrors.length > 0 && (
        <ul>
          {fieldErrors.map((fieldError) => (
            <li key={`${fieldError.field}-${fieldError.code}`}>
              {t(`kontorField.${fieldError.field}`, { defaultValue: fieldError.field })}:{" "}
              {t(`kontorFieldError.${fieldError.code}`, { defaultValue: fieldError.message ?? fieldError.code })}
            </li>
          ))}
        </ul>
      )}
    </Alert>
  );
}
