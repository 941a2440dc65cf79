import { unstable_cache } from "next/cache";
import { withDatabase } from "@/lib/database/with-database";
import type { Period } from "./period";
import { defaultReportYear } from "./public-period";
import { getPublicStatistics, type PublicStatistics } from "./public-statistics";
import { feedbackStatistics, type FeedbackFigures } from "@/lib/feedback/feedback-statistics";

/** Cache tag of the public statistics; revalidateTag(STATISTICS_TAG) drops them at once. */
export const STATISTICS_TAG = "statistics";
/**
 * How stale /thong-ke may be (seconds). The roll-up itself is exact at every commit (docs/statistics.md);
 * the page, the same for every visitor, is computed at most once a minute per period instead of per request
 * (docs/statistics.md, "Speed": its server CPU stays within 3 × the dynamic floor page's).
 */
export const STATISTICS_REVALIDATE_SECONDS = 60;

const cacheOptions = { tags: [STATISTICS_TAG], revalidate: STATISTICS_REVALIDATE_SECONDS };

/** getPublicStatistics for `period`, cached per period (the arguments are part of the cache key). */
export const getCachedPublicStatistics = unstable_cache(
  async (period: Period): Promise<PublicStatistics> => withDatabase(getPublicStatistics, period),
  ["public-statistics"],
  cacheOptions,
);

/** defaultReportYear at `now`, cached per hour of `now` (an ISO string, so that it can be part of the key). */
const cachedDefaultYear = unstable_cache(
  async (hour: string): Promise<number> => withDatabase(defaultReportYear, new Date(`${hour}:00:00Z`)),
  ["public-statistics-default-year"],
  cacheOptions,
);

export function getCachedDefaultReportYear(now: Date): Promise<number> {
  return cachedDefaultYear(now.toISOString().slice(0, 13));
}

/** The feedback register's figures (lib/feedback/feedback-statistics.ts) for `period`, cached like the dossiers'. */
export const getCachedFeedbackFigures = unstable_cache(
  async (period: Period): Promise<FeedbackFigures> => withDatabase(feedbackStatistics, period),
  ["public-feedback-figures"],
  cacheOptions,
);
