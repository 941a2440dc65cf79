import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import type { Locale } from "@/lib/i18n/locales";
import { emptySums, figuresOf } from "./figures";
import type { OfficerReportView } from "./load-officer-report";
import { officerReportFile } from "./officer-report-file";
import { parseReportQuery } from "./officer-report-query";

const figures = figuresOf(emptySums(), { ...emptySums(), received: 3, receivedOnline: 2, receivedInPerson: 1, resolvedOnTime: 2, resolvedOnline: 1 });
const view: OfficerReportView = {
  level: "unit",
  scopeLabel: "UBND phường An Mỹ",
  trail: [],
  rows: [{ key: "1", label: "Đăng ký khai sinh", figures }],
  total: figures,
};
const query = (locale: Locale) => {
  const parsed = parseReportQuery({ ky: "quy", nam: "2031", quy: "1" }, "2032-01-15", locale);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  return parsed.query;
};
const csvLines = async (locale: Locale) => String(await officerReportFile(view, query(locale), "csv")).split(/\r?\n/);
const sheetOf = async (locale: Locale) => {
  const body = (await officerReportFile(view, query(locale), "xlsx")) as Buffer;
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(body.buffer.slice(body.byteOffset, body.byteOffset + body.byteLength) as ArrayBuffer);
  return workbook.worksheets[0]!;
};

describe("the officers' report as a file, in the language of the page it was asked from", () => {
  it("is Vietnamese for vi: title, headings and total; the portal's names as they are", async () => {
    const lines = await csvLines("vi");
    expect(lines[0]).toContain("Báo cáo tình hình giải quyết TTHC — UBND phường An Mỹ — quý 1 năm 2031");
    expect(lines[1]).toMatch(/^"?Thủ tục"?,"?Tồn kỳ trước"?,"?Tiếp nhận trong kỳ: Tổng số"?/);
    expect(lines[2]).toMatch(/^"?Đăng ký khai sinh"?,0,3,2,1,0,/);
    expect(lines[3]).toMatch(/^"?Tổng cộng"?,/);
    const sheet = await sheetOf("vi");
    expect(sheet.name).toBe("Báo cáo");
    expect(sheet.getCell("A1").value).toBe("Báo cáo tình hình giải quyết TTHC — UBND phường An Mỹ — quý 1 năm 2031");
    expect(sheet.getCell("A2").value).toBe("Thủ tục");
    expect(sheet.getCell("A4").value).toBe("Tổng cộng");
  });

  it("is English for en, with the same figures", async () => {
    const lines = await csvLines("en");
    expect(lines[0]).toContain("Report on the resolution of administrative procedures — UBND phường An Mỹ — quarter 1 of 2031");
    expect(lines[1]).toMatch(/^"?Procedure"?,"?Carried over"?,"?Received in the period: Total"?/);
    expect(lines[1]).toContain("Rates: On time (%)");
    expect(lines[2]).toMatch(/^"?Đăng ký khai sinh"?,0,3,2,1,0,/);
    expect(lines[3]).toMatch(/^"?Total"?,/);
    expect(lines.join("\n")).not.toMatch(/Tổng|Tỷ lệ|Tiếp nhận/);
    const sheet = await sheetOf("en");
    expect(sheet.name).toBe("Report");
    expect(sheet.getCell("A2").value).toBe("Procedure");
    expect(sheet.getCell("B2").value).toBe("Carried over");
    expect(sheet.getCell("A4").value).toBe("Total");
    expect(sheet.getRow(3).getCell(3).value).toBe(3);
  });
});
