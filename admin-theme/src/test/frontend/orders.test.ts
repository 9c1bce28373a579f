import { describe, expect, it } from "vitest";

import { NO_SEARCH, nextStatuses, searchQuery } from "../../main/frontend/orders/api";

describe("nextStatuses", () => {
  it("moves forward only, and cancels only until the order is shipped", () => {
    expect(nextStatuses("placed")).toEqual(["processing", "shipped", "delivered", "cancelled"]);
    expect(nextStatuses("processing")).toEqual(["shipped", "delivered", "cancelled"]);
    expect(nextStatuses("shipped")).toEqual(["delivered"]);
    expect(nextStatuses("delivered")).toEqual([]);
    expect(nextStatuses("cancelled")).toEqual([]);
  });
});

describe("searchQuery", () => {
  it("sends only the parts that are filled in, trimmed, and the page", () => {
    expect(searchQuery(NO_SEARCH, 0, 10)).toBe("first=0&max=10");
    expect(searchQuery({ ...NO_SEARCH, number: " K-1 ", status: "shipped", from: "2026-11-01" }, 20, 10)).toBe(
      "number=K-1&status=shipped&from=2026-11-01&first=20&max=10",
    );
  });
});
