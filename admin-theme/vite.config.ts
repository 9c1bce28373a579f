import react from "@vitejs/plugin-react";
import { fileURLToPath } from "node:url";
import { defineConfig } from "vite";

const fromRoot = (path: string) => fileURLToPath(new URL(path, import.meta.url));

// React is not bundled: Keycloak serves it from the common theme through the import map in
// index.ftl, exactly like the stock keycloak.v2 admin console. react-router-dom and
// react-i18next are bundled once and shared with @keycloak/keycloak-admin-ui, which keeps them
// external so that its pages and Kontor's see the same router and the same i18next instance.
const external = ["react", "react/jsx-runtime", "react-dom", "react-dom/client"];

// `vite build --mode baseline` builds the package's console without Kontor (src/main/frontend/
// baseline.tsx) into target/baseline-dist, for the bundle-size check only.
export default defineConfig(({ mode }) => ({
  // Relative URLs: the bundle is served from ${resourceUrl}, which contains a resource version.
  base: "",
  publicDir: false,
  plugins: [react()],
  resolve: {
    alias: [
      {
        find: /^use-sync-external-store\/shim(\/index\.js)?$/,
        replacement: fromRoot("./src/main/frontend/shims/use-sync-external-store-shim.ts"),
      },
    ],
  },
  build: {
    outDir: mode === "baseline" ? "target/baseline-dist" : "dist",
    emptyOutDir: true,
    assetsDir: "assets",
    // Keycloak's AdminConsole reads dist/.vite/manifest.json to find the entry script, its CSS
    // and its static imports (see index.ftl).
    manifest: true,
    modulePreload: false,
    sourcemap: false,
    target: "es2022",
    chunkSizeWarningLimit: 8192,
    rolldownOptions: {
      input: fromRoot(mode === "baseline" ? "./src/main/frontend/baseline.tsx" : "./src/main/frontend/main.tsx"),
      external,
    },
  },
}));
