/**
 * The feedback register's vocabulary (docs/feedback.md): kinds, channels, statuses and ratings, with the
 * Vietnamese names shown to people. Pure: no database.
 */

export const FEEDBACK_KINDS = ["hoi-thong-tin", "phan-anh", "kien-nghi"] as const;
export type FeedbackKind = (typeof FEEDBACK_KINDS)[number];
export const FEEDBACK_KIND_LABELS: Record<FeedbackKind, string> = {
  "hoi-thong-tin": "Hỏi thông tin",
  "phan-anh": "Phản ánh",
  "kien-nghi": "Kiến nghị",
};

export const FEEDBACK_CHANNELS = ["web", "phone", "zalo", "email", "letter"] as const;
export type FeedbackChannel = (typeof FEEDBACK_CHANNELS)[number];
export const FEEDBACK_CHANNEL_LABELS: Record<FeedbackChannel, string> = {
  web: "Cổng dịch vụ công",
  phone: "Điện thoại (1022)",
  zalo: "Zalo",
  email: "Thư điện tử",
  letter: "Thư, văn bản",
};
/** The channels an operator records (a web submission comes from the citizen's own form). */
export const INTAKE_CHANNELS = ["phone", "zalo", "email", "letter"] as const satisfies readonly FeedbackChannel[];

export const FEEDBACK_STATUSES = ["new", "forwarded", "returned", "agency-answered", "answered", "reopened", "closed"] as const;
export type FeedbackStatus = (typeof FEEDBACK_STATUSES)[number];
export const FEEDBACK_STATUS_LABELS: Record<FeedbackStatus, string> = {
  new: "Mới tiếp nhận",
  forwarded: "Đã chuyển cơ quan xử lý",
  returned: "Cơ quan trả lại trung tâm",
  "agency-answered": "Chờ trung tâm duyệt trả lời",
  answered: "Đã trả lời",
  reopened: "Mở lại",
  closed: "Đã đóng",
};

/** Still waiting for an answer to reach the citizen. */
export const OPEN_FEEDBACK_STATUSES: readonly FeedbackStatus[] = ["new", "forwarded", "returned", "agency-answered", "reopened"];
/** Handled (đã xử lý) for the figures: the answer reached the citizen, or the item was closed. */
export const HANDLED_FEEDBACK_STATUSES: readonly FeedbackStatus[] = ["answered", "closed"];
/** Where the information centre decides what to do (classify, answer, close or forward). */
export const TRIAGE_STATUSES: readonly FeedbackStatus[] = ["new", "returned", "reopened"];

export const FEEDBACK_RATINGS = ["satisfied", "not-satisfied"] as const;
export type FeedbackRating = (typeof FEEDBACK_RATINGS)[number];
export const FEEDBACK_RATING_LABELS: Record<FeedbackRating, string> = { satisfied: "Hài lòng", "not-satisfied": "Không hài lòng" };

export function isFeedbackStatus(value: string): value is FeedbackStatus {
  return (FEEDBACK_STATUSES as readonly string[]).includes(value);
}
