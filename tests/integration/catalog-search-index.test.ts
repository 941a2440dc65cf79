import { describe, expect, it } from "vitest";
import { and, asc, desc, eq, inArray, like, or, sql } from "drizzle-orm";
import type { Database } from "@/db/client";
import { services } from "@/db/schema";
import { catalogQuerySchema, type CatalogQuery } from "@/lib/catalog/catalog-query";
import type { Level } from "@/lib/catalog/service-schema";
import { searchServices, VERSION_CHECK_MS } from "@/lib/catalog/search-services";
import { normalizeText, queryTokens } from "@/lib/search/normalize-text";
import { rankServices } from "@/lib/search/rank-services";
import { setupTestDatabase } from "./test-database";

let db: Database;

setupTestDatabase((handle) => (db = handle.db));

const search = (query: Partial<CatalogQuery>) => searchServices(db, catalogQuerySchema.parse(query));

/** The search as the database did it before the in-memory index: `like` candidates, then rankServices. */
async function searchInSql(q: string, level?: Level): Promise<string[]> {
  const normalized = normalizeText(q);
  const tokens = queryTokens(normalized);
  const rows = await db
    .select({ id: services.id, code: services.code, nameNorm: services.nameNorm, searchNorm: services.searchNorm, popularity: services.popularity })
    .from(services)
    .where(
      and(
        eq(services.active, true),
        level ? eq(services.level, level) : undefined,
        or(like(services.searchNorm, `%${normalized}%`), and(...tokens.map((t) => like(services.searchNorm, `%${t}%`)))),
      ),
    );
  return rankServices(
    normalized,
    rows.map((r) => ({ ...r, nameSimilarity: 0, searchSimilarity: 0 })),
  ).map((r) => r.code);
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
  ])("ranks “%s” (level %s) exactly as the database search did", async (q, level) => {
    const expected = await searchInSql(q, level);
    expect(expected.length).toBeGreaterThan(0);
    expect(await allCodes({ q, level })).toEqual(expected);
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
    await db.update(services).set({ active: false, updatedAt: sql`now()` }).where(inArray(services.id, [birth.id]));
    try {
      await afterVersionCheck();
      const during = await search({ q: "khai sinh" });
      expect(during.total).toBe(before.total - 1);
      expect(during.items.map((i) => i.code)).not.toContain("1.001193");
    } finally {
      await db.update(services).set({ active: true, updatedAt: sql`now()` }).where(eq(services.id, birth.id));
    }
    await afterVersionCheck();
    expect((await search({ q: "khai sinh" })).items[0]?.code).toBe("1.001193");
  });
});
