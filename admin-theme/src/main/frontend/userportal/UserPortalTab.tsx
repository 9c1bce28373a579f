import { useRealm } from "@keycloak/keycloak-admin-ui";
import { createPortal } from "react-dom";
import { useTranslation } from "react-i18next";
import { Link, matchPath, useLocation } from "react-router-dom";

import { useKeptElement } from "../keptElement";

/** The tab Keycloak's user page always shows; Kontor's tab goes after the last tab of that list. */
const USER_TABS = "[data-testid='user-details-tab']";

/**
 * A "Portal" tab on Keycloak's user page, leading to {@code /users/:id/portal} (the login's
 * second factor, saved browsers, orders, returns, invoices, addresses). The package's EditUser
 * has a fixed set of tabs, so this one is an extra item in its tab list; Keycloak's own tabs and
 * their routes are untouched.
 */
export function UserPortalTab() {
  const { t } = useTranslation();
  const { realm } = useRealm();
  const { pathname } = useLocation();
  const userId = matchPath("/:realm/users/:id/:tab", pathname)?.params.id;
  const host = useKeptElement(
    "li",
    (item) => {
      item.className = "pf-v5-c-tabs__item";
      item.setAttribute("role", "presentation");
    },
    () => {
      const list = document.querySelector(USER_TABS)?.closest("ul");
      return userId && list ? { parent: list, before: null } : null;
    },
    [userId],
  );
  if (!host || !userId) return null;
  return createPortal(
    <Link
      className="pf-v5-c-tabs__link"
      role="tab"
      data-testid="kontor-user-portal-tab"
      to={`/${encodeURIComponent(realm)}/users/${encodeURIComponent(userId)}/portal`}
    >
      <span className="pf-v5-c-tabs__item-text">{t("kontorUserPortalTab")}</span>
    </Link>,
    host,
  );
}
