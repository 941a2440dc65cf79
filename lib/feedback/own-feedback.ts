import { and, desc, eq } from "drizzle-orm";
import type { DatabaseOrTransaction } from "@/db/client";
import { feedbackItems } from "@/db/schema";
import { citizenFeedbackView, type CitizenFeedbackView } from "./citizen-feedback-view";
import type { FeedbackKind, FeedbackStatus } from "./feedback-vocabulary";

export interface CitizenFeedbackSummary {
  id: string;
  code: string;
  kind: FeedbackKind;
  subject: string;
  status: FeedbackStatus;
  submittedAt: Date;
  answeredAt: Date | null;
}

/** The signed-in sender's items, newest first (at most 200: the account page is not an archive). */
export function listOwnFeedback(db: DatabaseOrTransaction, userId: string): Promise<CitizenFeedbackSummary[]> {
  return db
    .select({
      id: feedbackItems.id,
      code: feedbackItems.code,
      kind: feedbackItems.kind,
      subject: feedbackItems.subject,
      status: feedbackItems.status,
      submittedAt: feedbackItems.submittedAt,
      answeredAt: feedbackItems.answeredAt,
    })
    .from(feedbackItems)
    .where(eq(feedbackItems.userId, userId))
    .orderBy(desc(feedbackItems.submittedAt))
    .limit(200);
}

/** One of the sender's own items, by id or by code; null when it is not theirs. */
export async function getOwnFeedback(db: DatabaseOrTransaction, userId: string, idOrCode: string): Promise<CitizenFeedbackView | null> {
  const byCode = /^PAKN-/i.test(idOrCode);
  if (!byCode && !/^[0-9a-f-]{36}$/i.test(idOrCode)) return null;
  const [item] = await db
    .select()
    .from(feedbackItems)
    .where(and(byCode ? eq(feedbackItems.code, idOrCode.toUpperCase()) : eq(feedbackItems.id, idOrCode), eq(feedbackItems.userId, userId)))
    .limit(1);
  return item ? citizenFeedbackView(db, item) : null;
}
