import { describe, expect, it } from "vitest";

import { formatCalendarDate, formatDateTime } from "../../main/frontend/lib/dates";
import { formatMoney, fromMinorUnits, multiply, sum, toMinorUnits } from "../../main/frontend/lib/money";
import { type AddressInput, isValidPostcode, validateAddress } from "../../main/frontend/lib/postcode";
import { ApiProblem, isUnavailable, problemFromResponse, toProblem } from "../../main/frontend/lib/problem";
import { clampQuantity, hasReturnable, isReturnWindowOpen, returnLines } from "../../main/frontend/lib/returns";

const nbsp = (text: string) => text.replace(/[\u00a0\u202f]/g, " ");

describe("postcode rules per country", () => {
  // The cases of the back end's PostcodeRulesTest (dev.kontor.commerce.address): both sides agree.
  it.each([
    ["DE", "10115"], ["AT", "1010"], ["CH", "8001"], ["NL", "1012lg"], ["NL", "1012 LG"], ["BE", "1000"], ["IT", "00184"],
    ["FR", "75008"], ["GB", "sw1a1aa"], ["GB", "M1 1AE"], ["GB", "  EC1A  1BB "], ["GB", "GIR 0AA"], ["US", "10001"],
    ["US", "10001-1234"], ["SE", "114 55"], ["PL", "00-950"], ["DK", "1050"],
  ])("%s accepts %j", (country, postcode) => {
    expect(isValidPostcode(country, postcode)).toBe(true);
  });

  it.each([
    ["DE", "1011"], ["DE", "101155"], ["AT", "0100"], ["CH", "80011"], ["CH", "0800"], ["NL", "0123 AB"], ["NL", "1012 L"],
    ["BE", "10000"], ["BE", "0999"], ["IT", "0018"], ["FR", "7500A"], ["GB", "12345"], ["GB", "SW1A"], ["US", "1001"],
    ["US", "10001-12"], ["SE", "<script>"], ["SE", "-"], ["DK", "  "],
  ])("%s refuses %j", (country, postcode) => {
    expect(isValidPostcode(country, postcode)).toBe(false);
  });

  const address: AddressInput = {
    firstName: "Anna", lastName: "Schmidt", company: null, phone: null, street: "Hauptstraße", houseNumber: "5",
    extraLine: null, postcode: "10115", city: "Berlin", country: "DE", region: null, defaultBilling: false, defaultShipping: false,
  };

  it("reports the API's error codes per field", () => {
    expect(validateAddress(address)).toEqual({});
    expect(validateAddress({ ...address, firstName: " ", city: "" })).toEqual({ firstName: "required", city: "required" });
    expect(validateAddress({ ...address, postcode: "1234" })).toEqual({ postcode: "invalid_postcode" });
    expect(validateAddress({ ...address, country: "Deutschland" })).toEqual({ country: "invalid_country" });
    expect(validateAddress({ ...address, country: "de" })).toEqual({ country: "invalid_country" });
    expect(validateAddress({ ...address, street: "x".repeat(201) })).toEqual({ street: "too_long" });
    expect(validateAddress({ ...address, company: "x".repeat(200), phone: "+49 (30) 123-456/7" })).toEqual({});
    expect(validateAddress({ ...address, phone: "call me" })).toEqual({ phone: "invalid_phone" });
    expect(validateAddress({ ...address, phone: "1".repeat(51) })).toEqual({ phone: "too_long" });
  });
});

describe("money", () => {
  it("formats decimal strings per locale without losing digits", () => {
    expect(nbsp(formatMoney({ amount: "1234.50", currency: "EUR" }, "de"))).toBe("1.234,50 €");
    expect(formatMoney({ amount: "1234.50", currency: "EUR" }, "en")).toBe("€1,234.50");
    expect(nbsp(formatMoney({ amount: "1234.50", currency: "EUR" }, "it"))).toBe("1234,50 €");
    expect(nbsp(formatMoney({ amount: "1234.50", currency: "EUR" }, "nl"))).toBe("€ 1.234,50");
    // Beyond Number's 15-17 significant digits: still exact.
    expect(nbsp(formatMoney({ amount: "12345678901234567.89", currency: "EUR" }, "de"))).toBe("12.345.678.901.234.567,89 €");
    expect(formatMoney({ amount: "0.10", currency: "USD" }, "en")).toBe("$0.10");
  });

  it("shows malformed values as they came, never NaN", () => {
    expect(formatMoney({ amount: "12,50", currency: "EUR" }, "de")).toBe("12,50 EUR");
    expect(formatMoney({ amount: "1e3", currency: "EUR" }, "de")).toBe("1e3 EUR");
    expect(formatMoney({ amount: "10.00", currency: "euro" }, "de")).toBe("10.00 euro");
    expect(formatMoney(null, "de")).toBe("");
  });

  it("does exact arithmetic in minor units", () => {
    expect(toMinorUnits("19.99", 2)).toBe(1999n);
    expect(toMinorUnits("-0.5", 2)).toBe(-50n);
    expect(fromMinorUnits(5n, 2)).toBe("0.05");
    expect(fromMinorUnits(-1999n, 2)).toBe("-19.99");
    expect(sum([{ amount: "0.10", currency: "EUR" }, { amount: "0.20", currency: "EUR" }])).toEqual({ amount: "0.30", currency: "EUR" });
    expect(sum([{ amount: "1.00", currency: "EUR" }, { amount: "1.00", currency: "USD" }])).toBeNull();
    expect(multiply({ amount: "19.99", currency: "EUR" }, 3)).toEqual({ amount: "59.97", currency: "EUR" });
    expect(() => toMinorUnits("1.005", 2)).toThrow();
  });
});

describe("dates", () => {
  it("keeps calendar dates on their day west of Greenwich", () => {
    expect(formatCalendarDate("2026-12-05", "en")).toBe("Dec 5, 2026");
    expect(formatCalendarDate("2026-12-05", "de")).toBe("05.12.2026");
    expect(formatCalendarDate("not a date", "de")).toBe("not a date");
  });

  it("formats instants and epoch milliseconds", () => {
    expect(formatDateTime("2026-11-21T10:15:30Z", "en")).toBe("Nov 21, 2026, 2:15 AM");
    expect(formatDateTime(Date.UTC(2026, 10, 21, 10, 15), "de")).toBe("21.11.2026, 02:15");
    expect(formatDateTime(null, "de")).toBe("");
  });
});

describe("return window", () => {
  it("is open up to and including returnableUntil (UTC) and closed before delivery", () => {
    const now = new Date("2026-11-21T23:30:00Z");
    expect(isReturnWindowOpen("2026-11-21", now)).toBe(true);
    expect(isReturnWindowOpen("2026-12-21", now)).toBe(true);
    expect(isReturnWindowOpen("2026-11-20", now)).toBe(false);
    expect(isReturnWindowOpen(null, now)).toBe(false);
  });
});

describe("returnable-quantity guard", () => {
  const lines = [
    { id: "a", returnableQuantity: 2 },
    { id: "b", returnableQuantity: 0 },
    { id: "c", returnableQuantity: 5 },
  ];

  it("clamps quantities into 0…returnable", () => {
    expect(clampQuantity(3, 2)).toBe(2);
    expect(clampQuantity("-1", 2)).toBe(0);
    expect(clampQuantity("abc", 2)).toBe(0);
    expect(clampQuantity("1.7", 5)).toBe(1);
    expect(clampQuantity(4, 0)).toBe(0);
  });

  it("sends only positive quantities, never above what is returnable", () => {
    expect(returnLines(lines, { a: 9, b: 1, c: 3 })).toEqual([
      { orderLineId: "a", quantity: 2 },
      { orderLineId: "c", quantity: 3 },
    ]);
    expect(returnLines(lines, {})).toEqual([]);
    expect(hasReturnable(lines)).toBe(true);
    expect(hasReturnable([{ id: "x", returnableQuantity: 0 }])).toBe(false);
  });
});

describe("problem JSON", () => {
  it("reads code, detail and field errors", () => {
    const problem = toProblem(422, {
      type: "about:blank", title: "Unprocessable", status: 422, code: "validation_failed", detail: "Check the fields.",
      errors: [{ field: "postcode", code: "invalid_postcode", message: "bad" }, { field: "city" }, "junk"],
    });
    expect(problem).toBeInstanceOf(ApiProblem);
    expect(problem.code).toBe("validation_failed");
    expect(problem.detail).toBe("Check the fields.");
    expect(problem.errors).toEqual([{ field: "postcode", code: "invalid_postcode", message: "bad" }]);
    expect(problem.fieldErrors().postcode.code).toBe("invalid_postcode");
  });

  it("turns anything else into a problem with the status", async () => {
    const html = await problemFromResponse(new Response("<html>", { status: 502 }));
    expect([html.status, html.code, html.detail]).toEqual([502, "http_502", undefined]);
    const empty = await problemFromResponse(new Response(null, { status: 404 }));
    expect(isUnavailable(empty)).toBe(true);
    expect(isUnavailable(toProblem(404, { code: "order_not_found" }))).toBe(false);
    expect(isUnavailable(toProblem(500, { code: "server_error" }))).toBe(false);
  });
});

describe("outcome of Keycloak's actions", () => {
  it("is recorded from the return URL and read once", async () => {
    const { recordActionStatus, takeActionStatus } = await import("../../main/frontend/lib/actionStatus");
    recordActionStatus("?state=x&kc_action=CONFIGURE_TOTP&kc_action_status=cancelled");
    expect(takeActionStatus()).toEqual({ action: "CONFIGURE_TOTP", status: "cancelled" });
    expect(takeActionStatus()).toBeNull();
    recordActionStatus("?kc_action=CONFIGURE_TOTP&kc_action_status=bogus");
    recordActionStatus("?code=abc");
    expect(takeActionStatus()).toBeNull();
  });
});
