import { useEnvironment } from "@keycloak/keycloak-ui-shared";
import type { AccountEnvironment } from "@keycloak/keycloak-account-ui";
import { useCallback, useEffect, useState } from "react";

import type { ApiContext } from "../lib/http";

export type LoadState<T> =
  | { status: "loading" }
  | { status: "error"; error: unknown }
  | { status: "ready"; data: T };

/** Loads data with the console's Keycloak context; `reload()` runs the loader again. */
export function useLoad<T>(loader: (context: ApiContext, signal: AbortSignal) => Promise<T>, deps: unknown[] = []) {
  const context = useEnvironment<AccountEnvironment>();
  const [state, setState] = useState<LoadState<T>>({ status: "loading" });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    const controller = new AbortController();
    setState((previous) => (previous.status === "ready" ? previous : { status: "loading" }));
    loader(context, controller.signal).then(
      (data) => !controller.signal.aborted && setState({ status: "ready", data }),
      (error: unknown) => !controller.signal.aborted && setState({ status: "error", error }),
    );
    return () => controller.abort();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [context.keycloak, context.environment.realm, attempt, ...deps]);

  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  return { state, reload, context };
}
