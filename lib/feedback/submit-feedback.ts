import { createHash } from "node:crypto";
import { eq } from "drizzle-orm";
import type { DatabaseOrTransaction } from "@/db/client";
import { dossiers, units } from "@/db/schema";
import { serverEnv } from "@/lib/config";
import { DEFAULT_LOCALE, localizeHref, type Locale } from "@/lib/i18n/locales";
import { translatorFor } from "@/lib/i18n/translator";
import { normalizeText } from "@/lib/search/normalize-text";
import { consumeRateLimit } from "@/lib/security/rate-limit";
import { claimDuplicateWindow } from "./claim-duplicate-window";
import type { FeedbackFailure } from "./feedback-failure";
import { FEEDBACK_PATHS } from "./feedback-links";
import { feedbackHistoryNotes, feedbackNotification, feedbackReceivedMail } from "./feedback-mail-texts";
import type { SubmitFeedbackInput } from "./feedback-schemas";
import { CODE_MARK, insertFeedback } from "./insert-feedback";

export interface SubmitFeedbackRequest extends SubmitFeedbackInput {
  /** The signed-in sender's account, or null (sent without an account: rate-limited per address). */
  userId: string | null;
  clientAddress: string;
  /** Files stored before by storeFeedbackAttachment. */
  attachmentIds?: string[];
  /** The sender's language (the page or the API's `locale`): the item's, and so their mails' (docs/i18n.md). */
  locale?: Locale;
}

export type SubmitFeedbackResult = { ok: true; id: string; code: string } | FeedbackFailure;

/** Same sender (phone) and same words: a second press of the button, or a copy sent again. */
export function feedbackContentHash(input: { senderPhone: string; subject: string; content: string }): string {
  return createHash("sha256")
    .update(`${input.senderPhone}\n${normalizeText(input.subject)}\n${normalizeText(input.content)}`)
    .digest("hex");
}

/** Looks up the related dossier and the concerned unit; a failure names the field. */
export async function resolveFeedbackReferences(
  db: DatabaseOrTransaction,
  input: { dossierCode?: string; concernedUnitId?: number },
  locale: Locale = DEFAULT_LOCALE,
): Promise<{ ok: true; relatedDossierId: string | null; concernedUnitId: number | null } | FeedbackFailure> {
  const m = translatorFor(locale, "feedbackRules");
  let relatedDossierId: string | null = null;
  if (input.dossierCode) {
    const [dossier] = await db.select({ id: dossiers.id }).from(dossiers).where(eq(dossiers.code, input.dossierCode)).limit(1);
    if (!dossier) return { ok: false, error: "dossier-not-found", message: m("dossierNotFound"), field: "dossierCode" };
    relatedDossierId = dossier.id;
  }
  if (input.concernedUnitId) {
    const [unit] = await db.select({ id: units.id }).from(units).where(eq(units.id, input.concernedUnitId)).limit(1);
    if (!unit) return { ok: false, error: "unit-not-found", message: m("unitNotFound"), field: "concernedUnitId" };
  }
  return { ok: true, relatedDossierId, concernedUnitId: input.concernedUnitId ?? null };
}

/**
 * A citizen sends a report, petition or question from the web (docs/feedback.md#submitting): anonymous
 * senders are limited per address (FEEDBACK_RATE_LIMIT an hour, counted in the database so every
 * instance shares it); the same content from the same phone within FEEDBACK_DUPLICATE_MINUTES is refused;
 * the related dossier must exist. The item gets its code, a history entry, an acknowledgement email
 * when an email is given and an in-app notification when signed in.
 */
export async function submitFeedback(db: DatabaseOrTransaction, input: SubmitFeedbackRequest, now: Date): Promise<SubmitFeedbackResult> {
  const env = serverEnv();
  const locale = input.locale ?? DEFAULT_LOCALE;
  const m = translatorFor(locale, "feedbackRules");
  if (!input.userId) {
    const allowance = await consumeRateLimit(db, `feedback:ip:${input.clientAddress}`, { windowMs: 3_600_000, limit: env.FEEDBACK_RATE_LIMIT }, now);
    if (!allowance.allowed) return { ok: false, error: "rate-limited", message: m("rateLimited"), retryAfterMs: allowance.retryAfterMs };
  }
  const references = await resolveFeedbackReferences(db, input, locale);
  if (!references.ok) return references;
  const contentHash = feedbackContentHash(input);
  const email = input.senderEmail ?? "";
  const mail = feedbackReceivedMail(locale, {
    name: input.senderName,
    code: CODE_MARK,
    kind: input.kind,
    subject: input.subject,
    lookupPath: FEEDBACK_PATHS.lookup(CODE_MARK),
  });
  const notice = feedbackNotification(locale, "received", CODE_MARK);
  return db
    .transaction(async (tx) => {
      if (!(await claimDuplicateWindow(tx, `feedback:dup:${contentHash}`, env.FEEDBACK_DUPLICATE_MINUTES * 60_000, now))) {
        return { ok: false, error: "duplicate", message: m("duplicate") } satisfies FeedbackFailure;
      }
      const attachmentIds = input.attachmentIds ?? [];
      const created = await insertFeedback(tx, {
        kind: input.kind,
        channel: "web",
        subject: input.subject,
        content: input.content,
        relatedDossierId: references.relatedDossierId,
        concernedUnitId: references.concernedUnitId,
        fieldId: null,
        senderName: input.senderName,
        senderPhone: input.senderPhone,
        senderEmail: email,
        userId: input.userId,
        consentToPublish: input.consentToPublish,
        status: "new",
        answerText: null,
        receivedBy: null,
        clientAddress: input.clientAddress,
        contentHash,
        locale,
        history: [{ action: "submit", toStatus: "new", note: feedbackHistoryNotes()("history.submit"), visibility: "public" }],
        email: email ? { to: email, subject: mail.subject, body: mail.body, kind: "feedback-received" } : null,
        notification: input.userId
          ? { userId: input.userId, title: notice.title, body: notice.body, link: localizeHref(FEEDBACK_PATHS.own(CODE_MARK), locale) }
          : null,
        attachmentFileIds: attachmentIds,
        now,
      });
      if (created.attached !== attachmentIds.length) throw new AttachmentMismatchError();
      return { ok: true, id: created.id, code: created.code } as const;
    })
    .catch((error: unknown) => {
      if (error instanceof AttachmentMismatchError)
        return { ok: false, error: "attachment", message: m("attachmentMissing"), field: "attachments" } as const;
      throw error;
    });
}

class AttachmentMismatchError extends Error {}
