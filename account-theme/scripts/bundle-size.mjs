// Prints the initial JavaScript of the Kontor console next to the stock Keycloak console's and
// fails the build when Kontor's is above 1.15 times the stock one.
//
// "Initial JS" = the entry chunk of the Vite manifest plus every chunk it imports statically
// (transitively): what the browser must load before anything renders. Both consoles are measured
// the same way: Kontor from dist/.vite/manifest.json, stock from the keycloak.v3 account theme in
// org.keycloak:keycloak-account-ui (the jar Keycloak ships; path as first argument, default: the
// copy Maven puts into target/stock/). Also shown: the landing page (initial + what the Overview
// route loads) and gzip sizes.
import { distManifest, entryKey, initialFiles, kib, measure, stockInitial } from "../../tools/console-bundle/bundle.mjs";

const LIMIT = 1.15;
const dist = new URL("../dist/", import.meta.url).pathname;
const jarPath = process.argv[2] ?? new URL("../target/stock/keycloak-account-ui.jar", import.meta.url).pathname;
const STOCK_PREFIX = "theme/keycloak.v3/account/resources/";

const stock = stockInitial(jarPath, STOCK_PREFIX);
if (!stock) {
  console.log(`bundle-size: stock jar not found at ${jarPath}; skipped`);
  process.exit(0);
}

const { manifest, read: readDist } = distManifest(dist);
const entry = entryKey(manifest);
const kontor = measure(readDist, initialFiles(manifest, [entry]));
const overviewKey = Object.keys(manifest).find((key) => key.endsWith("pages/Overview.tsx"));
const landing = measure(readDist, initialFiles(manifest, [entry, overviewKey].filter(Boolean)));

const ratio = kontor.raw / stock.raw;
console.log(`stock console  initial JS ${kib(stock.raw)} (gzip ${kib(stock.gzip)}) – ${stock.files.join(", ")}`);
console.log(`kontor console initial JS ${kib(kontor.raw)} (gzip ${kib(kontor.gzip)}) – ${kontor.files.join(", ")}`);
console.log(`kontor landing page (initial + Overview) ${kib(landing.raw)} (gzip ${kib(landing.gzip)})`);
console.log(`ratio kontor/stock initial JS: ${ratio.toFixed(3)} (gzip ${(kontor.gzip / stock.gzip).toFixed(3)}; landing ${(landing.raw / stock.raw).toFixed(3)}), limit ${LIMIT}`);
if (ratio > LIMIT) {
  console.error(`bundle-size: the initial JS is ${ratio.toFixed(3)} × the stock console's, above ${LIMIT}`);
  process.exit(1);
}
