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
