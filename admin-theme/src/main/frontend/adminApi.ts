import { useAdminClient, useRealm } from "@keycloak/keycloak-admin-ui";
import { useMemo } from "react";

import { ProblemError } from "./customers/api";

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
