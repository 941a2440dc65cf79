import type { feedbackItems } from "@/db/schema";
import type { FeedbackState } from "./feedback-machine";

export type FeedbackRow = typeof feedbackItems.$inferSelect;

/** What the state machine needs to know of a stored item. */
export function feedbackState(item: FeedbackRow): FeedbackState {
  return {
    status: item.status,
    returnedBefore: item.returnedBefore,
    reopenedBefore: item.reopenedBefore,
    rating: item.rating,
    consentToPublish: item.consentToPublish,
    hasAnswer: item.answerText !== null,
    published: item.publishedAt !== null,
  };
}
