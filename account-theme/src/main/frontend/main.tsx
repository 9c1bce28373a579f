import "@patternfly/patternfly/patternfly-addons.css";
import "@patternfly/react-core/dist/styles/base.css";
import "@keycloak/keycloak-account-ui/style.css";

import { KeycloakProvider } from "@keycloak/keycloak-ui-shared";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";

import { environment } from "./environment";
import { recordActionStatus } from "./lib/actionStatus";
import { i18n } from "./i18n";
import { Root } from "./root/Root";

// The shell (masthead, navigation, router, Kontor pages) uses keycloak-ui-shared's provider.
// Keycloak's own pages come with @keycloak/keycloak-account-ui, which bundles a private copy of
// keycloak-ui-shared: they are loaded on demand and get that copy's provider around them, fed
// with the same keycloak-js instance (see stock/StockPage.tsx). So the initial bundle carries
// neither the stock pages nor a second copy of PatternFly.
recordActionStatus(window.location.search);

i18n.init().then(() => {
  createRoot(document.getElementById("app")!).render(
    <StrictMode>
      <KeycloakProvider environment={environment}>
        <Root />
      </KeycloakProvider>
    </StrictMode>,
  );
});
