import { describe, expect, it } from "vitest";
import { sql } from "drizzle-orm";
import type { Database } from "@/db/client";
import { catalogQuerySchema, type CatalogQuery } from "@/lib/catalog/catalog-query";
import { searchServices } from "@/lib/catalog/search-services";
import { setupTestDatabase } from "./test-database";

let db: Database;

setupTestDatabase((handle) => (db = handle.db));

const search = (query: Partial<CatalogQuery>) => searchServices(db, catalogQuerySchema.parse(query));

describe("catalog search", () => {
  it("uses the unaccent and pg_trgm extensions the migrations installed", async () => {
    const result = await db.execute(sql`select unaccent('Đăng ký') as folded, similarity('khai sinh', 'khai snh') > 0.3 as similar`);
    const row = (Array.isArray(result) ? result[0] : (result as { rows: unknown[] }).rows[0]) as { folded: string; similar: boolean };
    expect(row.folded).toBe("Dang ky");
    expect(row.similar).toBe(true);
  });

  it.each(["dang ky khai sinh", "khai sinh", "ĐĂNG KÝ KHAI SINH", "dang ki khai sinh", "Đăng ký khai sinh"])(
    "finds Đăng ký khai sinh first for “%s”",
    async (q) => {
      const page = await search({ q });
      expect(page.items[0]?.name).toBe("Đăng ký khai sinh");
      expect(page.items[0]?.code).toBe("1.001193");
    },
  );

  it("finds the construction permits for “giay phep xay dung”, name matches first", async () => {
    const page = await search({ q: "giay phep xay dung" });
    expect(page.total).toBeGreaterThanOrEqual(3);
    const top = page.items.slice(0, 3).map((s) => s.name.toLowerCase());
    for (const name of top) expect(name).toContain("giấy phép xây dựng");
  });

  it("tolerates a typo", async () => {
    const page = await search({ q: "giay phep xay dng" });
    expect(page.items[0]?.name.toLowerCase()).toContain("giấy phép xây dựng");
  });

  it("pages the unfiltered catalog of 1,305 services, most used first", async () => {
    const first = await search({});
    const second = await search({ page: 2 });
    expect(first.total).toBe(1305);
    expect(first.items).toHaveLength(20);
    expect(second.items).toHaveLength(20);
    const codes = new Set([...first.items, ...second.items].map((s) => s.code));
    expect(codes.size).toBe(40);
    const last = await search({ page: Math.ceil(1305 / 20) });
    expect(last.items).toHaveLength(1305 % 20);
    expect((await search({ page: 500 })).items).toEqual([]);
  });

  it("respects pageSize", async () => {
    const page = await search({ q: "dang ky", pageSize: 5 });
    expect(page.items).toHaveLength(5);
    expect(page.pageSize).toBe(5);
    expect(page.total).toBeGreaterThan(5);
  });

  it("filters by level, mode and audience", async () => {
    const xa = await search({ level: "xa", pageSize: 100 });
    expect(xa.total).toBeGreaterThan(0);
    expect(xa.items.every((s) => s.level === "xa")).toBe(true);
    const full = await search({ mode: "toan-trinh", pageSize: 100 });
    const partial = await search({ mode: "mot-phan" });
    expect(full.items.every((s) => s.mode === "toan-trinh")).toBe(true);
    expect(full.total + partial.total).toBe(1305);
    const business = await search({ audience: "doanh-nghiep", pageSize: 100 });
    expect(business.items.every((s) => s.audience !== "cong-dan")).toBe(true);
  });

  it("filters a provincial agency to the services it manages, and a commune to commune-level services", async () => {
    const construction = await search({ agency: "000.00.09.H47", pageSize: 100 });
    expect(construction.total).toBeGreaterThan(0);
    expect(construction.items.every((s) => s.agency.code === "000.00.09.H47")).toBe(true);
    const anMy = await search({ agency: "000.01.22.H47", q: "khai sinh" });
    expect(anMy.items[0]?.name).toBe("Đăng ký khai sinh");
    expect(anMy.items.every((s) => s.level === "xa")).toBe(true);
  });

  it("filters by field and life event together with a search", async () => {
    const hoTich = await search({ field: "ho-tich", q: "khai sinh" });
    expect(hoTich.items.every((s) => s.field.code === "ho-tich")).toBe(true);
    expect(hoTich.items[0]?.name).toBe("Đăng ký khai sinh");
    const event = await search({ event: "khai-sinh" });
    expect(event.total).toBeGreaterThan(0);
    expect(event.items.map((s) => s.name)).toContain("Đăng ký khai sinh");
  });

  it("returns nothing, not an error, for unknown codes and words", async () => {
    expect((await search({ q: "zzqxw vvkkj" })).total).toBe(0);
    expect((await search({ agency: "000.99.99.H47" })).total).toBe(0);
    expect((await search({ field: "khong-co" })).total).toBe(0);
    expect((await search({ q: "%_'\"\\" })).total).toBeGreaterThanOrEqual(0);
  });

  it("finds services by their English names in English, before Vietnamese matches", async () => {
    const english = (query: Partial<CatalogQuery>) => searchServices(db, catalogQuerySchema.parse(query), "en");
    const permits = await english({ q: "work permit" });
    expect(permits.items[0]?.code).toBe("2.012668");
    expect(permits.items[0]?.nameEn).toBe("Work permit for a foreign employee");
    expect(permits.items.slice(0, 8).every((s) => /work permit/i.test(s.nameEn ?? ""))).toBe(true);
    expect((await english({ q: "birth registration" })).items[0]?.code).toBe("1.001193");
    expect((await english({ q: "temporary residence card" })).items[0]?.name).toBe("Cấp thẻ tạm trú cho người nước ngoài tại Việt Nam");
    const investment = await english({ q: "investment", level: "tinh" });
    expect(investment.total).toBeGreaterThan(20);
    expect(investment.items[0]?.nameEn).toMatch(/^Investment /);
    // A Vietnamese query still works on the English page; English words find nothing on the Vietnamese one.
    expect((await english({ q: "khai sinh" })).items[0]?.code).toBe("1.001193");
    expect((await search({ q: "work permit" })).total).toBe(0);
  });
});
