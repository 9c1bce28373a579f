/** The commerce API as docs/commerce-api.md defines it (COM-1 … COM-4). */
import { type ApiContext, portal } from "./http";
import type { Money } from "./money";
import type { AddressInput } from "./postcode";

export type OffsetPage<T> = { items: T[]; total: number };
export type CursorPage<T> = { items: T[]; next: string | null };

export type Address = AddressInput & { id: string; version: number; createdAt: string; updatedAt: string };
export type PostalAddress = Omit<AddressInput, "defaultBilling" | "defaultShipping">;

export const ORDER_STATUSES = ["placed", "processing", "shipped", "delivered", "cancelled"] as const;
export type OrderStatus = (typeof ORDER_STATUSES)[number];

export type OrderSummary = { id: string; number: string; status: OrderStatus; placedAt: string; total: Money; itemCount: number };
export type OrderLine = {
  id: string; sku: string; name: string; quantity: number; unitPrice: Money; lineTotal: Money;
  taxRate: string; returnableQuantity: number;
};
export type OrderDetail = {
  id: string; number: string; status: OrderStatus; placedAt: string; currency: string;
  billingAddress: PostalAddress | null; shippingAddress: PostalAddress | null;
  lines: OrderLine[];
  costs: { net: Money; taxes: { rate: string; amount: Money }[]; shipping: Money; discount: Money; total: Money };
  statusHistory: { status: OrderStatus; at: string; note: string | null }[];
  shipments: { carrier: string; trackingNumber: string; trackingUrl: string | null; shippedAt: string }[];
  cancellable: boolean; returnableUntil: string | null; invoices: Invoice[];
};
export type ReorderResult = {
  cartId: string; cartUrl: string | null;
  lines: { sku: string; name: string; quantity: number }[];
  skipped: { lineId: string; sku: string; name: string; reason: string }[];
};

export const RETURN_STATUSES = ["requested", "approved", "rejected", "received", "refunded"] as const;
export type ReturnStatus = (typeof RETURN_STATUSES)[number];
export type ReturnRequest = {
  id: string; number: string; orderId: string; orderNumber: string; status: ReturnStatus; reason: string;
  comment: string | null; createdAt: string; lines: { orderLineId: string; sku: string; name: string; quantity: number }[];
  refund: Money | null;
};

export const INVOICE_STATUSES = ["open", "paid", "overdue"] as const;
export type InvoiceStatus = (typeof INVOICE_STATUSES)[number];
export type Invoice = {
  id: string; number: string; orderId: string; orderNumber: string; status: InvoiceStatus; amount: Money;
  issuedOn: string; dueOn: string | null; paidAt: string | null; documentUrl: string | null;
};

type Signal = { signal?: AbortSignal };

export const listAddresses = (c: ApiContext, first = 0, max = 100, o: Signal = {}) =>
  portal<OffsetPage<Address>>(c, "addresses", { query: { first, max }, ...o });
export const createAddress = (c: ApiContext, address: AddressInput) =>
  portal<Address>(c, "addresses", { method: "POST", body: address });
/** Full replace with optimistic locking: If-Match carries the version the form was loaded with. */
export const updateAddress = (c: ApiContext, id: string, version: number, address: AddressInput) =>
  portal<Address>(c, `addresses/${encodeURIComponent(id)}`, {
    method: "PUT", body: address, headers: { "If-Match": `"${version}"` },
  });
export const deleteAddress = (c: ApiContext, id: string) =>
  portal<void>(c, `addresses/${encodeURIComponent(id)}`, { method: "DELETE" });

export type OrderFilter = { status?: string; from?: string; to?: string; q?: string };
export const listOrders = (c: ApiContext, filter: OrderFilter, cursor: string | null, max = 20, o: Signal = {}) =>
  portal<CursorPage<OrderSummary>>(c, "orders", { query: { ...filter, cursor, max }, ...o });
export const getOrder = (c: ApiContext, id: string, o: Signal = {}) =>
  portal<OrderDetail>(c, `orders/${encodeURIComponent(id)}`, o);
export const cancelOrder = (c: ApiContext, id: string) =>
  portal<OrderDetail>(c, `orders/${encodeURIComponent(id)}/cancel`, { method: "POST", body: {} });
export const reorder = (c: ApiContext, id: string, lineIds?: string[]) =>
  portal<ReorderResult>(c, `orders/${encodeURIComponent(id)}/reorder`, { method: "POST", body: lineIds ? { lineIds } : {} });

export const listReturnReasons = (c: ApiContext, o: Signal = {}) => portal<{ code: string }[]>(c, "return-reasons", o);
export const listReturns = (c: ApiContext, first = 0, max = 20, o: Signal = {}) =>
  portal<OffsetPage<ReturnRequest>>(c, "returns", { query: { first, max }, ...o });
export const createReturn = (
  c: ApiContext,
  body: { orderId: string; reason: string; comment: string | null; lines: { orderLineId: string; quantity: number }[] },
) => portal<ReturnRequest>(c, "returns", { method: "POST", body });

export const listInvoices = (c: ApiContext, status: string | undefined, first = 0, max = 20, o: Signal = {}) =>
  portal<OffsetPage<Invoice>>(c, "invoices", { query: { status, first, max }, ...o });
