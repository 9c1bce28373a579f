import { useAdminClient, useRealm } from "@keycloak/keycloak-admin-ui";
import { useMemo } from "react";


/** A broken rule of one field or row, as the API names it (dev.kontor.http.FieldError). */
export type RowError = { field: string | null; code: string; message: string };

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

/** A call of Kontor's admin API below {@code /admin/realms/{realm}/portal/{area}} ({@code area} "" for the root). */
export type AdminApiCall = <T>(method: string, path: string, body?: unknown) => Promise<T>;

/**
 * Kontor's admin API for one area (customers, returns, settings) with the console's own token:
 * JSON in and out, a problem answer thrown as {@link ProblemError}, 204 as undefined.
 */
export function useAdminApi(area: string): AdminApiCall {
  const { adminClient } = useAdminClient();
  const { realm } = useRealm();
  return useMemo(() => {
    const base = `${adminClient.baseUrl}/admin/realms/${encodeURIComponent(realm)}/portal${area ? `/${area}` : ""}`;
    return async function call<T>(method: string, path: string, body?: unknown): Promise<T> {
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
    };
  }, [adminClient, realm, area]);
}
