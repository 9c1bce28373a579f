// Post-build sanity check for the Keycloak theme bundle.
//
// Keycloak's AccountConsole reads resources/.vite/manifest.json, takes the
// chunk flagged isEntry and hands its `file`, `css` and `imports` to index.ftl.
// `imports` are manifest *keys*: shared chunks are keyed "_name-hash.js"
// while the file lives at "assets/name-hash.js". index.ftl strips the leading
// "_" and prefixes "assets/". This script fails the build if that rule would
// produce a URL that does not exist, so a broken modulepreload never ships.
import { existsSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";

const dist = new URL("../dist/", import.meta.url).pathname;
const manifestPath = join(dist, ".vite", "manifest.json");
const manifest = JSON.parse(readFileSync(manifestPath, "utf8"));

const entries = Object.values(manifest).filter((chunk) => chunk.isEntry);
if (entries.length !== 1) {
  throw new Error(`expected exactly one entry chunk, found ${entries.length}`);
}
const [entry] = entries;

// Mirrors the modulepreload rule in index.ftl.
const preloadPath = (key) => (key.startsWith("_") ? `assets/${key.slice(1)}` : key);

const required = [
  entry.file,
  ...(entry.css ?? []),
  ...(entry.imports ?? []).map(preloadPath),
];
const missing = required.filter((file) => !existsSync(join(dist, file)));
if (missing.length > 0) {
  throw new Error(`files referenced by index.ftl are missing: ${missing.join(", ")}`);
}

// A CommonJS module that require()s an external (react, react-dom) compiles
// to a helper that throws at runtime in the browser; refuse to ship that.
for (const file of Object.values(manifest).map((chunk) => chunk.file)) {
  if (file.endsWith(".js") && readFileSync(join(dist, file), "utf8").includes("bundling-cjs#require-external-modules")) {
    throw new Error(`${file} require()s an external module at runtime (see vite.config.ts aliases)`);
  }
}

const kib = (file) => (statSync(join(dist, file)).size / 1024).toFixed(1);
console.log(`entry script  ${entry.file} (${kib(entry.file)} KiB)`);
for (const css of entry.css ?? []) console.log(`entry style   ${css} (${kib(css)} KiB)`);
for (const imp of entry.imports ?? []) console.log(`modulepreload ${preloadPath(imp)} (${kib(preloadPath(imp))} KiB)`);
console.log("verify-build: OK");
