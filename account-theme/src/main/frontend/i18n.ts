import { createInstance, type LanguageDetectorModule } from "i18next";
import FetchBackend from "i18next-fetch-backend";
import { initReactI18next } from "react-i18next";

import { environment, joinUrl } from "./environment";

type MessageEntry = { key: string; value: string };

// The server decides the locale (user attribute, kc_locale, Accept-Language).
const serverLocaleDetector: LanguageDetectorModule = {
  type: "languageDetector",
  detect: () => environment.locale,
};

/**
 * Messages come from the theme's message bundles on the server
 * (theme/kontor/account/messages/messages_*.properties merged with the
 * keycloak.v3 parent), served as a JSON array of {key, value}.
 */
export const i18n = createInstance({
  fallbackLng: "en",
  nsSeparator: false,
  // Keys are flat property names; Kontor's contain dots ("kontorStatus.shipped").
  keySeparator: false,
  showSupportNotice: false,
  interpolation: { escapeValue: false },
  backend: {
    loadPath: joinUrl(
      environment.serverBaseUrl,
      "resources",
      environment.realm,
      "account",
      "{{lng}}",
    ),
    parse: (data: string) =>
      Object.fromEntries(
        (JSON.parse(data) as MessageEntry[]).map(({ key, value }) => [key, value]),
      ),
  },
});

i18n.use(FetchBackend);
i18n.use(serverLocaleDetector);
i18n.use(initReactI18next);

// The stock personal-info page fires this event when the user picks another
// language; switch without a reload like the stock console does.
window.addEventListener("languageChanged", (event: Event) => {
  const { language } = (event as CustomEvent<{ language: string }>).detail;
  i18n.changeLanguage(language).catch((error: unknown) => {
    console.warn("Could not load locale", language, error);
  });
});
