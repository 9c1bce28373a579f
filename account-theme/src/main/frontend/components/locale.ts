import { useTranslation } from "react-i18next";

/** The locale the console shows (en, de, it, nl) for Intl number and date formats. */
export function useLocale(): string {
  const { i18n } = useTranslation();
  return i18n.resolvedLanguage ?? i18n.language ?? "en";
}
