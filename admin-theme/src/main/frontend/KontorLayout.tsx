import { useAccess, useRealm } from "@keycloak/keycloak-admin-ui";
import { Suspense } from "react";
import { createPortal } from "react-dom";
import { useTranslation } from "react-i18next";
import { NavLink, Outlet } from "react-router-dom";

import { useKeptElement } from "./keptElement";
import { kontorNav } from "./routes";
import { UserPortalTab } from "./userportal/UserPortalTab";

/**
 * Layout around every page of the console: Keycloak's page plus the Kontor navigation group.
 *
 * The package's PageNav has a fixed list of sections and no extension point, and the sidebar
 * must stay the package's own (its PatternFly copy holds the Page context the masthead's toggle
 * uses). So the group is rendered by React into a <section> that this layout places into
 * Keycloak's <nav>, before the "Configure" group (or last when the admin has none), and puts
 * back whenever Keycloak re-renders its navigation.
 *
 * The layout's own Suspense keeps the group on screen while a page's chunk loads.
 */
export function KontorLayout() {
  return (
    <>
      <KontorNav />
      <UserPortalTab />
      <Suspense fallback={<Spinner />}>
        <Outlet />
      </Suspense>
    </>
  );
}

function KontorNav() {
  const { t } = useTranslation();
  const { hasAccess } = useAccess();
  const { realm } = useRealm();
  const host = useNavSection(t("configure"));
  const items = kontorNav.filter((item) => hasAccess(item.access));
  if (!host || items.length === 0) return null;
  return createPortal(
    <>
      <h2 className="pf-v5-c-nav__section-title" id="kontor-nav-title">
        {t("kontorNavGroup")}
      </h2>
      <ul className="pf-v5-c-nav__list" role="list">
        {items.map((item) => {
          const id = "nav-item" + item.path.replace("/", "-");
          return (
            <li key={item.path}>
              <NavLink
                id={id}
                data-testid={id}
                to={`/${encodeURIComponent(realm)}${item.path}`}
                className={({ isActive }) => `pf-v5-c-nav__link${isActive ? " pf-m-current" : ""}`}
              >
                {t(item.titleKey)}
              </NavLink>
            </li>
          );
        })}
      </ul>
    </>,
    host,
  );
}

/** A <section> kept inside Keycloak's navigation, before the group labelled `before` (last when there is none). */
function useNavSection(before: string): HTMLElement | null {
  return useKeptElement(
    "section",
    (section) => {
      section.className = "pf-v5-c-nav__section";
      section.setAttribute("aria-labelledby", "kontor-nav-title");
      section.dataset.testid = "kontor-nav";
    },
    (section) => {
      const nav = document.querySelector(".keycloak__page_nav__nav .pf-v5-c-nav");
      if (!nav) return null;
      const anchor = Array.from(nav.children).find((child) => child !== section && child.getAttribute("aria-label") === before) ?? null;
      return { parent: nav, before: anchor };
    },
    [before],
  );
}

/** PatternFly's spinner by class names (no component: the initial bundle stays Keycloak's). */
function Spinner() {
  return (
    <div className="pf-v5-u-text-align-center pf-v5-u-p-xl">
      <svg className="pf-v5-c-spinner pf-m-xl" role="progressbar" viewBox="0 0 100 100">
        <circle className="pf-v5-c-spinner__path" cx="50" cy="50" r="45" fill="none" />
      </svg>
    </div>
  );
}
