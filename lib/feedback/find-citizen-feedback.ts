import { and, eq } from "drizzle-orm";
import type { DatabaseOrTransaction } from "@/db/client";
import { feedbackItems } from "@/db/schema";
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/locales";
import { translatorFor } from "@/lib/i18n/translator";
import { consumeLookupAllowance } from "@/lib/tracking/lookup-rate-limit";
import type { FeedbackFailure } from "./feedback-failure";
import type { FeedbackRow } from "./feedback-state";

/** The sender, identified by their account or, without one, by code + phone (counted like the dossier lookup). */
export type FeedbackSender = { userId: string; feedbackId: string } | { code: string; phone: string; clientAddress: string };

/**
 * The item of this sender, or why not (rate-limited, not found: never "wrong phone" apart from "no such
 * code"), the message in the reader's language.
 */
export async function findCitizenFeedback(
  db: DatabaseOrTransaction,
  who: FeedbackSender,
  now: Date,
  locale: Locale = DEFAULT_LOCALE,
): Promise<{ ok: true; item: FeedbackRow } | FeedbackFailure> {
  const m = translatorFor(locale, "feedbackRules");
  if ("userId" in who) {
    const [item] = await db
      .select()
      .from(feedbackItems)
      .where(and(eq(feedbackItems.id, who.feedbackId), eq(feedbackItems.userId, who.userId)))
      .limit(1);
    return item ? { ok: true, item } : { ok: false, error: "not-found", message: m("notFound") };
  }
  const allowance = await consumeLookupAllowance(db, who.clientAddress, now);
  if (!allowance.allowed) return { ok: false, error: "rate-limited", message: m("lookupRateLimited"), retryAfterMs: allowance.retryAfterMs };
  const [item] = await db
    .select()
    .from(feedbackItems)
    .where(and(eq(feedbackItems.code, who.code), eq(feedbackItems.senderPhone, who.phone)))
    .limit(1);
  return item ? { ok: true, item } : { ok: false, error: "not-found", message: m("notFound") };
}
