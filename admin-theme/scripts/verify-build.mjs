// Post-build sanity check for the Keycloak theme bundle (see verifyDist): index.ftl's
// modulepreload URLs exist, no chunk require()s an external at runtime.
import { verifyDist } from "../../tools/console-bundle/bundle.mjs";

verifyDist(new URL("../dist/", import.meta.url).pathname);
