import type { DatabaseOrTransaction } from "@/db/client";
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/locales";
import { citizenFeedbackView, type CitizenFeedbackView } from "./citizen-feedback-view";
import type { FeedbackFailure } from "./feedback-failure";
import { findCitizenFeedback } from "./find-citizen-feedback";

/**
 * Tracking without an account (docs/feedback-pages.md#following-it): code + the phone given when sending, limited
 * per client address like the dossier lookup (LOOKUP_RATE_LIMIT per 5 minutes, shared with it).
 */
export async function lookupFeedback(
  db: DatabaseOrTransaction,
  input: { code: string; phone: string; clientAddress: string },
  now: Date,
  locale: Locale = DEFAULT_LOCALE,
): Promise<{ ok: true; item: CitizenFeedbackView } | FeedbackFailure> {
  const found = await findCitizenFeedback(db, input, now, locale);
  if (!found.ok) return found;
  return { ok: true, item: await citizenFeedbackView(db, found.item) };
}
