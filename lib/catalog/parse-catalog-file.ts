import { parse } from "csv-parse/sync";

const JSON_COLUMNS = new Set(["steps", "channels", "documents", "fees", "legalBasis", "formDefinition", "lifeEvents"]);
const NUMBER_COLUMNS = new Set(["setsCount", "timeLimitValue", "popularity"]);

export type ParsedCatalogFile = { ok: true; rows: unknown[] } | { ok: false; message: string };

/** Turns one CSV cell into the value the catalog schema expects; bad JSON stays text for the schema to report. */
function csvCell(column: string, value: string): unknown {
  if (JSON_COLUMNS.has(column)) {
    try {
      return JSON.parse(value);
    } catch {
      return value;
    }
  }
  if (NUMBER_COLUMNS.has(column) && value.trim() !== "" && !Number.isNaN(Number(value))) return Number(value);
  return value;
}

/**
 * Reads a catalog file: JSON (an array of services, or { "services": [...] }) or CSV with a header row
 * of the schema's field names, where list columns hold JSON.
 */
export function parseCatalogFile(fileName: string, text: string): ParsedCatalogFile {
  const lower = fileName.toLowerCase();
  if (lower.endsWith(".json")) {
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch (error) {
      return { ok: false, message: `JSON không hợp lệ (${(error as Error).message})` };
    }
    const rows = Array.isArray(data) ? data : (data as { services?: unknown })?.services;
    if (!Array.isArray(rows)) return { ok: false, message: 'tệp JSON phải là một mảng thủ tục hoặc { "services": [...] }' };
    return { ok: true, rows };
  }
  if (lower.endsWith(".csv")) {
    let records: Record<string, string>[];
    try {
      records = parse(text.replace(/^\uFEFF/, ""), { columns: true, skip_empty_lines: true });
    } catch (error) {
      return { ok: false, message: `CSV không hợp lệ (${(error as Error).message})` };
    }
    return {
      ok: true,
      rows: records.map((record) => Object.fromEntries(Object.entries(record).map(([column, value]) => [column, csvCell(column, value)]))),
    };
  }
  return { ok: false, message: "chỉ nhận tệp .json hoặc .csv" };
}
