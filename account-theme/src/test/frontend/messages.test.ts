import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

import { INVOICE_STATUSES, ORDER_STATUSES, RETURN_STATUSES } from "../../main/frontend/lib/commerce";
import { COUNTRIES, MAX_LENGTHS, REQUIRED_FIELDS } from "../../main/frontend/lib/postcode";
import { EMAIL_CODE, OTP } from "../../main/frontend/lib/twoFactor";
import { readMessages } from "./harness";

const SOURCES = "src/main/frontend";
const LOCALES = ["en", "de", "it", "nl"];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : /\.tsx?$/.test(name) ? [path] : [];
  });
}

/** Every message key the console can ask for: literal t("kontor…") calls, content.json labels, keys built from known values. */
function usedKeys(): Set<string> {
  const keys = new Set<string>();
  for (const file of sourceFiles(SOURCES)) {
    for (const match of readFileSync(file, "utf8").matchAll(/\bt\(\s*"(kontor[A-Za-z0-9.]+)"/g)) keys.add(match[1]);
  }
  const content = readFileSync("src/main/resources/theme/kontor/account/resources/content.json", "utf8");
  for (const match of content.matchAll(/"label": "(kontor[A-Za-z]+)"/g)) keys.add(match[1]);
  const built: [string, readonly string[]][] = [
    ["kontorStatus", [...ORDER_STATUSES, ...RETURN_STATUSES, ...INVOICE_STATUSES]],
    ["kontorMethod", [EMAIL_CODE, OTP]],
    ["kontorSetUp", [EMAIL_CODE, OTP]],
    ["kontorSwitchTo", [EMAIL_CODE, OTP]],
    ["kontorReturnReason", ["damaged", "wrong_item", "not_as_described", "no_longer_needed", "other"]],
    ["kontorSkipReason", ["not_orderable"]],
    ["kontorCountry", COUNTRIES],
    ["kontorField", [...REQUIRED_FIELDS, ...Object.keys(MAX_LENGTHS)]],
    ["kontorFieldError", ["required", "invalid_postcode", "invalid_country", "too_long", "invalid_phone", "invalid_characters"]],
    // Problem codes of the commerce back end the pages can meet (docs/commerce.md, Errors).
    ["kontorProblem", ["version_conflict", "order_not_cancellable", "return_not_allowed", "quantity_exceeded",
      "validation_failed", "nothing_orderable", "order_busy", "address_limit_reached"]],
  ];
  for (const [prefix, values] of built) for (const value of values) keys.add(`${prefix}.${value}`);
  return keys;
}

describe("account theme messages", () => {
  const keys = usedKeys();

  it("finds the keys the pages use", () => {
    expect(keys.size).toBeGreaterThan(200);
    expect(keys.has("kontorTwoFactorTitle")).toBe(true);
  });

  it.each(LOCALES)("has every key in %s, with the same placeholders as English", (locale) => {
    const english = readMessages("en");
    const messages = readMessages(locale);
    const missing = [...keys].filter((key) => !messages[key]?.trim());
    expect(missing).toEqual([]);
    const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
    for (const key of keys) expect([key, placeholders(messages[key])]).toEqual([key, placeholders(english[key])]);
  });

  it.each(LOCALES.filter((locale) => locale !== "en"))("%s is translated, not copied from English", (locale) => {
    const english = readMessages("en");
    const messages = readMessages(locale);
    const same = [...keys].filter((key) => messages[key] === english[key]);
    // Words that are the same in both languages (Status, Browser, Email, Netto, …) are few.
    expect(same.length).toBeLessThan(keys.size * 0.08);
  });
});
