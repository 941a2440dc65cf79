import { asc, eq, inArray } from "drizzle-orm";
import type { DatabaseOrTransaction } from "@/db/client";
import { dossiers, feedbackHistory, feedbackItems, fields, units, users } from "@/db/schema";
import { feedbackAttachmentList } from "./citizen-feedback-view";
import { isFeedbackOverdue } from "./feedback-deadline";
import { availableFeedbackActions, primaryFeedbackAction, type FeedbackAction } from "./feedback-machine";
import { officerSeesItem, type FeedbackOfficer } from "./feedback-officer";
import { feedbackState, type FeedbackRow } from "./feedback-state";
import { maskPersonalData } from "./mask-personal-data";

export interface OfficerFeedbackView {
  item: FeedbackRow;
  relatedDossier: { id: string; code: string; serviceName: string; status: number } | null;
  concernedUnitName: string | null;
  assignedUnitName: string | null;
  fieldName: string | null;
  senderAccountEmail: string | null;
  overdue: boolean;
  attachments: { id: string; name: string; size: number }[];
  history: (typeof feedbackHistory.$inferSelect)[];
  /** The buttons this officer sees (state machine × roles × the unit it was forwarded to). */
  availableActions: FeedbackAction[];
  /** The one drawn as the primary button (the state machine's choice among `availableActions`). */
  primaryAction: FeedbackAction | null;
  /** Prefill of the publish form: the texts with personal data masked, for the publisher to review. */
  suggestedPublication: { subject: string; content: string; answer: string };
}

const UNIT_ACTIONS: readonly FeedbackAction[] = ["return-to-centre", "agency-answer"];

/** One item as an officer sees it, or null when it is outside their scope (a unit sees only what was forwarded to it). */
export async function getFeedbackForOfficer(
  db: DatabaseOrTransaction,
  officer: FeedbackOfficer,
  feedbackId: string,
  now: Date,
): Promise<OfficerFeedbackView | null> {
  if (!/^[0-9a-f-]{36}$/i.test(feedbackId)) return null;
  const [item] = await db.select().from(feedbackItems).where(eq(feedbackItems.id, feedbackId)).limit(1);
  if (!item || !officerSeesItem(officer, item)) return null;
  const unitIds = [item.concernedUnitId, item.assignedUnitId].filter((id): id is number => id !== null);
  const [unitRows, dossier, field, account, history, attachments] = await Promise.all([
    unitIds.length ? db.select({ id: units.id, name: units.name }).from(units).where(inArray(units.id, unitIds)) : Promise.resolve([]),
    item.relatedDossierId
      ? db
          .select({ id: dossiers.id, code: dossiers.code, serviceName: dossiers.serviceName, status: dossiers.status })
          .from(dossiers)
          .where(eq(dossiers.id, item.relatedDossierId))
          .then((r) => r[0] ?? null)
      : Promise.resolve(null),
    item.fieldId
      ? db
          .select({ name: fields.name })
          .from(fields)
          .where(eq(fields.id, item.fieldId))
          .then((r) => r[0]?.name ?? null)
      : Promise.resolve(null),
    item.userId
      ? db
          .select({ email: users.email })
          .from(users)
          .where(eq(users.id, item.userId))
          .then((r) => r[0]?.email ?? null)
      : Promise.resolve(null),
    db.select().from(feedbackHistory).where(eq(feedbackHistory.feedbackId, item.id)).orderBy(asc(feedbackHistory.at), asc(feedbackHistory.id)),
    feedbackAttachmentList(db, item.id),
  ]);
  const unitName = (id: number | null) => unitRows.find((u) => u.id === id)?.name ?? null;
  const ownUnit = item.assignedUnitId === officer.unitId;
  const names = [item.senderName];
  const state = feedbackState(item);
  const actor = { kind: "officer", roles: officer.roles } as const;
  const offered = availableFeedbackActions(state, actor).filter((a) => ownUnit || !UNIT_ACTIONS.includes(a));
  return {
    item,
    relatedDossier: dossier,
    concernedUnitName: unitName(item.concernedUnitId),
    assignedUnitName: unitName(item.assignedUnitId),
    fieldName: field,
    senderAccountEmail: account,
    overdue: isFeedbackOverdue(item, now),
    attachments,
    history,
    availableActions: offered,
    primaryAction: primaryFeedbackAction(state, actor, offered),
    suggestedPublication: {
      subject: maskPersonalData(item.publishedSubject ?? item.subject, names),
      content: maskPersonalData(item.publishedContent ?? item.content, names),
      answer: maskPersonalData(item.publishedAnswerText ?? item.answerText ?? "", names),
    },
  };
}
