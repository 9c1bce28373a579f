/**
 * The customer's second factor, read from Keycloak's account REST API (GET /account/credentials):
 * Kontor's email code (`kontor-email-code`), Keycloak's authenticator app (`otp`) and recovery
 * codes (`recovery-authn-codes`, listed only when the realm's flows use them).
 */
import type { CredentialContainer } from "@keycloak/keycloak-account-ui";

import { account, type ApiContext, portal } from "./http";

export const EMAIL_CODE = "kontor-email-code";
export const OTP = "otp";
export const RECOVERY_CODES = "recovery-authn-codes";
export type Method = typeof EMAIL_CODE | typeof OTP;

/** Application-initiated actions (kc_action) that set up each method. */
export const SETUP_ACTION: Record<Method, string> = {
  [EMAIL_CODE]: "kontor-email-code-setup",
  [OTP]: "CONFIGURE_TOTP",
};
export const RECOVERY_CODES_ACTION = "CONFIGURE_RECOVERY_AUTHN_CODES";

export type ConfiguredMethod = { type: Method; credentialId: string; createdDate: number; label: string | null };

export type SecondFactorState = {
  /** Configured methods; the first one is the one the login asks for first. */
  methods: ConfiguredMethod[];
  /** Which methods this realm offers at all. */
  available: Method[];
  recoveryCodes: { available: boolean; credentialId: string | null; createdDate: number | null };
};

/** Reduces the account API's credential containers to what the two-factor page shows. */
export function secondFactorState(containers: CredentialContainer[]): SecondFactorState {
  const byType = new Map(containers.map((container) => [container.type, container]));
  const methods: ConfiguredMethod[] = [];
  const available: Method[] = [];
  for (const type of [EMAIL_CODE, OTP] as Method[]) {
    const container = byType.get(type);
    if (!container) continue;
    available.push(type);
    for (const metadata of container.userCredentialMetadatas ?? []) {
      methods.push({
        type,
        credentialId: metadata.credential.id,
        createdDate: metadata.credential.createdDate,
        label: metadata.credential.userLabel ?? null,
      });
    }
  }
  // Keycloak offers the credential with the lowest priority number first ("try another way" for the rest).
  const priority = new Map(
    containers.flatMap((container) =>
      (container.userCredentialMetadatas ?? []).map((metadata) => [metadata.credential.id, metadata.credential.priority ?? 0] as const),
    ),
  );
  methods.sort((a, b) => (priority.get(a.credentialId) ?? 0) - (priority.get(b.credentialId) ?? 0));
  const recovery = byType.get(RECOVERY_CODES);
  const recoveryCredential = recovery?.userCredentialMetadatas?.[0]?.credential;
  return {
    methods,
    available,
    recoveryCodes: {
      available: Boolean(recovery),
      credentialId: recoveryCredential?.id ?? null,
      createdDate: recoveryCredential?.createdDate ?? null,
    },
  };
}

export const fetchCredentials = (context: ApiContext, signal?: AbortSignal) =>
  account<CredentialContainer[]>(context, "credentials", { signal });

/**
 * Deletes a credential through the account API. Keycloak refuses (403) when the session's
 * authentication level is too low for it; the caller then falls back to Keycloak's own
 * `delete_credential` action, which re-authenticates.
 */
export const deleteCredential = (context: ApiContext, credentialId: string) =>
  account<void>(context, `credentials/${encodeURIComponent(credentialId)}`, { method: "DELETE" });

/** A saved browser as GET /portal/trusted-browsers lists it (times in epoch ms). */
export type SavedBrowser = {
  id: string; name: string; userAgent: string | null; createdAt: number; lastUsedAt: number;
  expiresAt: number | null; current: boolean;
};

export const listSavedBrowsers = (context: ApiContext, first: number, max: number, signal?: AbortSignal) =>
  portal<{ items: SavedBrowser[]; total: number }>(context, "trusted-browsers", { query: { first, max }, signal });
export const deleteSavedBrowser = (context: ApiContext, id: string) =>
  portal<void>(context, `trusted-browsers/${encodeURIComponent(id)}`, { method: "DELETE" });
export const deleteAllSavedBrowsers = (context: ApiContext) =>
  portal<{ deleted: number }>(context, "trusted-browsers", { method: "DELETE" });

/**
 * "Switch method" is: set up the new one (a redirect through Keycloak), then remove the old one.
 * The old credential's id survives the redirect in sessionStorage.
 */
const PENDING_SWITCH = "kontor.pendingSwitch";
export type PendingSwitch = { removeCredentialId: string; to: Method };

export function rememberSwitch(pending: PendingSwitch, storage: Storage = sessionStorage) {
  storage.setItem(PENDING_SWITCH, JSON.stringify(pending));
}

/** The pending switch once, if it is complete: the new method exists next to the old one. */
export function takeCompletedSwitch(state: SecondFactorState, storage: Storage = sessionStorage): PendingSwitch | null {
  const raw = storage.getItem(PENDING_SWITCH);
  if (!raw) return null;
  storage.removeItem(PENDING_SWITCH);
  try {
    const pending = JSON.parse(raw) as PendingSwitch;
    const hasNew = state.methods.some((method) => method.type === pending.to);
    const hasOld = state.methods.some((method) => method.credentialId === pending.removeCredentialId);
    return hasNew && hasOld ? pending : null;
  } catch {
    return null;
  }
}
