import type { AdminEnvironment } from "@keycloak/keycloak-admin-ui";

/**
 * The JSON Keycloak renders into <script id="environment"> (see index.ftl). Read here rather
 * than through keycloak-ui-shared's helper, which would bundle a second copy of that package:
 * the admin-ui package carries its own.
 */
export const environment: AdminEnvironment = JSON.parse(
  document.getElementById("environment")?.textContent ?? "{}",
);
