import type { AccountEnvironment } from "@keycloak/keycloak-account-ui";
import { useEnvironment } from "@keycloak/keycloak-ui-shared";
import {
  Nav,
  NavExpandable,
  NavItem,
  NavList,
  PageSidebar,
  PageSidebarBody,
} from "@patternfly/react-core";
import type { MouseEvent as ReactMouseEvent } from "react";
import { useTranslation } from "react-i18next";
import { matchPath, useHref, useLinkClickHandler, useLocation } from "react-router-dom";

import { consoleBasePath } from "../environment";
import { type ContentItem, isGroup, isVisible, type PageItem } from "./content";

const fullPath = (item: PageItem) => `${consoleBasePath}${item.path}`;

function isActive(item: ContentItem, pathname: string): boolean {
  if (isGroup(item)) return item.children.some((child) => isActive(child, pathname));
  // A page stays active on its sub-pages (orders/{id}); the landing page only on itself.
  return matchPath({ path: fullPath(item), end: item.path === "" }, pathname) !== null;
}

function PageLink({ item, active }: { item: PageItem; active: boolean }) {
  const { t } = useTranslation();
  const { search } = useLocation();
  const target = fullPath(item) + search;
  const href = useHref(target);
  const onClick = useLinkClickHandler(target);

  return (
    <NavItem
      // Stock pages keep the stock test ids (their path).
      data-testid={item.testId ?? item.id ?? item.path}
      to={href}
      isActive={active}
      onClick={(event) => onClick(event as unknown as ReactMouseEvent<HTMLAnchorElement>)}
    >
      {t(item.label)}
    </NavItem>
  );
}

function MenuEntry({ item }: { item: ContentItem }) {
  const { t } = useTranslation();
  const { environment } = useEnvironment<AccountEnvironment>();
  const { pathname } = useLocation();
  const active = isActive(item, pathname);

  if (!isGroup(item)) return <PageLink item={item} active={active} />;

  return (
    <NavExpandable
      data-testid={item.label}
      title={t(item.label)}
      isActive={active}
      isExpanded={active}
    >
      {item.children
        .filter((child) => isVisible(child, environment.features))
        .map((child) => (
          <MenuEntry key={child.label} item={child} />
        ))}
    </NavExpandable>
  );
}

export function KontorNav({ content }: { content: ContentItem[] }) {
  const { environment } = useEnvironment<AccountEnvironment>();

  return (
    <PageSidebar>
      <PageSidebarBody>
        <Nav data-testid="kontor-nav">
          <NavList>
            {content
              .filter((item) => isVisible(item, environment.features))
              .map((item) => (
                <MenuEntry key={item.label} item={item} />
              ))}
          </NavList>
        </Nav>
      </PageSidebarBody>
    </PageSidebar>
  );
}
