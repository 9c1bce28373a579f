import { useMemo } from "react";

import { useAdminApi } from "../adminApi";

export const RETURN_STATUSES = ["requested", "approved", "rejected", "received", "refunded"] as const;
export type ReturnStatus = (typeof RETURN_STATUSES)[number];

export type Money = { amount: string; currency: string };

/** A return as the admin API shows it (dev.kontor.commerce.returns.ReturnView). */
export type Return = {
  id: string;
  number: string;
  orderId: string;
  orderNumber: string;
  status: ReturnStatus;
  reason: string;
  comment: string | null;
  createdAt: string;
  lines: { orderLineId: string; sku: string; name: string; quantity: number }[];
  refund: Money | null;
};

export type ReturnPage = { items: Return[]; total: number };

/** What an admin may do with a return in its status (ReturnStatus.canMoveTo on the server). */
export function actionsFor(status: ReturnStatus): ReturnAction[] {
  switch (status) {
    case "requested":
      return ["approve", "reject"];
    case "approved":
      return ["receive"];
    case "received":
      return ["refund"];
    default:
      return [];
  }
}

export type ReturnAction = "approve" | "reject" | "receive" | "refund";

/**
 * A refund amount as the API takes it: digits with at most two decimals, a comma accepted as the
 * decimal mark (German, Italian and Dutch admins type one); null when it is not an amount.
 */
export function refundAmount(text: string): string | null {
  const normalised = text.trim().replace(",", ".");
  return /^\d{1,12}(\.\d{1,2})?$/.test(normalised) ? normalised : null;
}

/** /admin/realms/{realm}/portal/returns with the console's token. */
export function useReturnsApi() {
  const call = useAdminApi("returns");
  return useMemo(() => {
    const one = (id: string, action: string) => `/${encodeURIComponent(id)}/${action}`;
    return {
      list: (status: ReturnStatus | "", first: number, max: number) => {
        const query = new URLSearchParams({ first: String(first), max: String(max) });
        if (status) query.set("status", status);
        return call<ReturnPage>("GET", `?${query}`);
      },
      decide: (id: string, decision: "approved" | "rejected", note: string) =>
        call<Return>("POST", one(id, "decision"), { decision, note: note.trim() || null }),
      receive: (id: string, note: string) => call<Return>("POST", one(id, "receipt"), { note: note.trim() || null }),
      refund: (id: string, amount: string, note: string) =>
        call<Return>("POST", one(id, "refund"), { amount, note: note.trim() || null }),
    };
  }, [call]);
}
