import type { AccountEnvironment } from "@keycloak/keycloak-account-ui";
import { getInjectedEnvironment } from "@keycloak/keycloak-ui-shared";

/** The JSON Keycloak renders into <script id="environment"> (see index.ftl). */
export const environment = getInjectedEnvironment<AccountEnvironment>();

/** Joins URL segments with exactly one "/" between them. */
export function joinUrl(...parts: string[]): string {
  return parts
    .map((part, index) => {
      let value = part;
      if (index > 0) value = value.replace(/^\/+/, "");
      if (index < parts.length - 1) value = value.replace(/\/+$/, "");
      return value;
    })
    .join("/");
}

/** Path of the account console root, always ending with "/", e.g. "/realms/kontor/account/". */
export const consoleBasePath = (() => {
  const path = decodeURIComponent(new URL(environment.baseUrl).pathname);
  return path.endsWith("/") ? path : `${path}/`;
})();
