import type { DatabaseOrTransaction } from "@/db/client";
import { feedbackHistory } from "@/db/schema";
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/locales";
import { translatorFor } from "@/lib/i18n/translator";
import type { FeedbackFailure } from "./feedback-failure";
import { decideFeedback } from "./feedback-machine";
import type { CitizenFeedbackActionInput } from "./feedback-schemas";
import { feedbackState } from "./feedback-state";
import { FEEDBACK_RATING_LABELS, type FeedbackStatus } from "./feedback-vocabulary";
import { findCitizenFeedback, type FeedbackSender } from "./find-citizen-feedback";
import { writeFeedbackTransition } from "./write-feedback-transition";

/**
 * The sender rates the answer (satisfied closes the item) or, not satisfied, reopens it once with a
 * reason (docs/feedback.md#states). Conditional on the version read, with its history entry. Refusals are
 * in the reader's language (`locale`); the history note stays Vietnamese (the officers' record).
 */
export async function applyCitizenFeedbackAction(
  db: DatabaseOrTransaction,
  who: FeedbackSender,
  input: CitizenFeedbackActionInput,
  now: Date,
  locale: Locale = DEFAULT_LOCALE,
): Promise<{ ok: true; status: FeedbackStatus } | FeedbackFailure> {
  const m = translatorFor(locale, "feedbackRules");
  const found = await findCitizenFeedback(db, who, now, locale);
  if (!found.ok) return found;
  const item = found.item;
  const decision = decideFeedback(
    feedbackState(item),
    input.action,
    { kind: "citizen" },
    input.action === "rate" ? { rating: input.rating } : { note: input.note },
  );
  // The machine's refusals are Vietnamese sentences; another language gets its refusal by kind.
  if (!decision.ok) return { ok: false, error: decision.code, message: locale === "vi" ? decision.message : m(`refused.${decision.code}`) };
  const next = decision.next;
  return db.transaction(async (tx) => {
    const written = await writeFeedbackTransition(
      tx,
      item,
      next.status,
      { rating: next.rating, ratedAt: input.action === "rate" ? now : item.ratedAt, reopenedBefore: next.reopenedBefore },
      now,
    );
    if (!written) return { ok: false, error: "conflict", message: m("conflict") } satisfies FeedbackFailure;
    await tx.insert(feedbackHistory).values({
      feedbackId: item.id,
      at: now,
      actorUserId: item.userId,
      actorKind: "citizen",
      actorName: item.senderName,
      action: input.action,
      fromStatus: item.status,
      toStatus: next.status,
      note: input.action === "rate" ? FEEDBACK_RATING_LABELS[input.rating] : input.note,
      data: input.action === "rate" ? { rating: input.rating } : {},
      visibility: "public",
    });
    return { ok: true, status: next.status } as const;
  });
}
