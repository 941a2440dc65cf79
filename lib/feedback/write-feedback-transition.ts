import { and, eq } from "drizzle-orm";
import type { DatabaseOrTransaction } from "@/db/client";
import { feedbackItems } from "@/db/schema";
import type { FeedbackRow } from "./feedback-state";
import type { FeedbackStatus } from "./feedback-vocabulary";

/**
 * Moves the item to the machine's next status with the step's own columns, conditional on the version
 * read: false, and nothing written, when someone else changed the item first. A move to "closed" stamps
 * the closing time; every write takes the next version.
 */
export async function writeFeedbackTransition(
  tx: DatabaseOrTransaction,
  item: FeedbackRow,
  status: FeedbackStatus,
  set: Partial<FeedbackRow>,
  now: Date,
): Promise<boolean> {
  const updated = await tx
    .update(feedbackItems)
    .set({ ...set, status, closedAt: status === "closed" ? now : item.closedAt, version: item.version + 1, updatedAt: now })
    .where(and(eq(feedbackItems.id, item.id), eq(feedbackItems.version, item.version)))
    .returning({ id: feedbackItems.id });
  return updated.length > 0;
}
