import { and, asc, desc, eq, gt, inArray, isNotNull, like, lt, lte, sql, type SQL } from "drizzle-orm";
import type { DatabaseOrTransaction } from "@/db/client";
import { feedbackItems, units } from "@/db/schema";
import { normalizeText, queryTokens } from "@/lib/search/normalize-text";
import { feedbackScope, type FeedbackOfficer } from "./feedback-officer";
import { isFeedbackOverdue } from "./feedback-deadline";
import { normalizePhone, FEEDBACK_CODE_PATTERN, FEEDBACK_QUEUES, type FeedbackQueue, type FeedbackQueueQuery } from "./feedback-schemas";
import type { FeedbackChannel, FeedbackKind, FeedbackStatus } from "./feedback-vocabulary";

export const FEEDBACK_PAGE_SIZE = 20;
/** "Due soon": the deadline falls within this many hours. */
export const DUE_SOON_MS = 72 * 3_600_000;

export interface FeedbackQueueRow {
  id: string;
  code: string;
  kind: FeedbackKind;
  channel: FeedbackChannel;
  subject: string;
  senderName: string;
  status: FeedbackStatus;
  submittedAt: Date;
  dueAt: Date | null;
  assignedUnitName: string | null;
  answeredAt: Date | null;
  publishedAt: Date | null;
  overdue: boolean;
}

function queueCondition(queue: FeedbackQueue, centre: boolean, now: Date): SQL {
  const f = feedbackItems;
  switch (queue) {
    case "new":
      // The centre's to-do: triage and review; a unit's: what was forwarded and not yet answered.
      return centre ? inArray(f.status, ["new", "returned", "reopened", "agency-answered"]) : eq(f.status, "forwarded");
    case "forwarded":
      return inArray(f.status, ["forwarded", "agency-answered"]);
    case "due-soon":
      return and(eq(f.status, "forwarded"), gt(f.dueAt, now), lte(f.dueAt, new Date(now.getTime() + DUE_SOON_MS)))!;
    case "overdue":
      return and(eq(f.status, "forwarded"), lt(f.dueAt, now))!;
    case "answered":
      return inArray(f.status, ["answered", "closed"]);
    case "published":
      return isNotNull(f.publishedAt);
  }
}

const ORDER: Record<FeedbackQueue, SQL[]> = {
  new: [asc(feedbackItems.submittedAt), asc(feedbackItems.id)],
  forwarded: [asc(feedbackItems.dueAt), asc(feedbackItems.id)],
  "due-soon": [asc(feedbackItems.dueAt), asc(feedbackItems.id)],
  overdue: [asc(feedbackItems.dueAt), asc(feedbackItems.id)],
  answered: [desc(feedbackItems.answeredAt), desc(feedbackItems.id)],
  published: [desc(feedbackItems.publishedAt), desc(feedbackItems.id)],
};

/** Search by code (exact), phone (digits) or words of the sender, subject and content (without diacritics). */
export function feedbackSearchCondition(q: string | undefined): SQL | undefined {
  const text = q?.trim();
  if (!text) return undefined;
  if (FEEDBACK_CODE_PATTERN.test(text.toUpperCase())) return eq(feedbackItems.code, text.toUpperCase());
  const phone = normalizePhone(text);
  if (phone) return eq(feedbackItems.senderPhone, phone);
  const tokens = queryTokens(normalizeText(text));
  if (tokens.length === 0) return undefined;
  return and(...tokens.map((t) => like(feedbackItems.searchText, `%${t.replace(/[%_\\]/g, "")}%`)));
}

/**
 * The officer queues at /quan-tri/phan-anh (docs/feedback-pages.md#officers): new, forwarded, due soon, overdue,
 * answered, published, each with its count, searchable. The centre sees the whole register; a unit
 * only what was forwarded to it (an officer without view-feedback sees nothing).
 */
export async function listFeedbackQueue(
  db: DatabaseOrTransaction,
  officer: FeedbackOfficer,
  query: FeedbackQueueQuery,
  now: Date,
): Promise<{ items: FeedbackQueueRow[]; total: number; counts: Record<FeedbackQueue, number> }> {
  const scope = feedbackScope(officer);
  const empty = Object.fromEntries(FEEDBACK_QUEUES.map((q) => [q, 0])) as Record<FeedbackQueue, number>;
  if (!scope) return { items: [], total: 0, counts: empty };
  const centre = "all" in scope;
  const scoped = centre ? undefined : eq(feedbackItems.assignedUnitId, scope.unitId);
  const search = feedbackSearchCondition(query.q);
  const base = and(scoped, search);

  const [countRow] = await db
    .select(
      Object.fromEntries(
        FEEDBACK_QUEUES.map((q) => [q, sql<number>`count(*) filter (where ${queueCondition(q, centre, now)})`.mapWith(Number)]),
      ) as Record<FeedbackQueue, SQL<number>>,
    )
    .from(feedbackItems)
    .where(base);
  const counts = { ...empty, ...(countRow as Record<FeedbackQueue, number> | undefined) };

  const rows = await db
    .select({
      id: feedbackItems.id,
      code: feedbackItems.code,
      kind: feedbackItems.kind,
      channel: feedbackItems.channel,
      subject: feedbackItems.subject,
      senderName: feedbackItems.senderName,
      status: feedbackItems.status,
      submittedAt: feedbackItems.submittedAt,
      dueAt: feedbackItems.dueAt,
      assignedUnitName: units.name,
      answeredAt: feedbackItems.answeredAt,
      publishedAt: feedbackItems.publishedAt,
    })
    .from(feedbackItems)
    .leftJoin(units, eq(units.id, feedbackItems.assignedUnitId))
    .where(and(base, queueCondition(query.queue, centre, now)))
    .orderBy(...ORDER[query.queue])
    .limit(FEEDBACK_PAGE_SIZE)
    .offset((query.page - 1) * FEEDBACK_PAGE_SIZE);
  return {
    items: rows.map((r) => ({ ...r, overdue: isFeedbackOverdue(r, now) })),
    total: counts[query.queue],
    counts,
  };
}
