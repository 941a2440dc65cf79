import { describe, expect, it } from "vitest";
import { and, asc, desc, eq, inArray, like, or, sql } from "drizzle-orm";
import type { Database } from "@/db/client";
import { services } from "@/db/schema";
import { catalogQuerySchema, type CatalogQuery } from "@/lib/catalog/catalog-query";
import type { Level } from "@/lib/catalog/service-schema";
import { searchServices, VERSION_CHECK_MS } from "@/lib/catalog/search-services";
import { normalizeText, queryTokens } from "@/lib/search/normalize-text";
import { setupTestDatabase } from "./test-database";

let db: Database;

setupTestDatabase((handle) => (db = handle.db));

const search = (query: Partial<CatalogQuery>) => searchServices(db, catalogQuerySchema.parse(query));

/** The services the database finds for a query (`like` on the normalised text), as a sorted set of codes. */
async function matchesInSql(q: string, level?: Level): Promise<string[]> {
  const normalized = normalizeText(q);
  const tokens = queryTokens(normalized);
  const rows = await db
    .select({ code: services.code })
    .from(services)
    .where(
      and(
        eq(services.active, true),
        level ? eq(services.level, level) : undefined,
        or(like(services.searchNorm, `%${normalized}%`), and(...tokens.map((t) => like(services.searchNorm, `%${t}%`)))),
      ),
    );
  return rows.map((r) => r.code).sort();
}

async function allCodes(query: Partial<CatalogQuery>): Promise<string[]> {
  const codes: string[] = [];
  for (let page = 1; ; page++) {
    const result = await search({ ...query, page, pageSize: 100 });
    codes.push(...result.items.map((i) => i.code));
    if (codes.length >= result.total || result.items.length === 0) return codes;
  }
}

describe("the in-memory search index", () => {
  it.each<[string, Level | undefined]>([
    ["khai sinh", undefined],
    ["xay dung", undefined],
    ["giay phep xay dung", undefined],
    ["cap lai", "huyen"],
    ["dang ki", "xa"],
    ["doanh nghiep", undefined],
  ])("finds for “%s” (level %s) the same services as the database", async (q, level) => {
    const expected = await matchesInSql(q, level);
    expect(expected.length).toBeGreaterThan(0);
    expect((await allCodes({ q, level })).sort()).toEqual(expected);
  });

  // The orders below are written by hand from the seed (names and popularity) and the tiers of
  // docs/domain.md#search-index; they are not computed by the ranking code.
  it("ranks the exact name, then names starting with the phrase, then names holding every word", async () => {
    expect(await allCodes({ q: "Đăng ký kết hôn" })).toEqual([
      "1.000894", // Đăng ký kết hôn — the name is the query (tier 0)
      "2.000806", // Đăng ký kết hôn có yếu tố nước ngoài — starts with it (tier 1), used 53 times
      "1.000593", // Đăng ký kết hôn lưu động — tier 1, 25
      "1.003488", // Đăng ký kết hôn có yếu tố nước ngoài tại khu vực biên giới — tier 1, 6
      "1.004746", // Đăng ký lại kết hôn — every word, not the phrase (tier 3), though used 55 times
      "2.008219", // Đăng ký lại kết hôn có yếu tố nước ngoài — tier 3, 7
    ]);
  });

  it("puts every name match before matches in other fields, however popular", async () => {
    expect(await allCodes({ q: "ket hon" })).toEqual([
      // Names holding the phrase (tier 2), most used first: 760, 55, 53, 26, 25, 15, 7, 6.
      "1.000894", // Đăng ký kết hôn
      "1.004746", // Đăng ký lại kết hôn
      "2.000806", // Đăng ký kết hôn có yếu tố nước ngoài
      "1.011242", // Ghi vào Sổ hộ tịch việc kết hôn …
      "1.000593", // Đăng ký kết hôn lưu động
      "1.008141", // Ghi vào Sổ hộ tịch việc ly hôn, hủy việc kết hôn …
      "2.008219", // Đăng ký lại kết hôn có yếu tố nước ngoài
      "1.003488", // Đăng ký kết hôn có yếu tố nước ngoài tại khu vực biên giới
      // Only the other searchable text matches: after all of them, though used 690, 560 and 133 times.
      "1.004873", // Cấp Giấy xác nhận tình trạng hôn nhân
      "2.000635", // Cấp bản sao Trích lục hộ tịch
      "2.006992", // Cấp bản sao Trích lục hộ tịch
    ]);
  });

  it("lists the unfiltered catalog in the database's order", async () => {
    const rows = await db
      .select({ code: services.code })
      .from(services)
      .where(eq(services.active, true))
      .orderBy(desc(services.popularity), asc(services.name), asc(services.id));
    expect(await allCodes({})).toEqual(rows.map((r) => r.code));
  });

  const afterVersionCheck = () => new Promise((resolve) => setTimeout(resolve, VERSION_CHECK_MS + 50));

  it("sees a catalog change within a second", async () => {
    const before = await search({ q: "khai sinh" });
    expect(before.items[0]?.code).toBe("1.001193");
    const [birth] = await db.select({ id: services.id, name: services.name }).from(services).where(eq(services.code, "1.001193"));
    if (!birth) throw new Error("seed lacks 1.001193");
    await db
      .update(services)
      .set({ active: false, updatedAt: sql`now()` })
      .where(inArray(services.id, [birth.id]));
    try {
      await afterVersionCheck();
      const during = await search({ q: "khai sinh" });
      expect(during.total).toBe(before.total - 1);
      expect(during.items.map((i) => i.code)).not.toContain("1.001193");
    } finally {
      await db
        .update(services)
        .set({ active: true, updatedAt: sql`now()` })
        .where(eq(services.id, birth.id));
    }
    await afterVersionCheck();
    expect((await search({ q: "khai sinh" })).items[0]?.code).toBe("1.001193");
  });
});
