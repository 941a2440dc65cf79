import { describe, expect, it } from "vitest";
import { UNITS } from "./administrative-units";
import { DIVISIONS, divisionCode } from "./divisions";

const kindOfUnit = new Map(UNITS.map((u) => [u.code, u.kind]));
const count = (kind: string) => DIVISIONS.filter((d) => d.kind === kind).length;

describe("the 2023 divisions seed", () => {
  it("has the report's totals: 118 phòng and 11 chi cục in the agencies, 204 phòng in the districts", () => {
    expect(count("phong")).toBe(118);
    expect(count("chi-cuc")).toBe(11);
    expect(count("phong-huyen")).toBe(204);
  });

  it("gives every one of the 21 agencies and 18 districts divisions, and none to a commune or the province", () => {
    const units = new Set(DIVISIONS.map((d) => d.unitCode));
    expect([...units].filter((c) => kindOfUnit.get(c) === "agency")).toHaveLength(21);
    expect([...units].filter((c) => kindOfUnit.get(c) === "district")).toHaveLength(18);
    expect([...units].every((c) => kindOfUnit.get(c) === "agency" || kindOfUnit.get(c) === "district")).toBe(true);
  });

  it("spreads the district divisions 11 or 12 to a district", () => {
    const perDistrict = new Map<string, number>();
    for (const d of DIVISIONS.filter((d) => d.kind === "phong-huyen")) perDistrict.set(d.unitCode, (perDistrict.get(d.unitCode) ?? 0) + 1);
    expect([...perDistrict.values()].every((n) => n === 11 || n === 12)).toBe(true);
  });

  it("fits each kind to its unit and keeps codes and names unique within a unit", () => {
    for (const d of DIVISIONS) expect(d.kind === "phong-huyen" ? "district" : "agency").toBe(kindOfUnit.get(d.unitCode));
    const keys = DIVISIONS.map((d) => `${d.unitCode}/${d.code}`);
    expect(new Set(keys).size).toBe(keys.length);
    expect(new Set(DIVISIONS.map((d) => `${d.unitCode}/${d.name}`)).size).toBe(DIVISIONS.length);
  });
});

describe("divisionCode", () => {
  it("makes a slug without diacritics", () => {
    expect(divisionCode("Phòng Lao động - Thương binh và Xã hội")).toBe("phong-lao-dong-thuong-binh-va-xa-hoi");
    expect(divisionCode("Chi cục Đo lường, Chất lượng")).toBe("chi-cuc-do-luong-chat-luong");
    expect(divisionCode("Văn phòng HĐND và UBND")).toBe("van-phong-hdnd-va-ubnd");
  });
});
