// react-i18next imports `use-sync-external-store/shim`, a CommonJS package that
// calls require("react"). React is external (served by Keycloak through the
// import map), and an ES module bundle cannot require() an external, so the
// page would die with "Calling `require` for "react"". React 18 ships the hook
// itself; this module replaces the shim (see vite.config.ts).
export { useSyncExternalStore } from "react";
