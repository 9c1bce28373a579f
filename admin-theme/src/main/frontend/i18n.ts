import { createInstance } from "i18next";
import FetchBackend from "i18next-fetch-backend";
import { initReactI18next } from "react-i18next";

import { environment } from "./environment";

type MessageEntry = { key: string; value: string };

/**
 * The i18next instance of the whole console, configured like the stock admin console's (which
 * the admin-ui package does not export): Keycloak's pages call useTranslation() and read this
 * instance through react-i18next. The messages are the realm's admin theme bundles
 * (theme/kontor/admin/messages/messages_*.properties merged with keycloak.v2's), served as a
 * JSON array of {key, value}; the namespace is the realm. Keycloak's WhoAmI context switches the
 * language to the signed-in admin's locale.
 */
export const i18n = createInstance({
  fallbackLng: "en",
  keySeparator: ".",
  nsSeparator: false,
  showSupportNotice: false,
  interpolation: { escapeValue: false },
  defaultNS: [environment.realm],
  ns: [environment.realm],
  backend: {
    // adminBaseUrl comes without a trailing slash (the package's environment-types.d.ts).
    loadPath: `${environment.adminBaseUrl}/resources/{{ns}}/admin/{{lng}}`,
    parse: (data: string) =>
      Object.fromEntries((JSON.parse(data) as MessageEntry[]).map(({ key, value }) => [key, value])),
  },
});

i18n.use(FetchBackend);
i18n.use(initReactI18next);
