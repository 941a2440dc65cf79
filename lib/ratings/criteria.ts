import { z } from "zod";
import { inputString } from "@/lib/validation/boundary-schemas";

/**
 * A dossier's satisfaction rating (docs/domain.md#rating): nine criteria, each scored 2 / 1 / 0, and two
 * overall levels. Their wording is `tracking.rating.criteria.0` … `.8`, `scores.N` and `levels.N` in the catalog.
 */
export const RATING_CRITERIA_COUNT = 9;

const CHOOSE = "validation.tracking.rateChoose";

// An unanswered question arrives as "" or not at all: never read it as a 0.
const score = z.preprocess(
  (value) => (value === "" || value === null ? undefined : value),
  z.coerce.number({ error: CHOOSE }).int().min(0, CHOOSE).max(2, CHOOSE),
);

/** One schema for the rating form in the browser and on the server. */
export const ratingSchema = z.object({
  scores: z.array(score).length(RATING_CRITERIA_COUNT, "validation.tracking.rateAllNine"),
  easeOfUse: score,
  overall: score,
  comment: inputString().trim().max(1000, "validation.tracking.commentTooLong").default(""),
});
export type RatingInput = z.infer<typeof ratingSchema>;

/** Share of the maximum (18 points) a rating reached, 0–100. */
export function ratingPercent(scores: readonly number[]): number {
  const total = scores.reduce((sum, s) => sum + s, 0);
  return Math.round((total / (2 * RATING_CRITERIA_COUNT)) * 1000) / 10;
}
