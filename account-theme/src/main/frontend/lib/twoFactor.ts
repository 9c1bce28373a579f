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
 * Removing a credential is always Keycloak's `delete_credential` action (kc_action): it signs the
 * user in again with password and second factor, where a saved browser or a 24-hour skip does not
 * count. The account REST API's DELETE is closed for this realm (403 `reauthentication_required`).
 */
export const deleteCredentialAction = (credentialId: string) => `delete_credential:${credentialId}`;

/**
 * "Turn off" removes every method, one `delete_credential` action each (Keycloak removes one
 * credential per action); the ids still to go survive the redirects in sessionStorage. Recovery
 * codes go with the last method on the server.
 */
const PENDING_REMOVAL = "kontor.pendingRemoval";

export function rememberRemoval(credentialIds: string[], storage: Storage = sessionStorage) {
  if (credentialIds.length === 0) storage.removeItem(PENDING_REMOVAL);
  else storage.setItem(PENDING_REMOVAL, JSON.stringify(credentialIds));
}

/**
 * The next credential of a pending "turn off" that still exists, once, after an action that
 * succeeded; `null` (and nothing pending any more) otherwise, so a cancelled sign-in stops there.
 */
export function takePendingRemoval(state: SecondFactorState, succeeded: boolean, storage: Storage = sessionStorage): string | null {
  const raw = storage.getItem(PENDING_REMOVAL);
  storage.removeItem(PENDING_REMOVAL);
  if (!raw || !succeeded) return null;
  try {
    const existing = new Set(state.methods.map((method) => method.credentialId));
    const remaining = (JSON.parse(raw) as string[]).filter((id) => existing.has(id));
    if (remaining.length === 0) return null;
    rememberRemoval(remaining.slice(1), storage);
    return remaining[0];
  } catch {
    return null;
  }
}

/**
 * A trusted browser as GET /portal/trusted-browsers lists it (times in epoch ms): `saved` by the
 * user, or a running 24-hour `skip` (with its end in `expiresAt`).
 */
export type SavedBrowser = {
  id: string; kind: "saved" | "skip"; name: string; browser?: string | null; os?: string | null; userAgent: string | null; createdAt: number; lastUsedAt: number;
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
