import react from "@vitejs/plugin-react";
import { fileURLToPath } from "node:url";
import { defineConfig } from "vite";

const fromRoot = (path: string) =>
  fileURLToPath(new URL(path, import.meta.url));

// React is not bundled: Keycloak serves it from the common theme
// (theme/keycloak/common/resources/vendor/...) through the import map in
// index.ftl, exactly like the stock keycloak.v3 account console.
const external = ["react", "react/jsx-runtime", "react-dom", "react-dom/client"];

export default defineConfig({
  // Relative URLs: the bundle is served from ${resourceUrl} which contains
  // the realm and a resource version, so absolute paths would be wrong.
  base: "",
  publicDir: false,
  plugins: [react()],
  resolve: {
    alias: [
      // The packages only export their JS entry; their compiled CSS (CSS
      // modules of the stock pages, PatternFly component styles) has to be
      // pulled in by path.
      {
        find: "@keycloak/keycloak-account-ui/style.css",
        replacement: fromRoot(
          "./node_modules/@keycloak/keycloak-account-ui/lib/keycloak-account-ui.css",
        ),
      },
      {
        find: "@keycloak/keycloak-ui-shared/style.css",
        replacement: fromRoot("./node_modules/@keycloak/keycloak-ui-shared/dist/main.css"),
      },
      // CommonJS shim that would require() the external "react"; React 18 has the hook.
      {
        find: /^use-sync-external-store\/shim(\/index\.js)?$/,
        replacement: fromRoot("./src/main/frontend/shims/use-sync-external-store-shim.ts"),
      },
    ],
  },
  build: {
    outDir: "dist",
    emptyOutDir: true,
    assetsDir: "assets",
    // Keycloak reads dist/.vite/manifest.json to find the entry script,
    // its CSS and its static imports (see index.ftl).
    manifest: true,
    modulePreload: false,
    sourcemap: false,
    target: "es2022",
    chunkSizeWarningLimit: 4096,
    rolldownOptions: {
      input: fromRoot("./src/main/frontend/main.tsx"),
      external,
    },
  },
});
