import { describe, expect, it } from "vitest";
import { parseReportQuery, reportHref } from "./officer-report-query";

const ok = (params: Record<string, string>) => {
  const r = parseReportQuery(params, "2026-12-06", "vi");
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.query;
};
const errors = (params: Record<string, string>) => {
  const r = parseReportQuery(params, "2026-12-06", "vi");
  if (r.ok) throw new Error("accepted");
  return r.errors;
};

describe("the officers' report query", () => {
  it("defaults to the given year, and ignores the empty fields a plain form sends", () => {
    const q = ok({ ky: "", nam: "", quy: "", thang: "", tu: "", den: "" });
    expect(q.periodParams).toEqual({ ky: "nam", nam: 2026 });
    expect(ok({ nam: "2025" }).period).toEqual({ from: "2025-01-01", to: "2025-12-31", end: "2026-01-01" });
    expect(ok({ nam: "2025" }).periodLabel).toBe("năm 2025");
  });

  it("ends a period still running today, and says so", () => {
    const q = ok({});
    expect(q.period).toEqual({ from: "2026-01-01", to: "2026-12-06", end: "2026-12-07" });
    expect(q.periodLabel).toBe("năm 2026 (đến ngày 06/12/2026)");
    expect(ok({ ky: "thang", thang: "12" }).period.to).toBe("2026-12-06");
    // A period that has not begun, or ends today, is left as it is.
    expect(ok({ nam: "2027" }).period.to).toBe("2027-12-31");
    expect(ok({ ky: "khoang", tu: "2026-12-01", den: "2026-12-06" }).periodLabel).toBe("từ 01/12/2026 đến 06/12/2026");
  });

  it("reads a quarter, a month and a date range, each with its label", () => {
    expect(ok({ ky: "quy", nam: "2023", quy: "2" }).period).toEqual({ from: "2023-04-01", to: "2023-06-30", end: "2023-07-01" });
    const month = ok({ ky: "thang", nam: "2024", thang: "2", quy: "3" });
    expect([month.period.to, month.periodLabel, month.periodParams]).toEqual([
      "2024-02-29",
      "tháng 2 năm 2024",
      { ky: "thang", nam: 2024, thang: 2 },
    ]);
    const range = ok({ ky: "khoang", tu: "2023-11-01", den: "2023-11-30" });
    expect([range.period.end, range.periodLabel]).toEqual(["2023-12-01", "từ 01/11/2023 đến 30/11/2023"]);
  });

  it("reads the drill-down level", () => {
    expect(ok({ cap: "huyen" }).tier).toBe("huyen");
    expect(ok({ "don-vi": "42" }).unitId).toBe(42);
  });

  it("names each bad field in Vietnamese", () => {
    expect(errors({ ky: "tuan" })).toEqual([{ field: "Loại kỳ", message: "Loại kỳ không hợp lệ." }]);
    expect(errors({ ky: "quy" })).toEqual([{ field: "Quý", message: "Hãy chọn quý." }]);
    expect(errors({ nam: "1999" })[0]!.field).toBe("Năm");
    expect(errors({ ky: "thang", thang: "13" })[0]!.message).toBe("Tháng từ 1 đến 12.");
    expect(errors({ ky: "khoang", tu: "2023-02-30", den: "2023-03-01" })[0]).toEqual({
      field: "Từ ngày",
      message: "Ngày phải có dạng dd/mm/yyyy hợp lệ.",
    });
    expect(errors({ ky: "khoang", tu: "2023-03-01", den: "2023-02-01" })[0]!.message).toBe("Ngày kết thúc phải sau ngày bắt đầu.");
    expect(errors({ ky: "khoang", tu: "2000-01-01", den: "2023-01-01" })[0]!.message).toBe("Kỳ báo cáo dài tối đa 10 năm.");
    expect(errors({ cap: "thon" })[0]!.field).toBe("Cấp");
    expect(errors({ "don-vi": "abc" })[0]!.field).toBe("Đơn vị");
    expect(errors({ "don-vi": "99999999999" })[0]!.field).toBe("Đơn vị");
  });

  it("gives labels and field errors in English for an English page", () => {
    const en = (params: Record<string, string>) => parseReportQuery(params, "2026-12-06", "en");
    const year = en({ nam: "2025" });
    expect(year.ok && [year.query.periodLabel, year.query.locale]).toEqual(["year 2025", "en"]);
    const running = en({});
    expect(running.ok && running.query.periodLabel).toBe("year 2026 (up to 06/12/2026)");
    const range = en({ ky: "khoang", tu: "2023-11-01", den: "2023-11-30" });
    expect(range.ok && range.query.periodLabel).toBe("from 01/11/2023 to 30/11/2023");
    const bad = en({ ky: "quy" });
    expect(!bad.ok && bad.errors).toEqual([{ field: "Quarter", message: "Choose a quarter." }]);
    const badDate = en({ ky: "khoang", tu: "2023-02-30", den: "2023-03-01" });
    expect(!badDate.ok && badDate.errors[0]).toEqual({ field: "From", message: "The date must be a valid dd/mm/yyyy date." });
  });

  it("builds links that keep the period and name the level", () => {
    expect(reportHref("/quan-tri/bao-cao", { ky: "quy", nam: 2023, quy: 4 }, { cap: "xa" })).toBe("/quan-tri/bao-cao?ky=quy&nam=2023&quy=4&cap=xa");
    const q = ok({ ky: "khoang", tu: "2023-01-01", den: "2023-01-31", "don-vi": "7" });
    expect(reportHref("/quan-tri/bao-cao/xuat-csv", q.periodParams, { donVi: 7 })).toBe(
      "/quan-tri/bao-cao/xuat-csv?ky=khoang&nam=2026&tu=2023-01-01&den=2023-01-31&don-vi=7",
    );
  });
});
