/** An amount of the API ({@code {amount: "49.90", currency: "EUR"}}) in the admin's language. */
export function money(value: { amount: string; currency: string }, locale: string): string {
  return new Intl.NumberFormat(locale, { style: "currency", currency: value.currency }).format(Number(value.amount));
}
