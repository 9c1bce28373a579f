import { consoleBasePath } from "../environment";

/** Absolute console paths of the Kontor pages (content.json paths). */
export const PAGE_PATHS = {
  overview: consoleBasePath,
  personalInfo: `${consoleBasePath}personal-info`,
  twoFactor: `${consoleBasePath}two-factor`,
  addresses: `${consoleBasePath}addresses`,
  orders: `${consoleBasePath}orders`,
  order: (id: string) => `${consoleBasePath}orders/${encodeURIComponent(id)}`,
  returns: `${consoleBasePath}returns`,
  invoices: `${consoleBasePath}invoices`,
};

/**
 * Links from the back end (tracking, invoice documents) only for web addresses; anything else is
 * shown as text. The back end refuses other schemes already; this keeps a `javascript:` URL out
 * of an href even if one slipped into the data.
 */
export const safeUrl = (url: string | null | undefined) => (url && /^https?:\/\//i.test(url) ? url : null);
