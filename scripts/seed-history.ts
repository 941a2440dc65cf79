import { openDatabase } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";
import { seedDatabase } from "@/db/seed/seed-database";
import { seedHistory2023 } from "@/db/seed/history-2023";
import { seedFeedbackHistory2023 } from "@/db/seed/feedback-history-2023";
import { loadConfig } from "@/lib/config";
import { DEFAULT_LOCALE, intlTag } from "@/lib/i18n/locales";

/** `npm run seed:history`: the province's 2023 dossiers (docs/statistics.md); does nothing when they are there. */
const config = loadConfig();
const handle = await openDatabase(config);
try {
  await migrateDatabase(handle, config);
  await seedDatabase(handle.db);
  const started = performance.now();
  console.log("Đang tạo hồ sơ năm 2023…");
  const written = await seedHistory2023(handle.db, (line) => console.log(line));
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(written ? `Đã tạo ${written.toLocaleString(intlTag(DEFAULT_LOCALE))} hồ sơ năm 2023 trong ${seconds} s.` : "Hồ sơ năm 2023 đã có sẵn.");
  const feedbackStarted = performance.now();
  const feedback = await seedFeedbackHistory2023(handle.db);
  const feedbackSeconds = ((performance.now() - feedbackStarted) / 1000).toFixed(1);
  console.log(
    feedback
      ? `Đã tạo ${feedback.toLocaleString(intlTag(DEFAULT_LOCALE))} phản ánh, kiến nghị năm 2023 trong ${feedbackSeconds} s.`
      : "Phản ánh, kiến nghị năm 2023 đã có sẵn.",
  );
} finally {
  await handle.close();
}
