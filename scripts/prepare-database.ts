import { openDatabase } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";
import { seedDatabase } from "@/db/seed/seed-database";
import { DEMO_OFFICER_PASSWORD, DEMO_OFFICER_TOTP_SECRET, DEMO_OFFICERS, seedDemoOfficers } from "@/db/seed/demo-officers";
import { seedHistory2023 } from "@/db/seed/history-2023";
import { seedFeedbackHistory2023 } from "@/db/seed/feedback-history-2023";
import { exitOnInvalidConfig, loadConfig, serverEnv } from "@/lib/config";
import { DEFAULT_LOCALE, intlTag } from "@/lib/i18n/locales";

/** Migrates and, when empty, seeds the configured database; then closes it so the server can open it. */
export async function prepareDatabase(options: { seed: boolean; demoAccounts?: boolean; history?: HistoryChoice }): Promise<void> {
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
    if (options.history === "feedback-november") {
      // The 1022 line's November 2023 alone (13.014 items, seconds): /thong-ke?nam=2023&thang=11 shows the report's figures.
      const feedback = await seedFeedbackHistory2023(handle.db, { months: [11] });
      if (feedback) console.log(`Đã tạo ${feedback.toLocaleString(intlTag(DEFAULT_LOCALE))} phản ánh, kiến nghị tháng 11/2023 (đường dây 1022).`);
    } else if (options.history) {
      // Before the server starts: PGlite serves one connection, so a long write would stall every request.
      const started = performance.now();
      console.log("Đang tạo hồ sơ năm 2023 cho trang thống kê (một lần; SEED_HISTORY=0 để bỏ qua)…");
      const written = await seedHistory2023(handle.db, (line) => console.log(line));
      const seconds = ((performance.now() - started) / 1000).toFixed(0);
      console.log(written ? `Đã tạo ${written.toLocaleString(intlTag(DEFAULT_LOCALE))} hồ sơ năm 2023 (${seconds} s).` : "Hồ sơ năm 2023 đã có sẵn.");
      const feedback = await seedFeedbackHistory2023(handle.db);
      if (feedback) console.log(`Đã tạo ${feedback.toLocaleString(intlTag(DEFAULT_LOCALE))} phản ánh, kiến nghị năm 2023 (đường dây 1022).`);
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

/** All of 2023 (dossiers and the 1022 line), only the 1022 line's November 2023, or nothing. */
export type HistoryChoice = boolean | "feedback-november";

/**
 * The 2023 history on the first start of the embedded database, unless SEED_HISTORY=0; on a server only with
 * SEED_HISTORY=1. SEED_HISTORY=phan-anh writes only the 1022 line's November 2023 (the e2e servers).
 */
export function shouldSeedHistory(env = serverEnv()): HistoryChoice {
  if (env.SEED_HISTORY === "phan-anh") return "feedback-november";
  if (env.SEED_HISTORY === "1") return true;
  if (env.SEED_HISTORY === "0") return false;
  return !env.DATABASE_URL;
}
