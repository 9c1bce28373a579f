import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

// npm test runs in the module folder.
const main = join(process.cwd(), "src/main");
const dir = join(main, "resources/theme/kontor/admin/messages");
const keys = (file: string) =>
  readFileSync(join(dir, file), "utf8")
    .split("\n")
    .filter((line) => line.trim() && !line.startsWith("#"))
    .map((line) => line.slice(0, line.indexOf("=")));

const pages = ["components", "customers", "orders", "returns", "settings", "userportal"];
const sources = ["routes.tsx", "KontorLayout.tsx", ...pages.flatMap((dir) => readdirSync(join(main, "frontend", dir)).map((f) => `${dir}/${f}`))]
  .map((file) => readFileSync(join(main, "frontend", file), "utf8"))
  .join("\n");

describe("admin console messages", () => {
  const english = keys("messages_en.properties").sort();

  it.each(["de", "it", "nl"])("%s has exactly the English keys", (locale) => {
    expect(keys(`messages_${locale}.properties`).sort()).toEqual(english);
  });

  it("has every plain key the pages use", () => {
    const used = [...sources.matchAll(/["`](kontor[A-Z][A-Za-z]*)["`]/g)].map((m) => m[1]);
    const known = new Set(english.map((key) => key.replace(/_(one|other)$/, "")));
    expect(used.filter((key) => !known.has(key))).toEqual([]);
  });
});
