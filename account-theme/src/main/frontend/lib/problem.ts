/**
 * Errors of the portal REST API: RFC 9457 problem documents with a stable `code`
 * (see docs/commerce-api.md, "Errors"). Anything else (HTML error page, network
 * failure) becomes a problem with code "network_error" or "http_<status>".
 */
export type FieldError = { field: string; code: string; message?: string };

export class ApiProblem extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly detail: string | undefined,
    readonly title: string | undefined,
    readonly errors: FieldError[] = [],
  ) {
    super(detail ?? title ?? code);
    this.name = "ApiProblem";
  }

  /** Field errors by field name (the first one per field). */
  fieldErrors(): Record<string, FieldError> {
    const byField: Record<string, FieldError> = {};
    for (const error of this.errors) byField[error.field] ??= error;
    return byField;
  }
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

const text = (value: unknown) => (typeof value === "string" && value.trim() !== "" ? value : undefined);

/** Builds an ApiProblem from a status and the (already parsed, possibly absent) body. */
export function toProblem(status: number, body: unknown): ApiProblem {
  if (!isRecord(body)) return new ApiProblem(status, `http_${status}`, undefined, undefined);
  const errors = Array.isArray(body.errors)
    ? body.errors.filter(isRecord).flatMap((error) => {
        const field = text(error.field);
        const code = text(error.code);
        return field && code ? [{ field, code, message: text(error.message) }] : [];
      })
    : [];
  return new ApiProblem(
    typeof body.status === "number" ? body.status : status,
    text(body.code) ?? `http_${status}`,
    text(body.detail),
    text(body.title),
    errors,
  );
}

/** Reads a failed response's body as a problem; never throws. */
export async function problemFromResponse(response: Response): Promise<ApiProblem> {
  let body: unknown;
  try {
    body = JSON.parse(await response.text());
  } catch {
    body = undefined;
  }
  return toProblem(response.status, body);
}

export const networkProblem = () => new ApiProblem(0, "network_error", undefined, undefined);

/** True for "this endpoint does not exist (yet)": the page shows an empty/unavailable state, not an error. */
export const isUnavailable = (error: unknown) =>
  error instanceof ApiProblem && (error.status === 404 || error.status === 405 || error.status === 501) &&
  (error.code === "http_404" || error.code === "http_405" || error.code === "http_501" || error.code === "not_found");
