import { describe, expect, it } from "vitest";
import { parseCatalogFile } from "./parse-catalog-file";

describe("parseCatalogFile", () => {
  it("reads a JSON array or an object with services", () => {
    expect(parseCatalogFile("a.json", '[{"code":"1.000001"}]')).toEqual({ ok: true, rows: [{ code: "1.000001" }] });
    expect(parseCatalogFile("a.JSON", '{"services":[{"code":"1.000001"}]}')).toEqual({ ok: true, rows: [{ code: "1.000001" }] });
  });

  it("explains a file it cannot read", () => {
    expect(parseCatalogFile("a.json", "{oops").ok).toBe(false);
    expect(parseCatalogFile("a.json", '{"x":1}')).toMatchObject({ ok: false });
    expect(parseCatalogFile("a.xlsx", "")).toEqual({ ok: false, message: "chỉ nhận tệp .json hoặc .csv" });
  });

  it("reads CSV with a BOM, JSON list columns and number columns", () => {
    const csv = '\uFEFFcode,name,steps,setsCount,timeLimitValue\n1.000001,"Tên, có dấu phẩy","[""Bước 1""]",1,0.5\n';
    expect(parseCatalogFile("a.csv", csv)).toEqual({
      ok: true,
      rows: [{ code: "1.000001", name: "Tên, có dấu phẩy", steps: ["Bước 1"], setsCount: 1, timeLimitValue: 0.5 }],
    });
  });

  it("leaves a bad JSON cell as text for the schema to report", () => {
    const parsed = parseCatalogFile("a.csv", "code,steps\n1.000001,[not json\n");
    expect(parsed).toEqual({ ok: true, rows: [{ code: "1.000001", steps: "[not json" }] });
  });
});
