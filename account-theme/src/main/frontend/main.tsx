import "@patternfly/patternfly/patternfly-addons.css";
import "@patternfly/react-core/dist/styles/base.css";
import "@keycloak/keycloak-account-ui/style.css";

import { KeycloakProvider } from "@keycloak/keycloak-account-ui";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";

import { environment } from "./environment";
import { i18n } from "./i18n";
import { Root } from "./root/Root";

// KeycloakProvider is taken from keycloak-account-ui on purpose: that package
// bundles its own copy of keycloak-ui-shared, and the stock pages look up the
// Keycloak context (useEnvironment) in that copy.
i18n.init().then(() => {
  createRoot(document.getElementById("app")!).render(
    <StrictMode>
      <KeycloakProvider environment={environment}>
        <Root />
      </KeycloakProvider>
    </StrictMode>,
  );
});
