import { cleanup } from "@testing-library/react";
import { afterEach, vi } from "vitest";

// What index.ftl renders into the page: environment.ts reads it when imported.
const environment = document.createElement("script");
environment.id = "environment";
environment.type = "application/json";
environment.textContent = JSON.stringify({
  serverBaseUrl: "http://kc.test",
  authUrl: "http://kc.test",
  authServerUrl: "http://kc.test",
  realm: "kontor",
  clientId: "account-console",
  resourceUrl: "http://kc.test/resources/abc/account/kontor",
  logo: "",
  logoUrl: "",
  darkMode: false,
  baseUrl: "http://kc.test/realms/kontor/account/",
  locale: "en",
  referrerName: "",
  referrerUrl: "",
  features: {},
  scope: "",
});
document.head.appendChild(environment);

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
  sessionStorage.clear();
});
