import { useMemo } from "react";

import { ProblemError, type RowError, useAdminApi } from "../adminApi";

export { ProblemError, type RowError };

/** A customer of the directory (the admin API's Customer). */
export type Customer = {
  customerNumber: string;
  name: string;
  type: CustomerKind;
  createdAt?: number;
  updatedAt?: number;
};

export type CustomerKind = "person" | "company";
export const CUSTOMER_KINDS: CustomerKind[] = ["person", "company"];

export type CustomerPage = { items: Customer[]; total: number };
export type Login = { id: string; username: string };
export type CustomerDetails = Customer & { logins: Login[] };

export type RejectedRow = { row: number; customerNumber: string | null; errors: RowError[] };
export type ImportResult = { created: number; updated: number; unchanged: number; rejected: RejectedRow[] };

/** The directory's admin API, /admin/realms/{realm}/portal/customers, with the console's token. */
export function useCustomersApi() {
  const call = useAdminApi("customers");
  return useMemo(() => {
    const one = (customerNumber: string) => `/${encodeURIComponent(customerNumber)}`;
    return {
      list: (search: string, first: number, max: number) =>
        call<CustomerPage>("GET", `?${new URLSearchParams({ search, first: String(first), max: String(max) })}`),
      get: (customerNumber: string) => call<CustomerDetails>("GET", one(customerNumber)),
      /** Creates or updates (the API is an upsert by number). */
      save: (customer: Pick<Customer, "customerNumber" | "name" | "type">) =>
        call<Customer>("PUT", one(customer.customerNumber), { name: customer.name, type: customer.type }),
      remove: (customerNumber: string) => call<void>("DELETE", one(customerNumber)),
      importRows: (rows: unknown[]) => call<ImportResult>("POST", "/import", rows),
    };
  }, [call]);
}
