// What the bundle checks of both console themes (account-theme, admin-theme) share: reading the
// stock console out of Keycloak's jar, following a Vite manifest, measuring JavaScript, and the
// rule by which index.ftl turns manifest keys into modulepreload URLs.
import { existsSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { gzipSync, inflateRawSync } from "node:zlib";

/** Entries of a zip file (stored or deflated), by name. Enough for a jar; no dependency needed. */
export function readZip(path) {
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

/** Files of the given chunks and their static imports, transitively (manifest keys → JS files). */
export function initialFiles(manifest, startKeys) {
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

export const entryKey = (manifest) => Object.keys(manifest).find((key) => manifest[key].isEntry);

/** Raw and gzip bytes of the files. */
export function measure(read, files) {
  let raw = 0;
  let gzip = 0;
  for (const file of files) {
    const content = read(file);
    raw += content.length;
    gzip += gzipSync(content, { level: 9 }).length;
  }
  return { raw, gzip, files };
}

export const kib = (bytes) => `${bytes} B = ${(bytes / 1024).toFixed(1)} KiB`;

/** The stock console's initial JS from Keycloak's jar (prefix: the theme's resources folder). */
export function stockInitial(jarPath, prefix) {
  if (!existsSync(jarPath)) return undefined;
  const jar = readZip(jarPath);
  const manifest = JSON.parse(jar.get(`${prefix}.vite/manifest.json`)().toString("utf8"));
  return measure((file) => jar.get(prefix + file)(), initialFiles(manifest, [entryKey(manifest)]));
}

/** The Vite manifest of a dist folder and a reader of its files. */
export function distManifest(dist) {
  return {
    manifest: JSON.parse(readFileSync(join(dist, ".vite", "manifest.json"), "utf8")),
    read: (file) => readFileSync(join(dist, file)),
  };
}

/** index.ftl's modulepreload rule: shared chunks are keyed "_name-hash.js", files are "assets/name-hash.js". */
export const preloadPath = (key) => (key.startsWith("_") ? `assets/${key.slice(1)}` : key);

/**
 * Post-build sanity check of a console theme bundle. Keycloak reads resources/.vite/manifest.json,
 * takes the chunk flagged isEntry and hands its `file`, `css` and `imports` to index.ftl. This
 * fails if index.ftl's rule would produce a URL that does not exist (so a broken modulepreload
 * never ships) or if a chunk require()s an external module at runtime; prints the entry's files.
 */
export function verifyDist(dist) {
  const { manifest } = distManifest(dist);
  const entries = Object.values(manifest).filter((chunk) => chunk.isEntry);
  if (entries.length !== 1) {
    throw new Error(`expected exactly one entry chunk, found ${entries.length}`);
  }
  const [entry] = entries;
  const required = [entry.file, ...(entry.css ?? []), ...(entry.imports ?? []).map(preloadPath)];
  const missing = required.filter((file) => !existsSync(join(dist, file)));
  if (missing.length > 0) {
    throw new Error(`files referenced by index.ftl are missing: ${missing.join(", ")}`);
  }
  // A CommonJS module that require()s an external (react, react-dom) compiles to a helper that
  // throws at runtime in the browser; refuse to ship that.
  for (const file of Object.values(manifest).map((chunk) => chunk.file)) {
    if (file.endsWith(".js") && readFileSync(join(dist, file), "utf8").includes("bundling-cjs#require-external-modules")) {
      throw new Error(`${file} require()s an external module at runtime (see vite.config.ts)`);
    }
  }
  const size = (file) => (statSync(join(dist, file)).size / 1024).toFixed(1);
  console.log(`entry script  ${entry.file} (${size(entry.file)} KiB)`);
  for (const css of entry.css ?? []) console.log(`entry style   ${css} (${size(css)} KiB)`);
  for (const imp of entry.imports ?? []) console.log(`modulepreload ${preloadPath(imp)} (${size(preloadPath(imp))} KiB)`);
  console.log("verify-build: OK");
}
