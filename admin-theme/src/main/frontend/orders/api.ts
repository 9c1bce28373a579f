import { useMemo } from "react";

import { useAdminApi } from "../adminApi";
import type { Money } from "../returns/api";

export const ORDER_STATUSES = ["placed", "processing", "shipped", "delivered", "cancelled"] as const;
export type OrderStatus = (typeof ORDER_STATUSES)[number];

export type AdminOrderSummary = {
  id: string;
  number: string;
  status: OrderStatus;
  placedAt: string;
  total: Money;
  itemCount: number;
  userId: string | null;
  customerNumber: string | null;
};
export type AdminOrderPage = { items: AdminOrderSummary[]; total: number };

export type OrderLine = { id: string; sku: string; name: string; quantity: number; unitPrice: Money; lineTotal: Money; taxRate?: string; returnableQuantity?: number };
export type Costs = { net: Money; taxes: { rate: string; amount: Money }[]; shipping: Money; discount: Money; total: Money };
export type StatusChange = { status: OrderStatus; at: string; note: string | null };
export type Shipment = { carrier: string; trackingNumber: string; trackingUrl: string | null; shippedAt: string };
export type OrderInvoice = { id: string; number: string; status: string; amount: Money; issuedOn: string; dueOn: string; paidAt: string | null; documentUrl: string | null };
export type AddressSnapshot = Record<string, string | null | undefined>;

/** The back end's view of one order (dev.kontor.commerce.order.OrderViews.AdminDetail). */
export type AdminOrder = {
  id: string;
  number: string;
  status: OrderStatus;
  placedAt: string;
  currency: string;
  userId: string | null;
  customerNumber: string | null;
  billingAddress: AddressSnapshot | null;
  shippingAddress: AddressSnapshot | null;
  lines: OrderLine[];
  costs: Costs;
  statusHistory: StatusChange[];
  shipments: Shipment[];
  invoices: OrderInvoice[];
};

export type OrderSearch = { number: string; customerNumber: string; status: OrderStatus | ""; from: string; to: string };
export const NO_SEARCH: OrderSearch = { number: "", customerNumber: "", status: "", from: "", to: "" };

/** The search as the admin API's query: only the parts that are filled in. */
export function searchQuery(search: OrderSearch, first: number, max: number): string {
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(search)) {
    if (value.trim() !== "") query.set(name, value.trim());
  }
  query.set("first", String(first));
  query.set("max", String(max));
  return query.toString();
}

/** Statuses an order may move to (the server's OrderStatus.next: forward only, cancelling until it is shipped). */
export function nextStatuses(status: OrderStatus): OrderStatus[] {
  switch (status) {
    case "placed":
      return ["processing", "shipped", "delivered", "cancelled"];
    case "processing":
      return ["shipped", "delivered", "cancelled"];
    case "shipped":
      return ["delivered"];
    default:
      return [];
  }
}

/** /admin/realms/{realm}/portal/orders with the console's token. */
export function useOrdersApi() {
  const call = useAdminApi("orders");
  return useMemo(() => {
    const one = (number: string) => `/${encodeURIComponent(number)}`;
    const body = (fields: Record<string, string>) =>
      Object.fromEntries(Object.entries(fields).filter(([, value]) => value.trim() !== "").map(([key, value]) => [key, value.trim()]));
    return {
      search: (search: OrderSearch, first: number, max: number) => call<AdminOrderPage>("GET", `?${searchQuery(search, first, max)}`),
      get: (number: string) => call<AdminOrder>("GET", one(number)),
      status: (number: string, status: OrderStatus, note: string) => call<AdminOrder>("POST", `${one(number)}/status`, body({ status, note })),
      shipment: (number: string, fields: { carrier: string; trackingNumber: string; trackingUrl: string }) =>
        call<AdminOrder>("POST", `${one(number)}/shipments`, body(fields)),
      invoice: (number: string, invoiceNumber: string, fields: { amount: string; issuedOn: string; dueOn: string; documentUrl: string }) =>
        call<unknown>("PUT", `${one(number)}/invoices/${encodeURIComponent(invoiceNumber.trim())}`, body(fields)),
      payment: (number: string, invoiceNumber: string) =>
        call<unknown>("POST", `${one(number)}/invoices/${encodeURIComponent(invoiceNumber)}/payment`, {}),
    };
  }, [call]);
}
