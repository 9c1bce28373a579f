import { describe, expect, it } from "vitest";

import { returnWindow } from "../../main/frontend/settings/api";

describe("returnWindow", () => {
  it("sends blank as null, for the server's 'required'", () => {
    expect(returnWindow("")).toBeNull();
    expect(returnWindow("   ")).toBeNull();
  });

  it("sends whole numbers as numbers, out-of-range ones too (the server names the range)", () => {
    expect(returnWindow("30")).toBe(30);
    expect(returnWindow(" 0 ")).toBe(0);
    expect(returnWindow("999")).toBe(999);
    expect(returnWindow("-1")).toBe(-1);
  });

  it("marks what is not a whole number, which the page refuses before sending", () => {
    expect(returnWindow("14.5")).toBeNaN();
    expect(returnWindow("two weeks")).toBeNaN();
    expect(returnWindow("1e3")).toBeNaN();
    expect(returnWindow("12345678")).toBeNaN();
  });
});
