/**
 * Money of the portal API: {"amount": "1234.50", "currency": "EUR"} with the amount as a decimal
 * string. Amounts are never turned into binary floats: Intl.NumberFormat formats the decimal
 * string itself (exact, ECMA-402 "Intl mathematical value"), and arithmetic, where needed, is
 * done on integers of minor units (BigInt).
 */
export type Money = { amount: string; currency: string };

const DECIMAL = /^-?\d+(\.\d+)?$/;
const CURRENCY = /^[A-Z]{3}$/;

export const isDecimal = (value: unknown): value is string => typeof value === "string" && DECIMAL.test(value);

/** Formats money for the locale; malformed values are shown as they came, never as NaN. */
export function formatMoney(money: Money | null | undefined, locale: string): string {
  if (!money) return "";
  const { amount, currency } = money;
  if (!isDecimal(amount) || !CURRENCY.test(currency ?? "")) {
    return `${amount ?? ""} ${currency ?? ""}`.trim();
  }
  try {
    // A string argument keeps every digit; a Number would round 0.1 + 0.2-style values.
    return new Intl.NumberFormat(locale, { style: "currency", currency }).format(
      amount as unknown as number,
    );
  } catch {
    return `${amount} ${currency}`;
  }
}

/** Minor units of a decimal string as BigInt, with `digits` decimals (extra digits are an error). */
export function toMinorUnits(amount: string, digits: number): bigint {
  if (!isDecimal(amount)) throw new Error(`not a decimal amount: ${amount}`);
  const negative = amount.startsWith("-");
  const [whole, fraction = ""] = (negative ? amount.slice(1) : amount).split(".");
  if (fraction.length > digits && /[1-9]/.test(fraction.slice(digits))) {
    throw new Error(`${amount} has more than ${digits} decimals`);
  }
  const units = BigInt(whole + fraction.slice(0, digits).padEnd(digits, "0"));
  return negative ? -units : units;
}

/** The decimal string of minor units, e.g. (12345n, 2) → "123.45". */
export function fromMinorUnits(units: bigint, digits: number): string {
  const negative = units < 0n;
  const digitsText = (negative ? -units : units).toString().padStart(digits + 1, "0");
  const whole = digitsText.slice(0, digitsText.length - digits);
  const fraction = digits > 0 ? `.${digitsText.slice(-digits)}` : "";
  return `${negative ? "-" : ""}${whole}${fraction}`;
}

/** Exact unit price × quantity for a preview (e.g. the refund estimate in the return wizard). */
export function multiply(money: Money, quantity: number): Money {
  const digits = money.amount.includes(".") ? money.amount.split(".")[1].length : 0;
  return { amount: fromMinorUnits(toMinorUnits(money.amount, digits) * BigInt(quantity), digits), currency: money.currency };
}

/** Exact sum of amounts of one currency; null when currencies differ. */
export function sum(values: Money[]): Money | null {
  if (values.length === 0) return null;
  const currency = values[0].currency;
  if (values.some((value) => value.currency !== currency)) return null;
  const digits = Math.max(...values.map((value) => (value.amount.split(".")[1] ?? "").length));
  const total = values.reduce((acc, value) => acc + toMinorUnits(value.amount, digits), 0n);
  return { amount: fromMinorUnits(total, digits), currency };
}
