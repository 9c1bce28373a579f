import { useAdminClient, useRealm } from "@keycloak/keycloak-admin-ui";
import { useMemo } from "react";

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

/** A broken rule of one customer, as the API names it. */
export type RowError = { field: string | null; code: string; message: string };
export type RejectedRow = { row: number; customerNumber: string | null; errors: RowError[] };
export type ImportResult = { created: number; updated: number; unchanged: number; rejected: RejectedRow[] };

/** An application/problem+json answer of Kontor's API (dev.kontor.http.Problem). */
export class ProblemError extends Error {
  constructor(
    readonly status: number,
    readonly code: string | undefined,
    detail: string,
    readonly errors: RowError[] = [],
  ) {
    super(detail);
  }

  static async of(response: Response): Promise<ProblemError> {
    let body: { code?: string; detail?: string; title?: string; errors?: RowError[] } = {};
    try {
      body = await response.json();
    } catch {
      // not JSON (a proxy's page): status only
    }
    return new ProblemError(response.status, body.code, body.detail ?? body.title ?? response.statusText, body.errors ?? []);
  }
}

/** The directory's admin API, /admin/realms/{realm}/portal/customers, with the console's token. */
export function useCustomersApi() {
  const { adminClient } = useAdminClient();
  const { realm } = useRealm();
  return useMemo(() => {
    const base = `${adminClient.baseUrl}/admin/realms/${encodeURIComponent(realm)}/portal/customers`;
    async function call<T>(method: string, path: string, body?: unknown): Promise<T> {
      const token = await adminClient.getAccessToken();
      const response = await fetch(base + path, {
        method,
        headers: {
          Authorization: `Bearer ${token}`,
          Accept: "application/json",
          ...(body === undefined ? {} : { "Content-Type": "application/json" }),
        },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      if (!response.ok) throw await ProblemError.of(response);
      return (response.status === 204 ? undefined : await response.json()) as T;
    }
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
  }, [adminClient, realm]);
}
