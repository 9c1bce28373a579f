// Prints the initial JavaScript of the Kontor console next to the stock Keycloak console's and
// fails the build when Kontor's is above 1.15 times the stock one.
//
// "Initial JS" = the entry chunk of the Vite manifest plus every chunk it imports statically
// (transitively): what the browser must load before anything renders. Both consoles are measured
// the same way: Kontor from dist/.vite/manifest.json, stock from the keycloak.v3 account theme in
// org.keycloak:keycloak-account-ui (the jar Keycloak ships; path as first argument, default: the
// copy Maven puts into target/stock/). Also shown: the landing page (initial + what the Overview
// route loads) and gzip sizes.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync, inflateRawSync } from "node:zlib";

const LIMIT = 1.15;
const dist = new URL("../dist/", import.meta.url).pathname;
const jarPath = process.argv[2] ?? new URL("../target/stock/keycloak-account-ui.jar", import.meta.url).pathname;
const STOCK_PREFIX = "theme/keycloak.v3/account/resources/";

/** Entries of a zip file (stored or deflated), by name. Enough for a jar; no dependency needed. */
function readZip(path) {
  const zip = readFileSync(path);
  let end = zip.length - 22;
  while (end >= 0 && zip.readUInt32LE(end) !== 0x06054b50) end--;
  if (end < 0) throw new Error(`${path} is not a zip file`);
  const count = zip.readUInt16LE(end + 10);
  let offset = zip.readUInt32LE(end + 16);
  const files = new Map();
  for (let i = 0; i < count; i++) {
    const method = zip.readUInt16LE(offset + 10);
    const compressedSize = zip.readUInt32LE(offset + 20);
    const nameLength = zip.readUInt16LE(offset + 28);
    const extraLength = zip.readUInt16LE(offset + 30);
    const commentLength = zip.readUInt16LE(offset + 32);
    const localHeader = zip.readUInt32LE(offset + 42);
    const name = zip.toString("utf8", offset + 46, offset + 46 + nameLength);
    files.set(name, () => {
      const start = localHeader + 30 + zip.readUInt16LE(localHeader + 26) + zip.readUInt16LE(localHeader + 28);
      const data = zip.subarray(start, start + compressedSize);
      return method === 0 ? Buffer.from(data) : inflateRawSync(data);
    });
    offset += 46 + nameLength + extraLength + commentLength;
  }
  return files;
}

/** Files of the entry chunk and its static imports, transitively (manifest keys → files). */
function initialFiles(manifest, startKeys) {
  const seen = new Set();
  const files = [];
  const visit = (key) => {
    if (seen.has(key) || !manifest[key]) return;
    seen.add(key);
    files.push(manifest[key].file);
    for (const imported of manifest[key].imports ?? []) visit(imported);
  };
  startKeys.forEach(visit);
  return files.filter((file) => file.endsWith(".js"));
}

const entryKey = (manifest) => Object.keys(manifest).find((key) => manifest[key].isEntry);

function measure(read, files) {
  let raw = 0;
  let gzip = 0;
  for (const file of files) {
    const content = read(file);
    raw += content.length;
    gzip += gzipSync(content, { level: 9 }).length;
  }
  return { raw, gzip, files };
}

const kib = (bytes) => `${bytes} B = ${(bytes / 1024).toFixed(1)} KiB`;

if (!existsSync(jarPath)) {
  console.log(`bundle-size: stock jar not found at ${jarPath}; skipped`);
  process.exit(0);
}
const jar = readZip(jarPath);
const stockManifest = JSON.parse(jar.get(`${STOCK_PREFIX}.vite/manifest.json`)().toString("utf8"));
const stock = measure((file) => jar.get(STOCK_PREFIX + file)(), initialFiles(stockManifest, [entryKey(stockManifest)]));

const manifest = JSON.parse(readFileSync(join(dist, ".vite", "manifest.json"), "utf8"));
const readDist = (file) => readFileSync(join(dist, file));
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
