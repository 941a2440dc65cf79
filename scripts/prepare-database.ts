import { openDatabase } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";
import { seedDatabase } from "@/db/seed/seed-database";
import { DEMO_OFFICER_PASSWORD, DEMO_OFFICER_TOTP_SECRET, DEMO_OFFICERS, seedDemoOfficers } from "@/db/seed/demo-officers";
import { exitOnInvalidConfig, loadConfig } from "@/lib/config";

/** Migrates and, when empty, seeds the configured database; then closes it so the server can open it. */
export async function prepareDatabase(options: { seed: boolean; demoAccounts?: boolean }): Promise<void> {
  exitOnInvalidConfig();
  const config = loadConfig();
  const handle = await openDatabase(config);
  try {
    const where = handle.kind === "embedded" ? `nhúng (PGlite, ${config.pgliteDir})` : "máy chủ PostgreSQL";
    console.log(`Cơ sở dữ liệu: ${where}`);
    await migrateDatabase(handle, config);
    console.log("Đã áp dụng migration.");
    if (options.seed) {
      const { seeded, services } = await seedDatabase(handle.db);
      console.log(seeded ? `Đã nạp dữ liệu mẫu: ${services} thủ tục.` : "Dữ liệu đã có sẵn, không nạp lại.");
    }
    if (options.demoAccounts) {
      await seedDemoOfficers(handle.db);
      console.log(`Tài khoản cán bộ thử nghiệm (mật khẩu ${DEMO_OFFICER_PASSWORD}, khóa TOTP ${DEMO_OFFICER_TOTP_SECRET}):`);
      for (const officer of DEMO_OFFICERS) console.log(`  ${officer.email.padEnd(28)} ${officer.roles.join(", ")}`);
    }
  } finally {
    await handle.close();
  }
}
