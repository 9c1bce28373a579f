import { useMemo } from "react";

import { useAdminApi } from "../adminApi";

/** Statuses a customer may cancel in (the server refuses any other). */
export const CANCELLABLE_STATUSES = ["placed", "processing"] as const;
export type CancellableStatus = (typeof CANCELLABLE_STATUSES)[number];

/** The realm's commerce settings (the admin API's CommerceSettings). */
export type CommerceSettings = {
  cancellableStatuses: CancellableStatus[];
  returnWindowDays: number | null;
  cartUrlTemplate: string | null;
};

/** /admin/realms/{realm}/portal/settings with the console's token. */
export function useSettingsApi() {
  const call = useAdminApi("settings");
  return useMemo(() => {
    return {
      get: () => call<CommerceSettings>("GET", ""),
      save: (settings: CommerceSettings) => call<CommerceSettings>("PUT", "", settings),
    };
  }, [call]);
}

/**
 * The form's text for the return window as the API's number: blank is null (the server says
 * "required"), a whole number as it is (the server checks the range and names it), anything else
 * NaN, which the page refuses itself (JSON would turn it into null and the server's message
 * would be the wrong one).
 */
export function returnWindow(text: string): number | null {
  const trimmed = text.trim();
  if (trimmed === "") return null;
  return /^-?\d{1,6}$/.test(trimmed) ? Number(trimmed) : Number.NaN;
}
