import { describe, expect, it } from "vitest";
import { csvCell, toCSV } from "../src/lib/csv";

describe("CSV", () => {
  it("neutralises formula triggers", () => {
    for (const s of ["=SUM(A1)", "+49 30", "-1+1", "@cmd", "\tx", "\rx"]) expect(csvCell(s).replace(/^"/, "").startsWith("'")).toBe(true);
  });
  it("leaves numbers as numbers with a decimal comma", () => {
    expect(csvCell(-1.5)).toBe("-1,5");
    expect(csvCell(0.1234567891)).toBe("0,123457");
    expect(csvCell(NaN)).toBe("");
  });
  it("quotes separators, quotes, line breaks and outer spaces", () => {
    expect(csvCell('Verein "Hand in Hand"; e.V.')).toBe('"Verein ""Hand in Hand""; e.V."');
    expect(csvCell("a\nb")).toBe('"a\nb"');
    expect(csvCell(" a")).toBe('" a"');
    expect(csvCell(null)).toBe("");
    expect(csvCell("Caritas")).toBe("Caritas");
  });
  it("writes a BOM, a header and CRLF lines", () => {
    expect(toCSV(["ID", "Name"], [["a", "=1"]])).toBe("\uFEFFID;Name\r\na;'=1\r\n");
  });
});
