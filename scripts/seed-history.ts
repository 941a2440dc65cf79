import { seedHistory2023 } from "@/db/seed/history-2023";
import { seedFeedbackHistory2023 } from "@/db/seed/feedback-history-2023";
import { DEFAULT_LOCALE, intlTag } from "@/lib/i18n/locales";
import { secondsSince, withSeededDatabase } from "./with-seeded-database";

/** `npm run seed:history`: the province's 2023 dossiers (docs/statistics.md); does nothing when they are there. */
await withSeededDatabase(async (db) => {
  const started = performance.now();
  console.log("Đang tạo hồ sơ năm 2023…");
  const written = await seedHistory2023(db, (line) => console.log(line));
  console.log(
    written
      ? `Đã tạo ${written.toLocaleString(intlTag(DEFAULT_LOCALE))} hồ sơ năm 2023 trong ${secondsSince(started)} s.`
      : "Hồ sơ năm 2023 đã có sẵn.",
  );
  const feedbackStarted = performance.now();
  const feedback = await seedFeedbackHistory2023(db);
  console.log(
    feedback
      ? `Đã tạo ${feedback.toLocaleString(intlTag(DEFAULT_LOCALE))} phản ánh, kiến nghị năm 2023 trong ${secondsSince(feedbackStarted)} s.`
      : "Phản ánh, kiến nghị năm 2023 đã có sẵn.",
  );
});
