import {
  type AccountEnvironment,
  KeycloakProvider as StockKeycloakProvider,
  routes as stockRoutes,
} from "@keycloak/keycloak-account-ui";
import { useEnvironment } from "@keycloak/keycloak-ui-shared";

/**
 * One of Keycloak's own account pages (personal info, signing in, device activity, ...), by its
 * path in keycloak-account-ui. It runs inside the package's own provider (its private copy of
 * keycloak-ui-shared holds the context its pages read), given the shell's keycloak-js instance
 * so there is one login and one token.
 */
export default function StockPage({ path }: { path: string }) {
  const { environment, keycloak } = useEnvironment<AccountEnvironment>();
  const element = stockRoutes.find((route) => route.path === path)?.element;
  return (
    <StockKeycloakProvider environment={environment} keycloak={keycloak}>
      {element}
    </StockKeycloakProvider>
  );
}
