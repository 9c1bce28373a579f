import { describe, expect, it } from "vitest";

import { actionsFor, refundAmount } from "../../main/frontend/returns/api";

describe("actionsFor", () => {
  it("offers the moves the server allows, in order", () => {
    expect(actionsFor("requested")).toEqual(["approve", "reject"]);
    expect(actionsFor("approved")).toEqual(["receive"]);
    expect(actionsFor("received")).toEqual(["refund"]);
  });

  it("offers nothing for a return that is done", () => {
    expect(actionsFor("rejected")).toEqual([]);
    expect(actionsFor("refunded")).toEqual([]);
  });
});

describe("refundAmount", () => {
  it("takes a point or a comma as the decimal mark", () => {
    expect(refundAmount("49.90")).toBe("49.90");
    expect(refundAmount(" 49,9 ")).toBe("49.9");
    expect(refundAmount("12")).toBe("12");
  });

  it("refuses what is not an amount of at most two decimals", () => {
    expect(refundAmount("")).toBeNull();
    expect(refundAmount("-5")).toBeNull();
    expect(refundAmount("1.234")).toBeNull();
    expect(refundAmount("1.000,50")).toBeNull();
    expect(refundAmount("ten")).toBeNull();
  });
});
