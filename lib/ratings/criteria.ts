import { z } from "zod";

/** The nine criteria of a dossier's satisfaction rating (docs/domain.md#rating), each scored 2 / 1 / 0. */
export const RATING_CRITERIA = [
  "Tổng thời gian giải quyết so với thời hạn quy định",
  "Thời gian giải quyết của từng cơ quan, đơn vị",
  "Số lần phải liên hệ để hoàn thiện hồ sơ",
  "Số cơ quan, đơn vị phải liên hệ",
  "Việc tiếp nhận, giải quyết tại Bộ phận Một cửa",
  "Việc công khai thủ tục hành chính",
  "Thái độ của cán bộ, công chức",
  "Việc tiếp nhận, xử lý phản ánh, kiến nghị",
  "Tiến độ, chất lượng cung cấp dịch vụ công trực tuyến",
] as const;

export const SCORE_LABELS = { 2: "Tốt", 1: "Bình thường", 0: "Chưa tốt" } as const;
export const LEVEL_LABELS = { 2: "Rất hài lòng", 1: "Hài lòng", 0: "Không hài lòng" } as const;

// An unanswered question arrives as "" or not at all: never read it as a 0.
const score = z.preprocess(
  (value) => (value === "" || value === null ? undefined : value),
  z.coerce.number({ error: "Vui lòng chọn một mức" }).int().min(0, "Vui lòng chọn một mức").max(2, "Vui lòng chọn một mức"),
);

/** One schema for the rating form in the browser and on the server. */
export const ratingSchema = z.object({
  scores: z.array(score).length(RATING_CRITERIA.length, "Vui lòng chấm đủ 9 tiêu chí"),
  easeOfUse: score,
  overall: score,
  comment: z.string().trim().max(1000, "Góp ý tối đa 1000 ký tự").default(""),
});
export type RatingInput = z.infer<typeof ratingSchema>;

/** Share of the maximum (18 points) a rating reached, 0–100. */
export function ratingPercent(scores: readonly number[]): number {
  const total = scores.reduce((sum, s) => sum + s, 0);
  return Math.round((total / (2 * RATING_CRITERIA.length)) * 1000) / 10;
}
