import { lazy, type ReactNode } from "react";

/** Key of the Kontor landing page in content.json ("id"). */
export const OVERVIEW_ID = "kontor-overview";
/** Key under which the stock personal info page is registered. */
export const PERSONAL_INFO_ID = "personal-info";

// Every page is its own chunk: the initial bundle is the shell only.
const StockPage = lazy(() => import("./stock/StockPage"));
const Overview = lazy(() => import("./pages/Overview"));
const TwoFactor = lazy(() => import("./pages/TwoFactor"));
const Addresses = lazy(() => import("./pages/Addresses"));
const Orders = lazy(() => import("./pages/Orders"));
const OrderDetail = lazy(() => import("./pages/OrderDetail"));
const Returns = lazy(() => import("./pages/Returns"));
const Invoices = lazy(() => import("./pages/Invoices"));

/** Kontor pages by content.json id. */
const KONTOR_PAGES: Record<string, () => ReactNode> = {
  [OVERVIEW_ID]: () => <Overview />,
  "kontor-two-factor": () => <TwoFactor />,
  "kontor-addresses": () => <Addresses />,
  "kontor-orders": () => <Orders />,
  "kontor-returns": () => <Returns />,
  "kontor-invoices": () => <Invoices />,
};

/** Pages below a content.json page, by its id (relative paths). */
export const CHILD_PAGES: Record<string, { path: string; element: () => ReactNode }[]> = {
  "kontor-orders": [{ path: ":orderId", element: () => <OrderDetail /> }],
};

/**
 * Paths of keycloak-account-ui 26.7.3's pages (its exported `routes`). Listed here so the shell
 * knows them without loading that package; StockPage renders whatever the package has.
 */
const STOCK_PATHS = new Set([
  "account-security/signing-in",
  "account-security/device-activity",
  "account-security/linked-accounts",
  "applications",
  "groups",
  "organizations",
  "resources",
  "verifiable-credentials",
]);

/**
 * Page element by key. Stock pages are registered under their keycloak-account-ui path;
 * personal info, the stock landing page (path ""), moves to "personal-info" so the Kontor
 * overview can be the landing page.
 */
export function pageElement(key: string): ReactNode | undefined {
  if (KONTOR_PAGES[key]) return KONTOR_PAGES[key]();
  if (key === PERSONAL_INFO_ID) return <StockPage path="" />;
  if (STOCK_PATHS.has(key)) return <StockPage path={key} />;
  return undefined;
}
