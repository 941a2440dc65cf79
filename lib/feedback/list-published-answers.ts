import { and, asc, count, desc, eq, isNotNull, like, or } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { DatabaseOrTransaction } from "@/db/client";
import { feedbackItems, fields, units } from "@/db/schema";
import { normalizeText, queryTokens } from "@/lib/search/normalize-text";
import type { PublishedAnswersQuery } from "./feedback-schemas";
import type { FeedbackKind } from "./feedback-vocabulary";

export const PUBLISHED_PAGE_SIZE = 10;

/** A published answer: only the texts the publisher reviewed (masked), never the sender's details. */
export interface PublishedAnswer {
  code: string;
  kind: FeedbackKind;
  subject: string;
  content: string;
  answer: string;
  unitName: string | null;
  fieldName: string | null;
  submittedAt: Date;
  answeredAt: Date | null;
  publishedAt: Date;
}

/**
 * /phan-anh-kien-nghi/da-tra-loi (docs/feedback.md#publishing): published answers, newest first,
 * searchable without diacritics (lib/search/normalize-text.ts keys), filterable by the unit that
 * answered (or the one concerned) and by field.
 */
export async function listPublishedAnswers(
  db: DatabaseOrTransaction,
  query: PublishedAnswersQuery,
): Promise<{ items: PublishedAnswer[]; total: number }> {
  const handling = alias(units, "handling_unit");
  const concerned = alias(units, "concerned_unit");
  const tokens = query.q ? queryTokens(normalizeText(query.q)) : [];
  const where = and(
    isNotNull(feedbackItems.publishedAt),
    ...tokens.map((t) => like(feedbackItems.publishedSearchText, `%${t}%`)),
    query.unitId ? or(eq(feedbackItems.assignedUnitId, query.unitId), eq(feedbackItems.concernedUnitId, query.unitId)) : undefined,
    query.fieldId ? eq(feedbackItems.fieldId, query.fieldId) : undefined,
  );
  const [totalRow] = await db.select({ n: count() }).from(feedbackItems).where(where);
  const rows = await db
    .select({
      code: feedbackItems.code,
      kind: feedbackItems.kind,
      subject: feedbackItems.publishedSubject,
      content: feedbackItems.publishedContent,
      answer: feedbackItems.publishedAnswerText,
      handlingName: handling.name,
      concernedName: concerned.name,
      fieldName: fields.name,
      submittedAt: feedbackItems.submittedAt,
      answeredAt: feedbackItems.answeredAt,
      publishedAt: feedbackItems.publishedAt,
    })
    .from(feedbackItems)
    .leftJoin(handling, eq(handling.id, feedbackItems.assignedUnitId))
    .leftJoin(concerned, eq(concerned.id, feedbackItems.concernedUnitId))
    .leftJoin(fields, eq(fields.id, feedbackItems.fieldId))
    .where(where)
    .orderBy(desc(feedbackItems.publishedAt), asc(feedbackItems.code))
    .limit(PUBLISHED_PAGE_SIZE)
    .offset((query.page - 1) * PUBLISHED_PAGE_SIZE);
  return {
    total: totalRow?.n ?? 0,
    items: rows.map((r) => ({
      code: r.code,
      kind: r.kind,
      subject: r.subject ?? "",
      content: r.content ?? "",
      answer: r.answer ?? "",
      unitName: r.handlingName ?? r.concernedName,
      fieldName: r.fieldName,
      submittedAt: r.submittedAt,
      answeredAt: r.answeredAt,
      publishedAt: r.publishedAt!,
    })),
  };
}
