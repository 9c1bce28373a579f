import type { AccountEnvironment } from "@keycloak/keycloak-account-ui";
import type { KeycloakContext } from "@keycloak/keycloak-ui-shared";

import { joinUrl } from "../environment";
import { networkProblem, problemFromResponse } from "./problem";

export type ApiContext = KeycloakContext<AccountEnvironment>;

type RequestOptions = {
  method?: string;
  body?: unknown;
  headers?: Record<string, string>;
  query?: Record<string, string | number | undefined | null>;
  signal?: AbortSignal;
};

/** A fresh bearer token of the console's keycloak-js instance (a new login if the session is gone). */
async function bearer({ keycloak }: ApiContext): Promise<string> {
  try {
    await keycloak.updateToken(5);
  } catch {
    await keycloak.login();
  }
  return keycloak.token ?? "";
}

export const portalUrl = ({ serverBaseUrl, realm }: AccountEnvironment, path: string) =>
  joinUrl(serverBaseUrl, "realms", encodeURIComponent(realm), "portal", path);

export const accountUrl = ({ serverBaseUrl, realm }: AccountEnvironment, path: string) =>
  joinUrl(serverBaseUrl, "realms", encodeURIComponent(realm), "account", path);

export type ApiResponse<T> = { status: number; body: T; headers: Headers };

/** Calls a URL with the bearer token; non-2xx answers throw an ApiProblem. */
export async function call<T>(context: ApiContext, url: string, options: RequestOptions = {}): Promise<ApiResponse<T>> {
  const target = new URL(url);
  for (const [key, value] of Object.entries(options.query ?? {})) {
    if (value !== undefined && value !== null && value !== "") target.searchParams.set(key, String(value));
  }
  const headers: Record<string, string> = {
    Accept: "application/json, application/problem+json",
    Authorization: `Bearer ${await bearer(context)}`,
    ...options.headers,
  };
  if (options.body !== undefined) headers["Content-Type"] = "application/json";
  let response: Response;
  try {
    response = await fetch(target, {
      method: options.method ?? "GET",
      headers,
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      signal: options.signal,
    });
  } catch (error) {
    if (error instanceof Error && error.name === "AbortError") throw error;
    throw networkProblem();
  }
  if (!response.ok) throw await problemFromResponse(response);
  const text = response.status === 204 ? "" : await response.text();
  return { status: response.status, body: (text ? JSON.parse(text) : undefined) as T, headers: response.headers };
}

export const portal = <T>(context: ApiContext, path: string, options?: RequestOptions) =>
  call<T>(context, portalUrl(context.environment, path), options).then((response) => response.body);

export const account = <T>(context: ApiContext, path: string, options?: RequestOptions) =>
  call<T>(context, accountUrl(context.environment, path), options).then((response) => response.body);
