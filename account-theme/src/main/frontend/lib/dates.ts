/** Dates and times of the APIs, formatted for the user's locale with Intl. */

/** An ISO-8601 instant ("2026-11-21T10:15:30Z") or epoch milliseconds → date and time. */
export function formatDateTime(value: string | number | null | undefined, locale: string): string {
  if (value === null || value === undefined || value === "") return "";
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return String(value);
  return new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeStyle: "short" }).format(date);
}

/** An instant → the date only. */
export function formatInstantDate(value: string | number | null | undefined, locale: string): string {
  if (value === null || value === undefined || value === "") return "";
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return String(value);
  return new Intl.DateTimeFormat(locale, { dateStyle: "medium" }).format(date);
}

const CALENDAR_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * A calendar date ("2026-12-05") → formatted in UTC, so it never moves a day in time zones
 * west of Greenwich.
 */
export function formatCalendarDate(value: string | null | undefined, locale: string): string {
  if (!value) return "";
  const match = CALENDAR_DATE.exec(value);
  if (!match) return value;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeZone: "UTC" }).format(date);
}

/** True for a well-formed calendar date. */
export const isCalendarDate = (value: string) => CALENDAR_DATE.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`));
