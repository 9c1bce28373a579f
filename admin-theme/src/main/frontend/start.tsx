import "@patternfly/react-core/dist/styles/base.css";
import "@patternfly/patternfly/patternfly-addons.css";
import "@keycloak/keycloak-admin-ui/styles.css";

import { AdminUi, KeycloakProvider } from "@keycloak/keycloak-admin-ui";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { createHashRouter, type RouteObject, RouterProvider } from "react-router-dom";

import { environment } from "./environment";
import { i18n } from "./i18n";

/**
 * The stock console's start-up (its main.tsx is not part of the package): Keycloak's App
 * (masthead, navigation, breadcrumbs, access wall) around the given pages. Hash URLs as in the
 * stock console (/admin/{realm}/console/#/{realm}/...).
 */
export async function start(pages: RouteObject[]) {
  await i18n.init();
  const router = createHashRouter([
    {
      path: "/",
      element: (
        <KeycloakProvider environment={environment}>
          <AdminUi />
        </KeycloakProvider>
      ),
      children: pages,
    },
  ]);
  createRoot(document.getElementById("app")!).render(
    <StrictMode>
      <RouterProvider router={router} />
    </StrictMode>,
  );
}
