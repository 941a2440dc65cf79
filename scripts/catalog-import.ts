/**
 * `npm run catalog:import -- <file.json|file.csv>`: validates every row and imports the catalog in one
 * transaction; when any row is invalid it prints each error with its row and field and writes nothing.
 */
import { readFile } from "node:fs/promises";
import { openDatabase } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";
import { parseCatalogFile } from "@/lib/catalog/parse-catalog-file";
import { importCatalog } from "@/lib/catalog/import-catalog";
import { exitOnInvalidConfig } from "@/lib/config";

exitOnInvalidConfig();
const file = process.argv[2];
if (!file) {
  console.error("Cách dùng: npm run catalog:import -- <tệp.json|tệp.csv>");
  process.exit(2);
}

const parsed = parseCatalogFile(file, await readFile(file, "utf8"));
if (!parsed.ok) {
  console.error(`Không đọc được tệp ${file}: ${parsed.message}`);
  process.exit(1);
}

const handle = await openDatabase();
try {
  await migrateDatabase(handle);
  const outcome = await importCatalog(handle.db, parsed.rows);
  if (!outcome.ok) {
    console.error(`Không nhập dòng nào: ${outcome.errors.length} lỗi.`);
    for (const e of outcome.errors) console.error(`  Dòng ${e.row}, trường ${e.field}: ${e.message}`);
    process.exitCode = 1;
  } else {
    const { created, updated, unchanged } = outcome.result;
    console.log(`Đã nhập ${parsed.rows.length} dòng: ${created} thủ tục mới, ${updated} cập nhật (phiên bản mới), ${unchanged} không đổi.`);
    console.log("Trang danh mục đang chạy sẽ làm mới trong tối đa 5 phút (hoặc khởi động lại máy chủ).");
  }
} finally {
  await handle.close();
}
