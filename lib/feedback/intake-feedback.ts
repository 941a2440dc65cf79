import { eq } from "drizzle-orm";
import type { DatabaseOrTransaction } from "@/db/client";
import { fields } from "@/db/schema";
import { translatorFor } from "@/lib/i18n/translator";
import { mayOfficer } from "@/lib/workflow/permissions";
import { FEEDBACK_ROLE_REFUSAL } from "./feedback-machine";
import type { FeedbackFailure } from "./feedback-failure";
import { FEEDBACK_PATHS } from "./feedback-links";
import { feedbackAnsweredMail, feedbackHistoryNotes, feedbackReceivedMail } from "./feedback-mail-texts";
import type { FeedbackOfficer } from "./feedback-officer";
import type { IntakeFeedbackInput } from "./feedback-schemas";
import { FEEDBACK_CHANNEL_LABELS } from "./feedback-vocabulary";
import { CODE_MARK, insertFeedback } from "./insert-feedback";
import { feedbackContentHash, resolveFeedbackReferences } from "./submit-feedback";

/**
 * An operator of the 1022 line records a call, a Zalo message, an email or a letter into the same
 * register (docs/feedback-pages.md#officers). Most information requests are answered on the spot: then the item
 * is recorded closed with the answer, in the same statement.
 */
export async function intakeFeedback(
  db: DatabaseOrTransaction,
  officer: FeedbackOfficer,
  input: IntakeFeedbackInput,
  now: Date,
): Promise<{ ok: true; id: string; code: string } | FeedbackFailure> {
  if (!mayOfficer(officer.roles, "feedback-intake")) return { ok: false, error: "role", message: FEEDBACK_ROLE_REFUSAL };
  const references = await resolveFeedbackReferences(db, input);
  if (!references.ok) return references;
  if (input.fieldId) {
    const [field] = await db.select({ id: fields.id }).from(fields).where(eq(fields.id, input.fieldId)).limit(1);
    if (!field) return { ok: false, error: "field-not-found", message: translatorFor("vi", "feedbackRules")("fieldNotFound"), field: "fieldId" };
  }
  const phone = input.senderPhone ?? "";
  const email = input.senderEmail ?? "";
  const answer = input.answerOnSpot ?? null;
  // An item recorded by an operator is Vietnamese (the caller's language is not asked): its mails are too.
  const h = feedbackHistoryNotes();
  const created = await insertFeedback(db, {
    kind: input.kind,
    channel: input.channel,
    subject: input.subject,
    content: input.content,
    relatedDossierId: references.relatedDossierId,
    concernedUnitId: references.concernedUnitId,
    fieldId: input.fieldId ?? null,
    senderName: input.senderName,
    senderPhone: phone,
    senderEmail: email,
    userId: null,
    consentToPublish: input.consentToPublish,
    status: answer ? "closed" : "new",
    answerText: answer,
    receivedBy: { id: officer.id, name: officer.fullName },
    clientAddress: "",
    contentHash: feedbackContentHash({ senderPhone: phone, subject: input.subject, content: input.content }),
    history: [
      { action: "intake", toStatus: "new", note: h("history.intake", { channel: FEEDBACK_CHANNEL_LABELS[input.channel] }), visibility: "public" },
      ...(answer ? [{ action: "answer-on-spot", toStatus: "closed" as const, note: h("history.answerOnSpot"), visibility: "public" as const }] : []),
    ],
    email: !email
      ? null
      : answer
        ? {
            to: email,
            ...feedbackAnsweredMail("vi", {
              name: input.senderName,
              code: CODE_MARK,
              subject: input.subject,
              answer,
              path: FEEDBACK_PATHS.lookup(CODE_MARK),
            }),
            kind: "feedback-answered",
          }
        : {
            to: email,
            ...feedbackReceivedMail("vi", {
              name: input.senderName,
              code: CODE_MARK,
              kind: input.kind,
              subject: input.subject,
              lookupPath: FEEDBACK_PATHS.lookup(CODE_MARK),
            }),
            kind: "feedback-received",
          },
    notification: null,
    attachmentFileIds: [],
    now,
  });
  return { ok: true, id: created.id, code: created.code };
}
