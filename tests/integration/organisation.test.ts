import vi from "@/messages/vi/validation.json";
import { and, eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import type { Database } from "@/db/client";
import { divisions, units, users } from "@/db/schema";
import { UNITS } from "@/db/seed/administrative-units";
import { seedDemoOfficers } from "@/db/seed/demo-officers";
import { seedDatabase } from "@/db/seed/seed-database";
import { createOfficer, listUnitOfficers, newOfficerSchema } from "@/lib/admin/manage-officers";
import { listAuditLog } from "@/lib/admin/record-audit";
import { countOrganisation, getOrganisation } from "@/lib/organisation/get-organisation";
import { listUnitDivisions } from "@/lib/organisation/list-unit-divisions";
import { findUnit } from "@/lib/organisation/get-unit-profile";
import { setupTestDatabase } from "./test-database";

let db: Database;
setupTestDatabase((h) => (db = h.db));

const FINANCE = "000.00.05.H47";
const CONSTRUCTION = "000.00.09.H47";
const TAM_KY = "000.00.22.H47";

async function unitIdOf(code: string): Promise<number> {
  const [row] = await db.select({ id: units.id }).from(units).where(eq(units.code, code));
  return row!.id;
}

async function divisionOf(unitCode: string, code: string): Promise<number> {
  const [row] = await db
    .select({ id: divisions.id })
    .from(divisions)
    .innerJoin(units, eq(units.id, divisions.unitId))
    .where(and(eq(units.code, unitCode), eq(divisions.code, code)));
  return row!.id;
}

/** The database's own message when it refuses a statement (drizzle wraps it as the error's cause). */
async function refusal(run: () => Promise<unknown>): Promise<string> {
  try {
    await run();
    return "accepted";
  } catch (error) {
    const cause = (error as { cause?: { message?: string } }).cause;
    return cause?.message ?? String(error);
  }
}

let serial = 0;
async function officer(unitCode: string, divisionId: number | null) {
  serial += 1;
  const [row] = await db
    .insert(users)
    .values({
      kind: "officer",
      email: `org-${serial}@example.vn`,
      fullName: `Cán bộ ${serial}`,
      unitId: await unitIdOf(unitCode),
      divisionId,
      roles: ["chuyen-vien"],
    })
    .returning({ id: users.id });
  return row!.id;
}

describe("the organisation seed", () => {
  it("holds the 2023 report's counts: 21 agencies, 118 phòng, 11 chi cục, 18 districts, 204 district phòng", async () => {
    const communes = UNITS.filter((u) => u.kind === "commune").length;
    expect(await countOrganisation(db)).toEqual({
      agencies: 21,
      divisions: 118,
      subDepartments: 11,
      districts: 18,
      districtDivisions: 204,
      communes,
    });
  });

  it("is seeded once, and a database seeded before divisions existed gets them on its next seed", async () => {
    await seedDatabase(db);
    expect((await countOrganisation(db)).divisions).toBe(118);
    await db.transaction(async (tx) => {
      await tx.update(users).set({ divisionId: null });
      await tx.delete(divisions);
    });
    expect((await countOrganisation(db)).districtDivisions).toBe(0);
    expect(await seedDatabase(db)).toEqual({ seeded: false, services: 0 });
    expect(await countOrganisation(db)).toMatchObject({ divisions: 118, subDepartments: 11, districtDivisions: 204 });
  });

  it("places the demo officers of Sở Xây dựng in their divisions, and the commune's in none", async () => {
    await seedDemoOfficers(db);
    const rows = await db.select({ email: users.email, divisionId: users.divisionId }).from(users).where(eq(users.demo, "officer"));
    const divisionOfEmail = new Map(rows.map((r) => [r.email, r.divisionId]));
    expect(divisionOfEmail.get("chuyenvien.sxd@example.vn")).toBe(await divisionOf(CONSTRUCTION, "phong-quan-ly-xay-dung"));
    expect(divisionOfEmail.get("tiepnhan.sxd@example.vn")).toBe(await divisionOf(CONSTRUCTION, "van-phong-so"));
    expect(divisionOfEmail.get("tongdai@example.vn")).toBe(await divisionOf("000.00.01.H47", "phong-kiem-soat-thu-tuc-hanh-chinh"));
    expect(divisionOfEmail.get("chuyenvien@example.vn")).toBeNull();
  });
});

describe("the division rules the database holds", () => {
  it("accepts a division of the officer's own unit and refuses one of another unit", async () => {
    const budget = await divisionOf(FINANCE, "phong-quan-ly-ngan-sach");
    expect(await refusal(() => officer(FINANCE, budget))).toBe("accepted");
    expect(await refusal(() => officer(CONSTRUCTION, budget))).toMatch(/users_division_unit_fk/);
  });

  it("refuses moving an officer to another unit while they keep their old division", async () => {
    const id = await officer(FINANCE, await divisionOf(FINANCE, "thanh-tra-so"));
    const elsewhere = await unitIdOf(CONSTRUCTION);
    expect(await refusal(() => db.update(users).set({ unitId: elsewhere }).where(eq(users.id, id)))).toMatch(/users_division_unit_fk/);
    expect(await refusal(() => db.update(users).set({ unitId: null }).where(eq(users.id, id)))).toMatch(/users_division_needs_officer_unit/);
    expect(await refusal(() => db.update(users).set({ unitId: elsewhere, divisionId: null }).where(eq(users.id, id)))).toBe("accepted");
  });

  it("refuses a division whose kind does not fit its unit, and a duplicate code in one unit", async () => {
    const finance = await unitIdOf(FINANCE);
    const tamKy = await unitIdOf(TAM_KY);
    const insert = (unitId: number, kind: "phong" | "chi-cuc" | "phong-huyen", code: string) => () =>
      db.insert(divisions).values({ unitId, kind, code, name: `Phòng thử ${code}`, sortOrder: 99 });
    expect(await refusal(insert(finance, "phong-huyen", "thu-mot"))).toMatch(/does not belong in a unit of kind agency/);
    expect(await refusal(insert(tamKy, "chi-cuc", "thu-hai"))).toMatch(/does not belong in a unit of kind district/);
    expect(await refusal(insert(await unitIdOf("000.01.22.H47"), "phong-huyen", "thu-ba"))).toMatch(/kind commune/);
    expect(await refusal(insert(finance, "phong", "phong-quan-ly-ngan-sach"))).toMatch(/divisions_unit_code_key/);
    expect(await refusal(insert(finance, "phong", "Không hợp lệ"))).toMatch(/divisions_code_format/);
  });
});

describe("getOrganisation", () => {
  it("builds the tree: agencies with their divisions, districts with divisions and communes", async () => {
    const organisation = await getOrganisation(db, "2024-06-15");
    expect(organisation.agencies).toHaveLength(21);
    expect(organisation.districts).toHaveLength(18);
    const sum = (list: typeof organisation.agencies, kind: string) => list.reduce((n, u) => n + u.divisions.filter((d) => d.kind === kind).length, 0);
    expect(sum(organisation.agencies, "phong")).toBe(organisation.counts.divisions);
    expect(sum(organisation.agencies, "chi-cuc")).toBe(organisation.counts.subDepartments);
    expect(sum(organisation.districts, "phong-huyen")).toBe(organisation.counts.districtDivisions);
    const agriculture = findUnit(organisation, "000.00.07.H47")!.unit;
    expect(agriculture.divisions.map((d) => d.name)).toContain("Chi cục Kiểm lâm");
    expect(agriculture.serviceCount).toBeGreaterThan(0);
    const tamKy = findUnit(organisation, TAM_KY)!.unit;
    expect(tamKy.divisions[0]!.name).toBe("Văn phòng HĐND và UBND");
    expect(tamKy.communes.length).toBeGreaterThan(0);
    const commune = findUnit(organisation, tamKy.communes[0]!.code)!;
    expect(commune.parent?.code).toBe(TAM_KY);
    expect(commune.unit.divisions).toEqual([]);
    expect(findUnit(organisation, "000.00.00.H47")).toBeNull();
  });

  it("shows each unit's resolved dossiers and on-time rate over the published twelve months, from the roll-up", async () => {
    const finance = await unitIdOf(FINANCE);
    const construction = await unitIdOf(CONSTRUCTION);
    // Straight into the monthly roll-up: March 2024, Sở Tài chính 40 resolved (36 in time), Sở Xây dựng 3.
    await db.execute(sql`insert into statistics_monthly (month, unit_id, channel, received, resolved_early, resolved_on_time, resolved_late)
      values ('2024-03-01', ${finance}, 2, 45, 30, 6, 4), ('2024-03-01', ${construction}, 1, 3, 0, 3, 0), ('2022-01-01', ${construction}, 1, 500, 0, 500, 0)`);
    const organisation = await getOrganisation(db, "2026-12-06");
    expect(organisation.period).toMatchObject({ from: "2023-04-01", to: "2024-03-31" });
    expect(findUnit(organisation, FINANCE)!.unit.performance).toEqual({ resolved: 40, onTimeRate: 0.9, published: true });
    // Three resolved: too few to publish a rate; the 2022 dossiers lie outside the period.
    expect(findUnit(organisation, CONSTRUCTION)!.unit.performance).toMatchObject({ resolved: 3, published: false });
    expect(findUnit(organisation, TAM_KY)!.unit.performance).toEqual({ resolved: 0, onTimeRate: null, published: false });
  });
});

describe("a unit admin places a new officer in a division", () => {
  const input = (email: string, divisionId: string) =>
    newOfficerSchema.parse({ fullName: "Cán Bộ Phòng", email, roles: ["chuyen-vien"], password: "MatKhau@2024!", divisionId });

  it("offers the unit's own divisions, stores the chosen one and audits it by name", async () => {
    const finance = await unitIdOf(FINANCE);
    const offered = await listUnitDivisions(db, finance);
    expect(offered).toHaveLength(7);
    expect(offered[0]!.name).toBe("Văn phòng Sở");
    const budget = offered.find((d) => d.name === "Phòng Quản lý ngân sách")!;
    const admin = { id: await officer(FINANCE, null), fullName: "Quản trị Sở Tài chính", unitId: finance, roles: ["quan-tri-don-vi"] };
    const id = await createOfficer(db, admin, input("ngansach@example.vn", String(budget.id)));
    const [created] = await db.select({ divisionId: users.divisionId }).from(users).where(eq(users.id, id));
    expect(created!.divisionId).toBe(budget.id);
    expect((await listUnitOfficers(db, finance)).find((o) => o.id === id)?.divisionName).toBe("Phòng Quản lý ngân sách");
    const [entry] = (await listAuditLog(db)).filter((e) => e.action === "officer.create" && e.targetEmail === "ngansach@example.vn");
    expect(entry?.after).toMatchObject({ division: "Phòng Quản lý ngân sách" });
    // Not placed: an empty choice.
    const unplaced = await createOfficer(db, admin, input("chuaxep@example.vn", ""));
    const [row] = await db.select({ divisionId: users.divisionId }).from(users).where(eq(users.id, unplaced));
    expect(row!.divisionId).toBeNull();
  });

  it("refuses a division of another unit, naming the field, and a value that is not a division id", async () => {
    const finance = await unitIdOf(FINANCE);
    const admin = { id: await officer(FINANCE, null), unitId: finance, roles: ["quan-tri-don-vi"] };
    const foreign = await divisionOf(CONSTRUCTION, "phong-quan-ly-xay-dung");
    await expect(createOfficer(db, admin, input("khac@example.vn", String(foreign)))).rejects.toMatchObject({ code: "invalid", field: "divisionId" });
    expect(await db.select().from(users).where(eq(users.email, "khac@example.vn"))).toEqual([]);
    const bad = newOfficerSchema.safeParse({
      fullName: "Cán Bộ",
      email: "x@example.vn",
      roles: ["chuyen-vien"],
      password: "MatKhau@2024!",
      divisionId: "abc",
    });
    // The schema carries the catalog key; the form shows its text in the reader's language (docs/i18n.md).
    expect(bad.success ? null : bad.error.issues[0]).toMatchObject({ path: ["divisionId"], message: "validation.officer.divisionInvalid" });
    expect(vi.officer.divisionInvalid).toBe("Phòng không hợp lệ");
  });
});
