/// <reference types="vite/client" />

// Aliased in vite.config.ts to the packages' compiled CSS.
declare module "@keycloak/keycloak-account-ui/style.css";
declare module "@keycloak/keycloak-ui-shared/style.css";
