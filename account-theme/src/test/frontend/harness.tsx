import { KeycloakProvider } from "@keycloak/keycloak-ui-shared";
import { render } from "@testing-library/react";
import { createInstance } from "i18next";
import { readFileSync } from "node:fs";
import type { ReactNode } from "react";
import { I18nextProvider, initReactI18next } from "react-i18next";
import { MemoryRouter, Route, Routes } from "react-router-dom";
import { vi } from "vitest";

import { environment } from "../../main/frontend/environment";

const MESSAGES = "src/main/resources/theme/kontor/account/messages/messages_%s.properties";

/** key → value of a messages_*.properties file (UTF-8, one key=value a line). */
export function readMessages(locale: string): Record<string, string> {
  const entries = readFileSync(MESSAGES.replace("%s", locale), "utf8")
    .split("\n")
    .filter((line) => line.trim() && !line.startsWith("#"))
    .map((line) => [line.slice(0, line.indexOf("=")), line.slice(line.indexOf("=") + 1)] as const);
  return Object.fromEntries(entries);
}

export function testI18n(locale = "en") {
  const i18n = createInstance({
    lng: locale,
    fallbackLng: "en",
    nsSeparator: false,
    keySeparator: false,
    interpolation: { escapeValue: false },
    resources: { [locale]: { translation: readMessages(locale) } },
    showSupportNotice: false,
  });
  i18n.use(initReactI18next);
  void i18n.init();
  return i18n;
}

/** A keycloak-js stand-in: a token that is always fresh; login() records AIA redirects. */
export const fakeKeycloak = () => ({
  token: "test-token",
  updateToken: vi.fn(async () => true),
  login: vi.fn(async () => undefined),
  logout: vi.fn(async () => undefined),
  tokenParsed: { name: "Test Customer", given_name: "Test", family_name: "Customer" },
  idTokenParsed: { name: "Test Customer" },
  loadUserProfile: vi.fn(async () => ({})),
  accountManagement: vi.fn(),
});

export type Route_ = { method: string; path: string | RegExp; status?: number; body?: unknown; headers?: Record<string, string> };

/**
 * Mocks fetch with a list of routes (first match wins; path matched against URL path+query).
 * Every request is recorded, so tests can check methods, headers and bodies.
 */
export function mockFetch(routes: Route_[]) {
  const calls: { method: string; url: URL; headers: Record<string, string>; body: unknown }[] = [];
  const fetchMock = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(String(input));
    const method = init?.method ?? "GET";
    const headers = (init?.headers ?? {}) as Record<string, string>;
    calls.push({ method, url, headers, body: init?.body ? JSON.parse(String(init.body)) : undefined });
    const target = url.pathname + url.search;
    const route = routes.find(
      (candidate) => candidate.method === method && (typeof candidate.path === "string" ? url.pathname.endsWith(candidate.path) : candidate.path.test(target)),
    );
    if (!route) return new Response("not found", { status: 404 });
    const status = route.status ?? 200;
    const isProblem = status >= 400;
    return new Response(route.body === undefined ? null : JSON.stringify(route.body), {
      status,
      headers: { "Content-Type": isProblem ? "application/problem+json" : "application/json", ...route.headers },
    });
  });
  vi.stubGlobal("fetch", fetchMock);
  return calls;
}

/** Renders a page inside the providers the console gives it, at a console path. */
export function renderPage(page: ReactNode, { path = "", routePath = "", locale = "en" } = {}) {
  const keycloak = fakeKeycloak();
  const i18n = testI18n(locale);
  const base = "/realms/kontor/account/";
  const result = render(
    <I18nextProvider i18n={i18n}>
      <KeycloakProvider environment={environment} keycloak={keycloak as never}>
        <MemoryRouter initialEntries={[base + path]}>
          <Routes>
            <Route path={base + routePath} element={page} />
          </Routes>
        </MemoryRouter>
      </KeycloakProvider>
    </I18nextProvider>,
  );
  return { ...result, keycloak };
}
