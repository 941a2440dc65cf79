import { and, asc, eq, inArray } from "drizzle-orm";
import type { DatabaseOrTransaction } from "@/db/client";
import { dossiers, feedbackAttachments, feedbackHistory, files, units } from "@/db/schema";
import { availableFeedbackActions, type FeedbackAction } from "./feedback-machine";
import { feedbackState, type FeedbackRow } from "./feedback-state";
import type { FeedbackChannel, FeedbackKind, FeedbackRating, FeedbackStatus } from "./feedback-vocabulary";

/** What the sender sees of an item: no internal notes, no officer names, no draft answers. */
export interface CitizenFeedbackView {
  id: string;
  code: string;
  kind: FeedbackKind;
  channel: FeedbackChannel;
  subject: string;
  content: string;
  status: FeedbackStatus;
  submittedAt: Date;
  senderName: string;
  relatedDossierCode: string | null;
  concernedUnitName: string | null;
  /** The unit handling it, while forwarded. */
  handlingUnitName: string | null;
  answerText: string | null;
  answeredAt: Date | null;
  rating: FeedbackRating | null;
  reopenedBefore: boolean;
  published: boolean;
  attachments: { id: string; name: string; size: number }[];
  history: { at: Date; action: string; toStatus: string | null; note: string }[];
  /** rate / reopen, from the state machine. */
  availableActions: FeedbackAction[];
}

export async function citizenFeedbackView(db: DatabaseOrTransaction, item: FeedbackRow): Promise<CitizenFeedbackView> {
  const unitIds = [item.concernedUnitId, item.assignedUnitId].filter((id): id is number => id !== null);
  const [unitRows, dossier, history, attachments] = await Promise.all([
    unitIds.length ? db.select({ id: units.id, name: units.name }).from(units).where(inArray(units.id, unitIds)) : Promise.resolve([]),
    item.relatedDossierId
      ? db
          .select({ code: dossiers.code })
          .from(dossiers)
          .where(eq(dossiers.id, item.relatedDossierId))
          .then((r) => r[0] ?? null)
      : Promise.resolve(null),
    db
      .select({ at: feedbackHistory.at, action: feedbackHistory.action, toStatus: feedbackHistory.toStatus, note: feedbackHistory.note })
      .from(feedbackHistory)
      .where(and(eq(feedbackHistory.feedbackId, item.id), eq(feedbackHistory.visibility, "public")))
      .orderBy(asc(feedbackHistory.at), asc(feedbackHistory.id)),
    feedbackAttachmentList(db, item.id),
  ]);
  const unitName = (id: number | null) => unitRows.find((u) => u.id === id)?.name ?? null;
  const answered = item.status === "answered" || item.status === "closed";
  return {
    id: item.id,
    code: item.code,
    kind: item.kind,
    channel: item.channel,
    subject: item.subject,
    content: item.content,
    status: item.status,
    submittedAt: item.submittedAt,
    senderName: item.senderName,
    relatedDossierCode: dossier?.code ?? null,
    concernedUnitName: unitName(item.concernedUnitId),
    handlingUnitName: item.status === "forwarded" || item.status === "agency-answered" ? unitName(item.assignedUnitId) : null,
    answerText: answered ? item.answerText : null,
    answeredAt: answered ? item.answeredAt : null,
    rating: item.rating,
    reopenedBefore: item.reopenedBefore,
    published: item.publishedAt !== null,
    attachments,
    history,
    availableActions: availableFeedbackActions(feedbackState(item), { kind: "citizen" }),
  };
}

export function feedbackAttachmentList(db: DatabaseOrTransaction, feedbackId: string) {
  return db
    .select({ id: files.id, name: files.originalName, size: files.size })
    .from(feedbackAttachments)
    .innerJoin(files, eq(files.id, feedbackAttachments.fileId))
    .where(eq(feedbackAttachments.feedbackId, feedbackId))
    .orderBy(asc(files.createdAt));
}
