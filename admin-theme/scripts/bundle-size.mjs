// Prints the initial JavaScript of the Kontor admin console next to the stock Keycloak admin
// console's and fails the build when Kontor's is above 1.05 times the console the package
// itself gives.
//
// "Initial JS" = the entry chunk of the Vite manifest plus every chunk it imports statically
// (transitively): what the browser must load before the console renders. Three consoles are
// measured the same way:
//  - stock:    the keycloak.v2 admin theme in org.keycloak:keycloak-admin-ui, the jar Keycloak
//              ships (path as first argument, default: the copy Maven puts into target/stock/);
//  - package:  @keycloak/keycloak-admin-ui's console without Kontor (src/main/frontend/baseline.tsx,
//              `vite build --mode baseline`, target/baseline-dist);
//  - kontor:   this theme (dist/).
// The limit applies to kontor/package. kontor/stock is printed, not enforced: the npm package
// ships its pages in one module (lib/index-*.js, 4.2 MB, 2.7 MB minified) that a bundler cannot
// split, while the stock console loads each page as its own chunk, so any console built from the
// package starts at about 3 times the stock one (README, "The admin console").
import { distManifest, entryKey, initialFiles, kib, measure, stockInitial } from "../../tools/console-bundle/bundle.mjs";

const LIMIT = 1.05;
const here = (path) => new URL(path, import.meta.url).pathname;
const jarPath = process.argv[2] ?? here("../target/stock/keycloak-admin-ui.jar");
const STOCK_PREFIX = "theme/keycloak.v2/admin/resources/";

function initial(dist) {
  const { manifest, read } = distManifest(dist);
  return { manifest, read, ...measure(read, initialFiles(manifest, [entryKey(manifest)])) };
}

const kontor = initial(here("../dist/"));
const pkg = initial(here("../target/baseline-dist/"));
const customersKey = Object.keys(kontor.manifest).find((key) => key.endsWith("customers/CustomersSection.tsx"));
const customers = measure(kontor.read, initialFiles(kontor.manifest, [entryKey(kontor.manifest), customersKey]));
const stock = stockInitial(jarPath, STOCK_PREFIX);

if (stock) console.log(`stock admin console    initial JS ${kib(stock.raw)} (gzip ${kib(stock.gzip)}) – ${stock.files.join(", ")}`);
else console.log(`stock admin console: jar not found at ${jarPath}; not compared`);
console.log(`package's console      initial JS ${kib(pkg.raw)} (gzip ${kib(pkg.gzip)}) – ${pkg.files.join(", ")}`);
console.log(`kontor admin console   initial JS ${kib(kontor.raw)} (gzip ${kib(kontor.gzip)}) – ${kontor.files.join(", ")}`);
console.log(`kontor Customers page  (initial + its chunks) ${kib(customers.raw)} (gzip ${kib(customers.gzip)})`);
const ratio = kontor.raw / pkg.raw;
console.log(`ratio kontor/package initial JS: ${ratio.toFixed(3)} (gzip ${(kontor.gzip / pkg.gzip).toFixed(3)}), limit ${LIMIT}`);
if (stock) {
  console.log(`ratio kontor/stock initial JS: ${(kontor.raw / stock.raw).toFixed(3)} (gzip ${(kontor.gzip / stock.gzip).toFixed(3)}), not enforced (see above)`);
}
if (ratio > LIMIT) {
  console.error(`bundle-size: the initial JS is ${ratio.toFixed(3)} × the package's console, above ${LIMIT}`);
  process.exit(1);
}
