/**
 * The outcome of an application-initiated action. Keycloak sends the browser back with
 * `kc_action=…&kc_action_status=success|cancelled|error`; keycloak-js removes both from the URL
 * while it starts, so main.tsx records them first and the page that started the action reads
 * them once.
 */
const KEY = "kontor.actionStatus";

export type ActionStatus = { action: string; status: "success" | "cancelled" | "error" };

export function recordActionStatus(search: string, storage: Storage = sessionStorage) {
  const params = new URLSearchParams(search);
  const status = params.get("kc_action_status");
  const action = params.get("kc_action");
  if (action && (status === "success" || status === "cancelled" || status === "error")) {
    storage.setItem(KEY, JSON.stringify({ action, status }));
  }
}

export function takeActionStatus(storage: Storage = sessionStorage): ActionStatus | null {
  const raw = storage.getItem(KEY);
  storage.removeItem(KEY);
  if (!raw) return null;
  try {
    return JSON.parse(raw) as ActionStatus;
  } catch {
    return null;
  }
}
