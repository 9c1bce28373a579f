import type { AccountEnvironment } from "@keycloak/keycloak-account-ui";
import { ErrorPage, useAlerts, useEnvironment } from "@keycloak/keycloak-ui-shared";
import { AlertVariant, Bullseye, Page, Spinner } from "@patternfly/react-core";
import { Suspense, useEffect, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import {
  createBrowserRouter,
  Navigate,
  Outlet,
  type RouteObject,
  RouterProvider,
} from "react-router-dom";

import { consoleBasePath } from "../environment";
import { CHILD_PAGES, pageElement } from "../routes";
import { type ContentItem, fetchContent, visiblePages } from "./content";
import { KontorHeader } from "./KontorHeader";
import { KontorNav } from "./KontorNav";

function UnknownPage() {
  const { t } = useTranslation();
  const { addAlert } = useAlerts();

  useEffect(() => {
    addAlert(t("pageNotFound"), AlertVariant.warning);
  }, [addAlert, t]);

  return <Navigate to=".." replace />;
}

function Layout({ content }: { content: ContentItem[] }) {
  return (
    <Page header={<KontorHeader />} sidebar={<KontorNav content={content} />} isManagedSidebar>
      <Suspense
        fallback={
          <Bullseye>
            <Spinner />
          </Bullseye>
        }
      >
        <Outlet />
      </Suspense>
    </Page>
  );
}

function buildRoutes(
  content: ContentItem[],
  features: AccountEnvironment["features"],
): RouteObject[] {
  const children: RouteObject[] = visiblePages(content, features).flatMap((item) => {
    const element = pageElement(item.id ?? item.path);
    if (!element) {
      console.warn(`content.json: no page registered for "${item.id ?? item.path}"`);
      return [];
    }
    const children = (CHILD_PAGES[item.id ?? item.path] ?? []).map((child) => ({
      path: `${item.path}/${child.path}`,
      element: child.element(),
    }));
    return [item.path === "" ? { index: true, element } : { path: item.path, element }, ...children];
  });

  return [
    {
      path: consoleBasePath,
      element: <Layout content={content} />,
      errorElement: <ErrorPage />,
      children: [...children, { path: "*", element: <UnknownPage /> }],
    },
  ];
}

export function Root() {
  const { environment } = useEnvironment<AccountEnvironment>();
  const [content, setContent] = useState<ContentItem[]>();
  const [error, setError] = useState<unknown>();

  useEffect(() => {
    const controller = new AbortController();
    fetchContent(controller.signal).then(setContent, (reason: unknown) => {
      if (!controller.signal.aborted) setError(reason);
    });
    return () => controller.abort();
  }, []);

  const router = useMemo(
    () => (content ? createBrowserRouter(buildRoutes(content, environment.features)) : undefined),
    [content, environment.features],
  );

  if (error) return <ErrorPage error={error} />;
  if (!router) {
    return (
      <Bullseye>
        <Spinner />
      </Bullseye>
    );
  }
  return <RouterProvider router={router} />;
}
