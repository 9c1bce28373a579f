import { consoleRoutes } from "./routes";
import { start } from "./start";

// Every Keycloak page plus Kontor's (see routes.tsx).
await start(consoleRoutes);
