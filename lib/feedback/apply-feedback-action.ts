import { eq } from "drizzle-orm";
import type { DatabaseOrTransaction } from "@/db/client";
import { feedbackHistory, feedbackItems, fields, units } from "@/db/schema";
import { formatVietnamDateTime } from "@/lib/calendar/format";
import { loadCalendar } from "@/lib/calendar/holiday-store";
import { serverEnv } from "@/lib/config";
import { translatorFor } from "@/lib/i18n/translator";
import { normalizeText } from "@/lib/search/normalize-text";
import { feedbackDueDate } from "./feedback-deadline";
import type { FeedbackFailure } from "./feedback-failure";
import { decideFeedback, type FeedbackOfficerAction } from "./feedback-machine";
import { officerSeesItem, type FeedbackOfficer } from "./feedback-officer";
import type { FeedbackActionInput } from "./feedback-schemas";
import { feedbackState, type FeedbackRow } from "./feedback-state";
import type { FeedbackStatus } from "./feedback-vocabulary";
import { maskPersonalData } from "./mask-personal-data";
import { notifyFeedbackAnswer } from "./notify-feedback-answer";
import { feedbackHistoryNotes } from "./feedback-mail-texts";
import { writeFeedbackTransition } from "./write-feedback-transition";

// Officers work in Vietnamese: the refusals of their steps and the history notes are Vietnamese.
const rules = translatorFor("vi", "feedbackRules");
const m = {
  notFound: rules("notFound"),
  conflict: rules("conflict"),
  outOfScope: rules("outOfScope"),
  unitNotFound: rules("unitNotFound"),
  field: rules("fieldNotFound"),
};

/** Steps the sender sees on the tracking page; the others stay in the back office. */
const PUBLIC_ACTIONS: readonly FeedbackOfficerAction[] = ["answer", "close", "forward", "approve-answer"];
/** Steps only the unit it was forwarded to may take. */
const UNIT_ACTIONS: readonly FeedbackOfficerAction[] = ["return-to-centre", "agency-answer"];

export type ApplyFeedbackActionResult = { ok: true; status: FeedbackStatus } | FeedbackFailure;

/**
 * An officer's step on a feedback item (docs/feedback.md#states): the officer must see the item (the
 * centre sees all, a unit only what was forwarded to it), the state machine must allow the step for
 * their roles, and the change, its history entry and its messages are written in one transaction,
 * conditional on the version read (two officers acting at once: one wins, the other is told).
 */
export async function applyFeedbackAction(
  db: DatabaseOrTransaction,
  officer: FeedbackOfficer,
  feedbackId: string,
  input: FeedbackActionInput,
  now: Date,
  options: { expectedVersion?: number } = {},
): Promise<ApplyFeedbackActionResult> {
  return db.transaction(async (tx) => {
    const [item] = await tx.select().from(feedbackItems).where(eq(feedbackItems.id, feedbackId)).limit(1);
    if (!item || !officerSeesItem(officer, item)) return { ok: false, error: "not-found", message: m.notFound };
    if (options.expectedVersion !== undefined && options.expectedVersion !== item.version)
      return { ok: false, error: "conflict", message: m.conflict };
    if (UNIT_ACTIONS.includes(input.action) && item.assignedUnitId !== officer.unitId)
      return { ok: false, error: "out-of-scope", message: m.outOfScope };

    const decision = decideFeedback(
      feedbackState(item),
      input.action,
      { kind: "officer", roles: officer.roles },
      {
        note: "note" in input ? input.note : undefined,
        answer: "answer" in input ? input.answer : undefined,
        unitId: "unitId" in input ? input.unitId : undefined,
      },
    );
    if (!decision.ok) return { ok: false, error: decision.code, message: decision.message };
    const next = decision.next;

    const change = await changesFor(tx, item, input, now);
    if (!change.ok) return change;
    if (!(await writeFeedbackTransition(tx, item, next.status, { ...change.set, returnedBefore: next.returnedBefore }, now)))
      return { ok: false, error: "conflict", message: m.conflict };

    await tx.insert(feedbackHistory).values({
      feedbackId: item.id,
      at: now,
      actorUserId: officer.id,
      actorKind: "officer",
      actorName: officer.fullName,
      action: input.action,
      fromStatus: item.status,
      toStatus: next.status,
      note: change.note,
      data: change.data,
      visibility: PUBLIC_ACTIONS.includes(input.action) ? "public" : "internal",
      unitId: UNIT_ACTIONS.includes(input.action) ? officer.unitId : null,
    });
    if (input.action === "answer" || input.action === "approve-answer") await notifyFeedbackAnswer(tx, item, input.answer);
    return { ok: true, status: next.status };
  });
}

type Change = { ok: true; set: Partial<FeedbackRow>; note: string; data: Record<string, unknown> } | FeedbackFailure;

async function changesFor(tx: DatabaseOrTransaction, item: FeedbackRow, input: FeedbackActionInput, now: Date): Promise<Change> {
  switch (input.action) {
    case "classify": {
      const checked = await checkReferences(tx, input.fieldId, input.unitId);
      if (checked) return checked;
      return {
        ok: true,
        set: { fieldId: input.fieldId ?? item.fieldId, concernedUnitId: input.unitId ?? item.concernedUnitId },
        note: input.note ?? "",
        data: { fieldId: input.fieldId ?? null, unitId: input.unitId ?? null },
      };
    }
    case "answer":
    case "approve-answer":
      return { ok: true, set: { answerText: input.answer, answeredAt: now }, note: input.answer, data: {} };
    case "close":
    case "return-to-centre":
    case "request-revision":
      return {
        ok: true,
        // Sent back, the item leaves the unit: the centre forwards it anew, with a new deadline.
        set: input.action === "return-to-centre" ? { assignedUnitId: null, dueAt: null } : {},
        note: input.note,
        data: input.action === "return-to-centre" ? { unitId: item.assignedUnitId } : {},
      };
    case "forward": {
      const checked = await checkReferences(tx, input.fieldId, input.unitId);
      if (checked) return checked;
      const [unit] = await tx.select({ name: units.name }).from(units).where(eq(units.id, input.unitId)).limit(1);
      if (!unit) return { ok: false, error: "unit-not-found", message: m.unitNotFound, field: "unitId" };
      const dueAt = feedbackDueDate(now, item.kind, serverEnv().FEEDBACK_DEADLINE_DAYS, await loadCalendar(tx));
      const note = [feedbackHistoryNotes()("history.forward", { unit: unit.name, due: formatVietnamDateTime(dueAt) }), input.note ?? ""]
        .filter(Boolean)
        .join("\n");
      return {
        ok: true,
        set: {
          assignedUnitId: input.unitId,
          forwardedAt: now,
          dueAt,
          fieldId: input.fieldId ?? item.fieldId,
          agencyAnswerText: null,
          agencyAnsweredAt: null,
        },
        note,
        data: { unitId: input.unitId, dueAt: dueAt.toISOString() },
      };
    }
    case "agency-answer":
      return { ok: true, set: { agencyAnswerText: input.answer, agencyAnsweredAt: now }, note: input.answer, data: {} };
    case "publish": {
      // The publisher's reviewed texts go through the mask once more: what was missed is still caught.
      const names = [item.senderName];
      const subject = maskPersonalData(input.subject, names);
      const content = maskPersonalData(input.content, names);
      const answer = maskPersonalData(input.answer, names);
      return {
        ok: true,
        set: {
          publishedSubject: subject,
          publishedContent: content,
          publishedAnswerText: answer,
          publishedAt: now,
          publishedSearchText: normalizeText(`${item.code} ${subject} ${content} ${answer}`),
        },
        note: "",
        data: {},
      };
    }
    case "unpublish":
      return { ok: true, set: { publishedAt: null }, note: input.note ?? "", data: {} };
  }
}

async function checkReferences(tx: DatabaseOrTransaction, fieldId: number | undefined, unitId: number | undefined): Promise<FeedbackFailure | null> {
  if (fieldId) {
    const [field] = await tx.select({ id: fields.id }).from(fields).where(eq(fields.id, fieldId)).limit(1);
    if (!field) return { ok: false, error: "field-not-found", message: m.field, field: "fieldId" };
  }
  if (unitId) {
    const [unit] = await tx.select({ id: units.id }).from(units).where(eq(units.id, unitId)).limit(1);
    if (!unit) return { ok: false, error: "unit-not-found", message: m.unitNotFound, field: "unitId" };
  }
  return null;
}
