import { routes } from "@keycloak/keycloak-admin-ui";
import type { AccessType } from "@keycloak/keycloak-admin-client/lib/defs/whoAmIRepresentation";
import { lazy } from "react";
import type { TFunction } from "i18next";
import type { NonIndexRouteObject, RouteObject } from "react-router-dom";

import { KontorLayout } from "./KontorLayout";

// Every Kontor page is its own chunk: the initial bundle is Keycloak's console plus the nav entry.
const CustomersSection = lazy(() => import("./customers/CustomersSection"));
const CustomerDetails = lazy(() => import("./customers/CustomerDetails"));
const SettingsSection = lazy(() => import("./settings/SettingsSection"));
const ReturnsSection = lazy(() => import("./returns/ReturnsSection"));
const UserPortalPage = lazy(() => import("./userportal/UserPortalPage"));
const OrdersSection = lazy(() => import("./orders/OrdersSection"));
const OrderPage = lazy(() => import("./orders/OrderPage"));

/** The package's AppRouteObject (routes.d.ts), which its index does not export. */
export type AppRouteObject = NonIndexRouteObject & {
  path: string;
  handle: { access: AccessType | AccessType[]; breadcrumb?: (t: TFunction) => string };
};

/** An entry of the "Kontor" group in the left navigation. */
export type KontorNavItem = {
  /** Message key of the label. */
  titleKey: string;
  /** Path below the realm, e.g. "/customers". */
  path: string;
  /** Shown only to admins with this role (the route's handle.access says the same). */
  access: AccessType;
};

/**
 * Kontor's pages, with Keycloak's route handle: AdminUi's access wall shows its "forbidden"
 * page to admins without `access`. Orders, Returns and the settings page slot in here and in
 * {@link kontorNav}.
 */
export const kontorRoutes: AppRouteObject[] = [
  {
    path: "/:realm/customers",
    element: <CustomersSection />,
    handle: { access: "view-users", breadcrumb: (t) => t("kontorCustomers") },
  },
  {
    path: "/:realm/customers/:customerNumber",
    element: <CustomerDetails />,
    handle: { access: "view-users", breadcrumb: (t) => t("kontorCustomerDetails") },
  },
  {
    // More specific than Keycloak's /:realm/users/:id/:tab, so the router picks this one.
    path: "/:realm/users/:id/portal",
    element: <UserPortalPage />,
    handle: { access: "view-users", breadcrumb: (t) => t("kontorUserPortal") },
  },
  {
    path: "/:realm/kontor-orders",
    element: <OrdersSection />,
    handle: { access: "view-users", breadcrumb: (t) => t("kontorOrderSearch") },
  },
  {
    path: "/:realm/kontor-orders/:number",
    element: <OrderPage />,
    handle: { access: "view-users", breadcrumb: (t) => t("kontorOrderSearch") },
  },
  {
    path: "/:realm/kontor-returns",
    element: <ReturnsSection />,
    handle: { access: "view-users", breadcrumb: (t) => t("kontorReturnQueue") },
  },
  {
    path: "/:realm/kontor-settings",
    element: <SettingsSection />,
    handle: { access: "view-realm", breadcrumb: (t) => t("kontorSettings") },
  },
];

/** The "Kontor" navigation group, in order. */
export const kontorNav: KontorNavItem[] = [
  { titleKey: "kontorCustomers", path: "/customers", access: "view-users" },
  { titleKey: "kontorOrderSearch", path: "/kontor-orders", access: "view-users" },
  { titleKey: "kontorReturnQueue", path: "/kontor-returns", access: "view-users" },
  { titleKey: "kontorSettings", path: "/kontor-settings", access: "view-realm" },
];

/**
 * Children of the console's root route: every Keycloak page (the package's `routes`, which end
 * with its not-found route) and Kontor's, under a path-less layout that adds the Kontor group to
 * Keycloak's navigation.
 */
export const consoleRoutes: RouteObject[] = [
  { element: <KontorLayout />, children: [...kontorRoutes, ...routes] },
];
