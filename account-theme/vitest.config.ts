import react from "@vitejs/plugin-react";
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const fromRoot = (path: string) => fileURLToPath(new URL(path, import.meta.url));

// Unit and component tests of the console (npm test; Maven runs it in the test phase).
export default defineConfig({
  plugins: [react()],
  resolve: {
    alias: [
      {
        find: "@keycloak/keycloak-account-ui/style.css",
        replacement: fromRoot("./node_modules/@keycloak/keycloak-account-ui/lib/keycloak-account-ui.css"),
      },
    ],
  },
  test: {
    environment: "happy-dom",
    include: ["src/test/frontend/**/*.test.{ts,tsx}"],
    setupFiles: ["src/test/frontend/setup.ts"],
    css: false,
    testTimeout: 20_000,
    // keycloak-ui-shared imports PatternFly styles without file extensions; let Vite resolve them.
    server: { deps: { inline: [/@keycloak\/keycloak-ui-shared/, /@patternfly\//] } },
    // A zone west of Greenwich: calendar dates must not move a day.
    env: { TZ: "America/Los_Angeles" },
  },
});
