import { useMemo } from "react";

import { useAdminApi } from "../adminApi";
import type { Money, Return } from "../returns/api";

/** One second-factor method of the user (dev.kontor.admin.SecondFactorStatus.Method). */
export type Method = { id: string; type: string; label: string | null; createdDate: number | null };
export type SecondFactor = { methods: Method[]; recoveryCodes: boolean; savedBrowserCount: number };
export type SecondFactorReset = { removedCredentialTypes: string[]; removedTrustedBrowsers: number };

/** A saved browser or running 24-hour skip (dev.kontor.trust.TrustedBrowserRepresentation). */
export type TrustedBrowser = {
  id: string;
  kind: "saved" | "skip";
  name: string | null;
  userAgent: string | null;
  createdAt: number;
  lastUsedAt: number;
  expiresAt: number | null;
};

export type OrderSummary = { id: string; number: string; status: string; placedAt: string; total: Money; itemCount: number };
export type Invoice = { id: string; number: string; orderNumber: string; status: string; amount: Money; dueOn: string | null };
export type Address = {
  id: string;
  firstName: string;
  lastName: string;
  company: string | null;
  street: string;
  houseNumber: string | null;
  postcode: string;
  city: string;
  country: string;
  defaultBilling: boolean;
  defaultShipping: boolean;
};
export type Page<T> = { items: T[]; total: number };

/** The page sizes of the customer's lists: the newest few, the full lists are the Orders and Returns pages. */
export const LIST_MAX = 5;

/** What the admin API offers about one login (second factor, trusted browsers, commerce). */
export function useUserPortalApi(userId: string) {
  const call = useAdminApi("");
  return useMemo(() => {
    const user = `/users/${encodeURIComponent(userId)}/second-factor`;
    const of = `userId=${encodeURIComponent(userId)}&first=0&max=${LIST_MAX}`;
    return {
      secondFactor: () => call<SecondFactor>("GET", user),
      resetSecondFactor: () => call<SecondFactorReset>("DELETE", user),
      browsers: (first: number, max: number) => call<Page<TrustedBrowser>>("GET", `${user}/browsers?first=${first}&max=${max}`),
      deleteBrowser: (id: string) => call<void>("DELETE", `${user}/browsers/${encodeURIComponent(id)}`),
      deleteBrowsers: () => call<{ deleted: number }>("DELETE", `${user}/browsers`),
      orders: () => call<Page<OrderSummary>>("GET", `/orders?${of}`),
      returns: () => call<Page<Return>>("GET", `/returns?${of}`),
      invoices: () => call<Page<Invoice>>("GET", `/invoices?${of}`),
      addresses: () => call<Page<Address>>("GET", `/addresses?${of}`),
    };
  }, [call, userId]);
}

/** The message key of a credential type's name; types Kontor does not know keep the raw type. */
export function methodKey(type: string): string | null {
  switch (type) {
    case "otp":
      return "kontorMethod_otp";
    case "kontor-email-code":
      return "kontorMethod_emailCode";
    case "recovery-authn-codes":
      return "kontorMethod_recoveryCodes";
    case "webauthn":
    case "webauthn-passwordless":
      return "kontorMethod_securityKey";
    default:
      return null;
  }
}
