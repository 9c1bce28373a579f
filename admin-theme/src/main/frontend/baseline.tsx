import { routes } from "@keycloak/keycloak-admin-ui";

import { start } from "./start";

// The console from the package alone, without Kontor: built only to measure (vite --mode
// baseline, scripts/bundle-size.mjs), never shipped. What Kontor adds is measured against this.
await start(routes);
