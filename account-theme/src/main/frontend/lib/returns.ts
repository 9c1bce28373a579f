/** The return wizard's guard: quantities between 0 and what each order line still allows. */
export type ReturnableLine = { id: string; returnableQuantity: number };

/** Clamps a typed quantity into 0…returnableQuantity; anything unparsable is 0. */
export function clampQuantity(value: string | number, returnable: number): number {
  const parsed = typeof value === "number" ? value : Number.parseInt(value, 10);
  if (!Number.isFinite(parsed) || parsed < 0) return 0;
  return Math.min(Math.floor(parsed), Math.max(0, returnable));
}

/** The lines to send: only positive quantities, each within its line's returnable quantity. */
export function returnLines(
  lines: ReturnableLine[],
  quantities: Record<string, number>,
): { orderLineId: string; quantity: number }[] {
  return lines.flatMap((line) => {
    const quantity = clampQuantity(quantities[line.id] ?? 0, line.returnableQuantity);
    return quantity > 0 ? [{ orderLineId: line.id, quantity }] : [];
  });
}

/** An order can be returned when some line still has a returnable quantity. */
export const hasReturnable = (lines: ReturnableLine[]) => lines.some((line) => line.returnableQuantity > 0);

/**
 * The return window as the back end applies it: open from delivery (when `returnableUntil` is
 * set) up to and including that calendar day in UTC. Outside it the API answers
 * return_not_allowed, so the console does not offer the return.
 */
export const isReturnWindowOpen = (returnableUntil: string | null, now: Date = new Date()) =>
  returnableUntil !== null && now.toISOString().slice(0, 10) <= returnableUntil;
