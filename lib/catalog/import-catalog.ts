import type { Database } from "@/db/client";
import { loadCatalogReferences, saveServices, type CatalogReferences, type SaveResult } from "./save-services";
import { serviceContentSchema, type ServiceContent } from "./service-schema";

export interface RowError {
  /** 1-based row number in the source (the header of a CSV file is not counted). */
  row: number;
  field: string;
  message: string;
}

/** Validates every row against the catalog schema and the codes that exist; collects every error. */
function validateCatalogRows(rows: unknown[], refs: CatalogReferences): { contents: ServiceContent[]; errors: RowError[] } {
  const contents: ServiceContent[] = [];
  const errors: RowError[] = [];
  const seenCodes = new Map<string, number>();
  rows.forEach((raw, index) => {
    const row = index + 1;
    const parsed = serviceContentSchema.safeParse(raw);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        errors.push({ row, field: issue.path.join(".") || "(dòng)", message: issue.message });
      }
      return;
    }
    const content = parsed.data;
    if (!refs.fields.has(content.fieldCode)) {
      errors.push({ row, field: "fieldCode", message: `Lĩnh vực "${content.fieldCode}" không tồn tại` });
    }
    if (!refs.agencies.has(content.agencyCode)) {
      errors.push({ row, field: "agencyCode", message: `Cơ quan "${content.agencyCode}" không tồn tại` });
    }
    for (const event of content.lifeEvents) {
      if (!refs.lifeEvents.has(event)) {
        errors.push({ row, field: "lifeEvents", message: `Sự kiện "${event}" không tồn tại` });
      }
    }
    const firstRow = seenCodes.get(content.code);
    if (firstRow !== undefined) {
      errors.push({ row, field: "code", message: `Mã thủ tục ${content.code} trùng với dòng ${firstRow}` });
    } else {
      seenCodes.set(content.code, row);
    }
    contents.push(content);
  });
  return { contents, errors };
}

export type ImportOutcome = { ok: true; result: SaveResult } | { ok: false; errors: RowError[] };

/** Imports a catalog in one transaction: when any row is invalid, nothing is written. */
export async function importCatalog(db: Database, rows: unknown[]): Promise<ImportOutcome> {
  return db.transaction(async (tx) => {
    const refs = await loadCatalogReferences(tx);
    const { contents, errors } = validateCatalogRows(rows, refs);
    if (errors.length > 0) return { ok: false, errors };
    return { ok: true, result: await saveServices(tx, contents, refs) };
  });
}
