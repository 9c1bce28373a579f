import { describe, expect, it } from "vitest";

import { ImportFileError, parseImportFile } from "../../main/frontend/customers/importFile";
import { errorText } from "../../main/frontend/customers/messages";

const fakeT = ((key: string) => `t:${key}`) as never;

describe("parseImportFile", () => {
  it("passes a JSON array on as it is", () => {
    const rows = [{ customerNumber: "12345", name: "Weber", type: "person" }, { name: "no number" }];
    expect(parseImportFile("customers.json", JSON.stringify(rows))).toEqual(rows);
  });

  it("reads CSV with a header line in any column order and separator", () => {
    expect(parseImportFile("a.csv", "name;customerNumber;type\nWeber;12345;person\n\n\"Fischer; Söhne\";67890;company\r\n")).toEqual([
      { name: "Weber", customerNumber: "12345", type: "person" },
      { name: "Fischer; Söhne", customerNumber: "67890", type: "company" },
    ]);
    expect(parseImportFile("a.csv", "customerNumber,name\n12345,\"Koch \"\"Junior\"\"\"")).toEqual([
      { customerNumber: "12345", name: 'Koch "Junior"' },
    ]);
  });

  it("keeps bad rows for the server to reject with their index", () => {
    const rows = parseImportFile("a.csv", "customerNumber\tname\n12ab\tBroken\n\tNo number");
    expect(rows).toEqual([{ customerNumber: "12ab", name: "Broken" }, { customerNumber: "", name: "No number" }]);
  });

  it("refuses files it cannot read, with a message key", () => {
    const key = (name: string, text: string) => {
      try {
        parseImportFile(name, text);
      } catch (e) {
        return (e as ImportFileError).key;
      }
      return "parsed";
    };
    expect(key("a.json", "  ")).toBe("kontorImportEmpty");
    expect(key("a.json", "{oops")).toBe("kontorImportNotJson");
    expect(key("a.json", '{"customerNumber":"12345"}')).toBe("kontorImportNotArray");
    expect(key("a.csv", "number;label\n1;2")).toBe("kontorImportNoHeader");
  });
});

describe("errorText", () => {
  it("translates the API's known codes and shows the server's sentence for others", () => {
    expect(errorText(fakeT, { code: "invalid_customer_number", message: "customerNumber must be 5 to 10 digits." })).toBe(
      "t:kontorError_invalid_customer_number",
    );
    expect(errorText(fakeT, { code: "something_new", message: "Server says no." })).toBe("Server says no.");
    expect(errorText(fakeT, { message: "Forbidden" })).toBe("Forbidden");
  });
});
