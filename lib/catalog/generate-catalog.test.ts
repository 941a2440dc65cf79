import { describe, expect, it } from "vitest";
import { AGENCY_CODES, PROVINCE_CODE, UNITS } from "@/db/seed/administrative-units";
import { FIELDS } from "@/db/seed/fields";
import { LIFE_EVENTS } from "@/db/seed/life-events";
import { CATALOG_SIZE, generateCatalog } from "./generate-catalog";
import { serviceContentSchema, type ServiceContentInput } from "./service-schema";

const catalog = generateCatalog();

function share(predicate: (s: ServiceContentInput) => boolean): number {
  return catalog.filter(predicate).length / catalog.length;
}

describe("generateCatalog", () => {
  it("returns exactly the 1.305 services of the seed article", () => {
    expect(CATALOG_SIZE).toBe(1305);
    expect(catalog).toHaveLength(1305);
  });

  it("gives every service a unique code", () => {
    expect(new Set(catalog.map((s) => s.code)).size).toBe(catalog.length);
  });

  it("produces services that all pass the catalog schema", () => {
    for (const service of catalog) {
      const parsed = serviceContentSchema.safeParse(service);
      expect(parsed.success, `${service.code} ${service.name}: ${parsed.error?.message}`).toBe(true);
    }
  });

  it("refers only to existing agencies, fields and life events", () => {
    const agencies = new Set(UNITS.filter((u) => u.kind === "agency").map((u) => u.code));
    const fields = new Set(FIELDS.map((f) => f.code));
    const lifeEvents = new Set(LIFE_EVENTS.map((e) => e.code));
    for (const service of catalog) {
      expect(agencies.has(service.agencyCode), service.name).toBe(true);
      expect(fields.has(service.fieldCode), service.name).toBe(true);
      for (const event of service.lifeEvents ?? []) expect(lifeEvents.has(event), `${service.name}: ${event}`).toBe(true);
    }
  });

  it("uses every field and every life event at least once", () => {
    const usedFields = new Set(catalog.map((s) => s.fieldCode));
    const usedEvents = new Set(catalog.flatMap((s) => s.lifeEvents ?? []));
    expect(FIELDS.filter((f) => !usedFields.has(f.code)).map((f) => f.code)).toEqual([]);
    expect(LIFE_EVENTS.filter((e) => !usedEvents.has(e.code)).map((e) => e.code)).toEqual([]);
  });

  it("spreads services over the three levels, most of them at province level", () => {
    expect(share((s) => s.level === "tinh")).toBeGreaterThan(0.5);
    expect(share((s) => s.level === "tinh")).toBeLessThan(0.7);
    expect(share((s) => s.level === "huyen")).toBeGreaterThan(0.15);
    expect(share((s) => s.level === "huyen")).toBeLessThan(0.3);
    expect(share((s) => s.level === "xa")).toBeGreaterThan(0.12);
    expect(share((s) => s.level === "xa")).toBeLessThan(0.25);
  });

  it("offers about 45% of services fully online", () => {
    expect(share((s) => s.mode === "toan-trinh")).toBeGreaterThan(0.4);
    expect(share((s) => s.mode === "toan-trinh")).toBeLessThan(0.5);
    expect(share((s) => s.mode === "mot-phan")).toBeGreaterThan(0.5);
  });

  it("covers all 21 provincial agencies and the three audiences", () => {
    expect(new Set(catalog.map((s) => s.agencyCode)).size).toBe(21);
    expect(new Set(catalog.map((s) => s.audience))).toEqual(new Set(["cong-dan", "doanh-nghiep", "ca-hai"]));
  });

  it("keeps a fully online service payable and deliverable online", () => {
    for (const service of catalog.filter((s) => s.mode === "toan-trinh")) {
      expect(
        service.channels.some((c) => c.channel === "truc-tuyen"),
        service.name,
      ).toBe(true);
    }
  });

  it("keeps documents and forms within their usual size", () => {
    for (const service of catalog) {
      expect(service.documents.length, service.name).toBeGreaterThanOrEqual(2);
      expect(service.documents.length, service.name).toBeLessThanOrEqual(6);
      expect(service.formDefinition.length, service.name).toBeGreaterThanOrEqual(2);
      expect(service.formDefinition.length, service.name).toBeLessThanOrEqual(8);
      expect(service.steps.length, service.name).toBeGreaterThanOrEqual(3);
      const fieldNames = service.formDefinition.map((f) => f.name);
      expect(new Set(fieldNames).size, service.name).toBe(fieldNames.length);
      const documentNames = service.documents.map((d) => d.name);
      expect(new Set(documentNames).size, service.name).toBe(documentNames.length);
    }
  });

  it("names each service once per level", () => {
    const keys = catalog.map((s) => `${s.name}|${s.level}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it("contains the real birth registration procedure", () => {
    const birth = catalog.filter((s) => s.name === "Đăng ký khai sinh");
    expect(birth).toHaveLength(1);
    expect(birth[0]).toMatchObject({ code: "1.001193", level: "xa", fieldCode: "ho-tich", agencyCode: AGENCY_CODES.justice });
    expect(birth[0]?.timeLimitUnit).toBe("gio-lam-viec");
  });

  it("contains the building permit family", () => {
    expect(catalog.filter((s) => s.name.includes("giấy phép xây dựng")).length).toBeGreaterThanOrEqual(3);
    const house = catalog.find((s) => s.name === "Cấp giấy phép xây dựng nhà ở riêng lẻ");
    expect(house).toMatchObject({ level: "huyen", timeLimitValue: 15, timeLimitUnit: "ngay-lam-viec" });
  });

  it("is deterministic", () => {
    expect(generateCatalog()).toEqual(catalog);
  });
});

describe("administrative units", () => {
  it("has the province, 21 agencies and 18 district-level units", () => {
    expect(UNITS.filter((u) => u.kind === "province").map((u) => u.code)).toEqual([PROVINCE_CODE]);
    expect(UNITS.filter((u) => u.kind === "agency")).toHaveLength(21);
    expect(UNITS.filter((u) => u.kind === "district")).toHaveLength(18);
    expect(Object.values(AGENCY_CODES)).toHaveLength(21);
  });

  it("codes agencies and districts in the order of docs/domain.md#tiers (the 2023 report)", () => {
    const byCode = new Map(UNITS.map((u) => [u.code, u]));
    expect(byCode.get("000.00.01.H47")?.name).toContain("Văn phòng Ủy ban nhân dân tỉnh");
    expect(byCode.get("000.00.03.H47")?.name).toContain("Sở Tư pháp");
    expect(byCode.get("000.00.09.H47")?.name).toContain("Sở Xây dựng");
    expect(byCode.get("000.00.22.H47")?.name).toBe("UBND thành phố Tam Kỳ");
    expect(byCode.get("000.00.23.H47")?.name).toBe("UBND thành phố Hội An");
    expect(byCode.get("000.00.24.H47")?.name).toBe("UBND thị xã Điện Bàn");
    expect(byCode.get("000.00.25.H47")?.name).toBe("UBND huyện Đại Lộc");
    expect(byCode.get("000.00.39.H47")?.name).toBe("UBND huyện Nam Giang");
  });

  it("puts phường An Mỹ first under TP Tam Kỳ", () => {
    const anMy = UNITS.find((u) => u.code === "000.01.22.H47");
    expect(anMy).toMatchObject({ name: "UBND phường An Mỹ", shortName: "Phường An Mỹ", kind: "commune", tier: "xa", parentCode: "000.00.22.H47" });
    expect(UNITS.filter((u) => u.parentCode === "000.00.22.H47")).toHaveLength(13);
  });

  it("gives every unit a well-formed, unique code and a valid parent", () => {
    const codes = UNITS.map((u) => u.code);
    for (const code of codes) expect(code).toMatch(/^000\.\d{2}\.\d{2}\.H47$/);
    expect(new Set(codes).size).toBe(codes.length);
    const known = new Set(codes);
    for (const unit of UNITS) {
      if (unit.parentCode !== null) expect(known.has(unit.parentCode), unit.code).toBe(true);
      expect(unit.phone).toMatch(/^0235 \d{3} \d{4}$/);
    }
    for (const commune of UNITS.filter((u) => u.kind === "commune")) {
      const district = UNITS.find((u) => u.code === commune.parentCode);
      expect(district?.kind).toBe("district");
      expect(commune.code.slice(7, 9)).toBe(district?.code.slice(7, 9));
    }
  });
});
