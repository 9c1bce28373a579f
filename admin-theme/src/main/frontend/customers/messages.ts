import type { TFunction } from "i18next";

import type { RowError } from "./api";

/** Codes of the directory's row checks (dev.kontor.customer.CustomerRow, CustomerImport). */
const KNOWN_CODES = new Set([
  "missing_customer",
  "missing_customer_number",
  "invalid_customer_number",
  "missing_name",
  "invalid_name",
  "invalid_type",
  "duplicate_in_import",
  "customer_not_found",
  "customer_number_mismatch",
  "too_many_rows",
]);

/** The admin's language for a known code; the server's English sentence for anything newer. */
export function errorText(t: TFunction, error: { code?: string; message: string }): string {
  return error.code && KNOWN_CODES.has(error.code) ? t(`kontorError_${error.code}`) : error.message;
}

/** Field errors of a problem answer by field name. */
export function fieldErrors(t: TFunction, errors: RowError[]): Record<string, string> {
  return Object.fromEntries(errors.filter((e) => e.field).map((e) => [e.field!, errorText(t, e)]));
}
