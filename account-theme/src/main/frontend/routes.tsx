import { routes as stockRoutes } from "@keycloak/keycloak-account-ui";
import type { ReactNode } from "react";

import { Overview } from "./overview/Overview";

/** Key of the Kontor landing page in content.json ("id"). */
export const OVERVIEW_ID = "kontor-overview";
/** Key under which the stock personal info page is registered. */
export const PERSONAL_INFO_ID = "personal-info";

const stockElement = (path: string) =>
  stockRoutes.find((route) => route.path === path)?.element;

/**
 * Page components by key. Stock pages are registered under the path they
 * have in keycloak-account-ui ("account-security/signing-in", "applications",
 * ...); personal info, the stock landing page (path ""), moves to
 * "personal-info" so the Kontor overview can be the landing page.
 */
export function pageElement(key: string): ReactNode | undefined {
  switch (key) {
    case OVERVIEW_ID:
      return <Overview />;
    case PERSONAL_INFO_ID:
      return stockElement("");
    case "":
      return undefined;
    default:
      return stockElement(key);
  }
}
