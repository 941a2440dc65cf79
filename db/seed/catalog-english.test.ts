import { describe, expect, it } from "vitest";
import { generateCatalog } from "@/lib/catalog/generate-catalog";
import { CATALOG_ENGLISH } from "./catalog-english";

const catalog = generateCatalog();
const byCode = new Map(catalog.map((s) => [s.code, s]));

describe("CATALOG_ENGLISH", () => {
  it("names only services of the seed catalog, each with a name and a summary", () => {
    for (const [code, english] of Object.entries(CATALOG_ENGLISH)) {
      expect(byCode.has(code), code).toBe(true);
      expect(english.nameEn.trim().length, code).toBeGreaterThan(3);
      expect(english.summaryEn.trim().length, code).toBeGreaterThan(10);
      // English only: a Vietnamese letter would be a copy of the legal name (place names aside).
      expect(english.nameEn.replace(/Quảng Nam/g, ""), code).toMatch(/^[\x20-\x7e]+$/);
    }
  });

  it("covers the 50 most-used services", () => {
    const top = [...catalog].sort((a, b) => (b.popularity ?? 0) - (a.popularity ?? 0)).slice(0, 50);
    expect(top.filter((s) => !CATALOG_ENGLISH[s.code]).map((s) => `${s.code} ${s.name}`)).toEqual([]);
  });

  it("covers the procedures foreigners use: work permits, investment certificates, representative offices, residence", () => {
    const foreign = catalog.filter((s) =>
      /giấy phép lao động|Giấy chứng nhận đăng ký đầu tư|chủ trương đầu tư|thương nhân nước ngoài|nhà đầu tư nước ngoài|vốn đầu tư nước ngoài|cho người nước ngoài tại Việt Nam/.test(
        s.name,
      ),
    );
    expect(foreign.length).toBeGreaterThan(40);
    expect(foreign.filter((s) => !CATALOG_ENGLISH[s.code]).map((s) => `${s.code} ${s.name}`)).toEqual([]);
  });

  it("gives distinct services distinct English names", () => {
    const names = Object.values(CATALOG_ENGLISH).map((e) => e.nameEn);
    expect(new Set(names).size).toBe(names.length);
  });
});
