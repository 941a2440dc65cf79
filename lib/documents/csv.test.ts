import { describe, expect, it } from "vitest";
import { csvCell, toCsv } from "./csv";

describe("CSV for spreadsheets", () => {
  it("makes text that starts like a formula inert and quotes separators", () => {
    expect(csvCell("=SUM(A1)")).toBe("'=SUM(A1)");
    expect(csvCell("+84")).toBe("'+84");
    expect(csvCell("-1")).toBe("'-1");
    expect(csvCell("@x")).toBe("'@x");
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvCell("UBND tỉnh, Quảng Nam")).toBe('"UBND tỉnh, Quảng Nam"');
    expect(csvCell("hai\ndòng")).toBe('"hai\ndòng"');
  });

  it("writes numbers as numbers (a negative count stays a number) and null as an empty cell", () => {
    expect(csvCell(90010)).toBe("90010");
    expect(csvCell(-3)).toBe("-3");
    expect(csvCell(98.7)).toBe("98.7");
    expect(csvCell(null)).toBe("");
  });

  it("starts with a BOM and ends every line with CRLF", () => {
    expect(
      toCsv([
        ["Tên", "Số"],
        ["Sở Xây dựng", 12],
      ]),
    ).toBe("\uFEFFTên,Số\r\nSở Xây dựng,12\r\n");
  });
});
