import ExcelJS from "exceljs";

/**
 * The report's table as an Excel workbook: a title row naming scope and period, the header row, then the
 * rows as `reportFileRows` gives them. Counts stay numbers (format #,##0), rates are percentages with one
 * decimal (98.7, format 0.0); text cells are written as text, so nothing in a unit's or service's name
 * runs as a formula.
 */
export async function reportToXlsx(
  title: string,
  rows: readonly (readonly (string | number | null)[])[],
  rateColumns: readonly number[],
  names: { sheetName: string; creator: string } = { sheetName: "Báo cáo", creator: "Cổng Dịch vụ công" },
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = names.creator;
  const sheet = workbook.addWorksheet(names.sheetName);
  const width = rows[0]?.length ?? 1;
  const titleRow = sheet.addRow([title]);
  titleRow.font = { bold: true, size: 13 };
  sheet.mergeCells(1, 1, 1, width);
  for (const row of rows) sheet.addRow([...row]);
  const header = sheet.getRow(2);
  header.font = { bold: true };
  header.alignment = { wrapText: true, vertical: "top" };
  sheet.getRow(sheet.rowCount).font = { bold: true };
  sheet.views = [{ state: "frozen", xSplit: 1, ySplit: 2 }];
  sheet.getColumn(1).width = 40;
  for (let c = 2; c <= width; c++) {
    const col = sheet.getColumn(c);
    col.width = 14;
    col.numFmt = rateColumns.includes(c - 1) ? "0.0" : "#,##0";
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
