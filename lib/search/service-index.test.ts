import { describe, expect, it } from "vitest";
import { normalizeText } from "./normalize-text";
import { buildServiceIndex, filterServices, searchIndex, type IndexedService } from "./service-index";

type Row = Omit<IndexedService<string>, "order">;
let nextId = 1;
function service(name: string, extra: Partial<Row> = {}): Row {
  const nameNorm = normalizeText(name);
  return {
    id: nextId++,
    nameNorm,
    searchNorm: nameNorm,
    nameEnNorm: "",
    searchEnNorm: "",
    popularity: 0,
    level: "tinh",
    mode: "toan-trinh",
    audience: "cong-dan",
    fieldId: 1,
    agencyId: 10,
    lifeEvents: [],
    item: name,
    ...extra,
  };
}

const index = buildServiceIndex(
  [
    service("Cấp giấy phép xây dựng", { agencyId: 11, fieldId: 2, audience: "ca-hai", searchNorm: "cap giay phep xay dung so xay dung" }),
    service("Đăng ký khai sinh", { level: "xa", lifeEvents: ["khai-sinh"] }),
    service("Đăng ký khai sinh lưu động", { level: "huyen", mode: "mot-phan" }),
    service("Trích lục hộ tịch", { level: "xa", searchNorm: "trich luc ho tich ban sao khai sinh", audience: "doanh-nghiep" }),
    service("Cấp giấy phép lao động cho người lao động nước ngoài", {
      audience: "doanh-nghiep",
      nameEnNorm: "work permit for a foreign employee",
      searchEnNorm: "work permit for a foreign employee an employer applies for a work permit",
    }),
  ],
  [
    { id: 10, code: "000.00.10.H47", kind: "agency" },
    { id: 11, code: "000.00.09.H47", kind: "agency" },
    { id: 20, code: "000.01.22.H47", kind: "commune" },
  ],
  [
    { id: 1, code: "ho-tich" },
    { id: 2, code: "xay-dung" },
  ],
);
const names = (list: IndexedService<string>[] | null) => list?.map((s) => s.item);

describe("filterServices", () => {
  it("keeps the default order and applies every filter like the SQL did", () => {
    expect(names(filterServices(index, {}))).toHaveLength(5);
    expect(names(filterServices(index, { agency: "000.00.09.H47" }))).toEqual(["Cấp giấy phép xây dựng"]);
    expect(names(filterServices(index, { agency: "000.01.22.H47" }))).toEqual(["Đăng ký khai sinh", "Trích lục hộ tịch"]);
    expect(names(filterServices(index, { field: "xay-dung" }))).toEqual(["Cấp giấy phép xây dựng"]);
    expect(names(filterServices(index, { event: "khai-sinh" }))).toEqual(["Đăng ký khai sinh"]);
    expect(names(filterServices(index, { mode: "mot-phan" }))).toEqual(["Đăng ký khai sinh lưu động"]);
    expect(names(filterServices(index, { audience: "doanh-nghiep" }))).toEqual([
      "Cấp giấy phép xây dựng",
      "Trích lục hộ tịch",
      "Cấp giấy phép lao động cho người lao động nước ngoài",
    ]);
  });

  it("answers null for a unit or field that does not exist", () => {
    expect(filterServices(index, { agency: "000.99.99.H47" })).toBeNull();
    expect(filterServices(index, { field: "khong-co" })).toBeNull();
  });
});

describe("searchIndex", () => {
  const all = filterServices(index, {}) ?? [];
  it("ranks name matches before other-field matches, exact phrase first", () => {
    expect(names(searchIndex(all, normalizeText("ĐĂNG KÝ KHAI SINH")))).toEqual(["Đăng ký khai sinh", "Đăng ký khai sinh lưu động"]);
    expect(names(searchIndex(all, normalizeText("khai sinh")))).toEqual(["Đăng ký khai sinh", "Đăng ký khai sinh lưu động", "Trích lục hộ tịch"]);
  });

  it("searches the English names only in English, where they come before Vietnamese matches", () => {
    expect(names(searchIndex(all, normalizeText("work permit")))).toEqual([]);
    expect(names(searchIndex(all, normalizeText("work permit"), "en"))).toEqual(["Cấp giấy phép lao động cho người lao động nước ngoài"]);
    expect(names(searchIndex(all, normalizeText("employer applies"), "en"))).toEqual(["Cấp giấy phép lao động cho người lao động nước ngoài"]);
    expect(names(searchIndex(all, normalizeText("giay phep"), "en"))).toEqual([
      "Cấp giấy phép xây dựng",
      "Cấp giấy phép lao động cho người lao động nước ngoài",
    ]);
  });

  it("finds nothing for an empty query or unknown words", () => {
    expect(searchIndex(all, "")).toEqual([]);
    expect(searchIndex(all, normalizeText("zzqxw"))).toEqual([]);
  });
});
