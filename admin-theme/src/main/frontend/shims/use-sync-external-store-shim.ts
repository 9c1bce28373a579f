// react-i18next imports the CommonJS `use-sync-external-store/shim`, which require()s the external
// "react" and would throw in the browser; React 18 has the hook (see vite.config.ts).
export { useSyncExternalStore } from "react";
