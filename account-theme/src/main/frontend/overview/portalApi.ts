import type { AccountEnvironment } from "@keycloak/keycloak-account-ui";
import type { KeycloakContext } from "@keycloak/keycloak-ui-shared";

import { joinUrl } from "../environment";

/** Response of GET {serverBaseUrl}/realms/{realm}/portal/me */
export type PortalMe = {
  userId: string;
  email: string | null;
  customerNumber: string | null;
};

export class PortalApiError extends Error {
  constructor(readonly status: number) {
    super(`portal/me answered HTTP ${status}`);
    this.name = "PortalApiError";
  }
}

export const portalMeUrl = ({ serverBaseUrl, realm }: AccountEnvironment) =>
  joinUrl(serverBaseUrl, "realms", encodeURIComponent(realm), "portal", "me");

/** Calls the Kontor portal endpoint with a fresh bearer token of the console's keycloak-js instance. */
export async function fetchPortalMe(
  { environment, keycloak }: KeycloakContext<AccountEnvironment>,
  signal?: AbortSignal,
): Promise<PortalMe> {
  try {
    // Refresh if the token expires within 5 seconds.
    await keycloak.updateToken(5);
  } catch {
    // Refresh token expired or session gone: start a new login.
    await keycloak.login();
  }

  const response = await fetch(portalMeUrl(environment), {
    signal,
    headers: {
      Accept: "application/json",
      Authorization: `Bearer ${keycloak.token}`,
    },
  });
  if (!response.ok) {
    throw new PortalApiError(response.status);
  }
  return (await response.json()) as PortalMe;
}
