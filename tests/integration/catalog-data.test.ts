import { describe, expect, it } from "vitest";
import { count, eq, isNotNull } from "drizzle-orm";
import type { Database } from "@/db/client";
import { services, serviceVersions, units } from "@/db/schema";
import { CATALOG_ENGLISH } from "@/db/seed/catalog-english";
import { seedDatabase } from "@/db/seed/seed-database";
import { getCatalogOverview, listUnitsWithCounts } from "@/lib/catalog/catalog-overview";
import { getService } from "@/lib/catalog/get-service";
import { importCatalog } from "@/lib/catalog/import-catalog";
import { parseCatalogFile } from "@/lib/catalog/parse-catalog-file";
import { setupTestDatabase } from "./test-database";

let db: Database;

setupTestDatabase((handle) => (db = handle.db));

async function countOf(table: typeof services | typeof serviceVersions | typeof units) {
  const [row] = await db.select({ n: count() }).from(table);
  return row?.n ?? 0;
}

describe("seed", () => {
  it("holds exactly 1,305 active services, each with its first version", async () => {
    expect(await countOf(services)).toBe(1305);
    expect(await countOf(serviceVersions)).toBe(1305);
    const overview = await getCatalogOverview(db);
    expect(overview.total).toBe(1305);
    expect(overview.byMode["toan-trinh"]).toBeGreaterThan(0);
    expect(overview.byMode["mot-phan"]).toBeGreaterThan(0);
    expect(overview.byLevel.tinh + overview.byLevel.huyen + overview.byLevel.xa).toBe(1305);
    expect(overview.mostUsed.length).toBeGreaterThan(0);
    const birth = overview.lifeEvents.find((e) => e.code === "khai-sinh");
    expect(birth?.count).toBeGreaterThan(0);
    expect(overview.lifeEvents.every((e) => e.count > 0)).toBe(true);
  });

  it("is idempotent", async () => {
    const before = await countOf(units);
    expect(await seedDatabase(db)).toEqual({ seeded: false, services: 0 });
    expect(await countOf(units)).toBe(before);
    expect(await countOf(services)).toBe(1305);
  });

  it("counts services per unit: agencies what they manage, communes their level", async () => {
    const all = await listUnitsWithCounts(db);
    const agencies = all.filter((u) => u.kind === "agency");
    expect(agencies).toHaveLength(21);
    expect(all.filter((u) => u.kind === "district")).toHaveLength(18);
    expect(agencies.reduce((sum, a) => sum + a.serviceCount, 0)).toBe(1305);
    const anMy = all.find((u) => u.code === "000.01.22.H47");
    expect(anMy?.name).toContain("An Mỹ");
    expect(anMy?.parentCode).toBe("000.00.22.H47");
    expect(anMy?.serviceCount).toBeGreaterThan(0);
  });

  it("serves a service with every catalog field", async () => {
    const service = await getService(db, "1.001193");
    expect(service).not.toBeNull();
    expect(service?.name).toBe("Đăng ký khai sinh");
    expect(service?.level).toBe("xa");
    expect(service?.documents.length).toBeGreaterThan(0);
    expect(service?.formDefinition.length).toBeGreaterThan(0);
    expect(service?.field.code).toBe("ho-tich");
    expect(await getService(db, "9.999999")).toBeNull();
  });

  it("writes the English names and summaries, and puts back an English name changed since", async () => {
    const birth = await getService(db, "1.001193");
    expect(birth?.nameEn).toBe("Birth registration");
    expect(birth?.summaryEn).toContain("birth certificate");
    const withEnglish = await db.select({ n: count() }).from(services).where(isNotNull(services.nameEn));
    expect(withEnglish[0]?.n).toBe(Object.keys(CATALOG_ENGLISH).length);
    // No English for a service outside the list.
    expect((await getService(db, "2.012850"))?.nameEn).toBeNull();

    await db.update(services).set({ nameEn: "Something else" }).where(eq(services.code, "1.001193"));
    await seedDatabase(db);
    expect((await getService(db, "1.001193"))?.nameEn).toBe("Birth registration");
  });
});

describe("catalog import", () => {
  async function serviceJson(code: string) {
    const service = await getService(db, code);
    if (!service) throw new Error(`no service ${code}`);
    const { version: _v, updatedAt: _u, field, agency, lifeEventNames: _l, ...rest } = service;
    return { ...rest, fieldCode: field.code, agencyCode: agency.code };
  }

  it("rejects the whole file when any row is invalid, naming row and field", async () => {
    const good = { ...(await serviceJson("1.001193")), code: "9.100001", name: "Thủ tục nhập thử" };
    const badRows = [
      good,
      { ...good, code: "9.100002", fieldCode: "khong-ton-tai" },
      { ...good, code: "9.100003", level: "quoc-gia", documents: [] },
      { ...good, code: "9.100001" },
    ];
    const outcome = await importCatalog(db, badRows);
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.errors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ row: 2, field: "fieldCode" }),
        expect.objectContaining({ row: 3, field: "level" }),
        expect.objectContaining({ row: 3, field: "documents" }),
        expect.objectContaining({ row: 4, field: "code" }),
      ]),
    );
    expect(await countOf(services)).toBe(1305);
    expect(await db.select().from(services).where(eq(services.code, "9.100001"))).toEqual([]);
  });

  it("creates new services, versions changed ones and leaves identical ones alone", async () => {
    const existing = await serviceJson("1.001193");
    const created = { ...existing, code: "9.100010", name: "Thủ tục nhập thử mới" };
    const first = await importCatalog(db, [created, existing]);
    expect(first).toEqual({ ok: true, result: { created: 1, updated: 0, unchanged: 1 } });

    const changed = { ...existing, timeLimitText: "Trong ngày làm việc (đã sửa)" };
    const second = await importCatalog(db, [changed]);
    expect(second).toEqual({ ok: true, result: { created: 0, updated: 1, unchanged: 0 } });
    const service = await getService(db, "1.001193");
    expect(service?.version).toBe(2);
    expect(service?.timeLimitText).toBe("Trong ngày làm việc (đã sửa)");
    const [row] = await db.select({ id: services.id }).from(services).where(eq(services.code, "1.001193"));
    const versions = await db
      .select()
      .from(serviceVersions)
      .where(eq(serviceVersions.serviceId, row?.id ?? 0));
    expect(versions.map((v) => v.version).sort()).toEqual([1, 2]);
  });

  it("reads a CSV file whose list columns hold JSON", async () => {
    const s = await serviceJson("1.001193");
    const columns = Object.keys(s) as (keyof typeof s)[];
    const cell = (v: unknown) => `"${(typeof v === "string" ? v : JSON.stringify(v)).replaceAll('"', '""')}"`;
    const csv = [columns.join(","), columns.map((c) => cell(c === "code" ? "9.100020" : s[c])).join(",")].join("\n");
    const parsed = parseCatalogFile("catalog.csv", csv);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const outcome = await importCatalog(db, parsed.rows);
    expect(outcome).toEqual({ ok: true, result: { created: 1, updated: 0, unchanged: 0 } });
    expect((await getService(db, "9.100020"))?.documents).toEqual(s.documents);
  });
});
