import { sql } from "drizzle-orm";
import { bigserial, boolean, check, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import type { FeedbackChannel, FeedbackKind, FeedbackRating, FeedbackStatus } from "@/lib/feedback/feedback-vocabulary";
import type { Locale } from "@/lib/i18n/locales";
import { users } from "./accounts";
import { fields, units } from "./catalog";
import { dossiers, files } from "./dossiers";

/** Running number of feedback codes per day (docs/feedback.md#codes), taken with one upsert. */
export const feedbackCodeCounters = pgTable("feedback_code_counters", {
  /** yyMMdd in Asia/Ho_Chi_Minh */
  day: text("day").primaryKey(),
  lastNumber: integer("last_number").notNull(),
});

/**
 * The feedback register (phản ánh, kiến nghị; the 1022 line): every report, petition and information
 * request, from the web form or taken by an operator, with its triage, forwarding, answers and rating.
 */
export const feedbackItems = pgTable(
  "feedback_items",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    /** PAKN-yyMMdd-NNNN */
    code: text("code").notNull(),
    kind: text("kind").$type<FeedbackKind>().notNull(),
    channel: text("channel").$type<FeedbackChannel>().notNull(),
    subject: text("subject").notNull(),
    content: text("content").notNull(),
    relatedDossierId: uuid("related_dossier_id").references(() => dossiers.id),
    concernedUnitId: integer("concerned_unit_id").references(() => units.id),
    senderName: text("sender_name").notNull(),
    /** Digits only; '' when the sender gave none (a letter). */
    senderPhone: text("sender_phone").notNull().default(""),
    /** Lower-cased; '' when none. */
    senderEmail: text("sender_email").notNull().default(""),
    /** The sender's account when signed in. */
    userId: uuid("user_id").references(() => users.id),
    consentToPublish: boolean("consent_to_publish").notNull().default(false),
    /** The sender's language (the page they sent from, or the API's `locale`): their mails are in it (docs/i18n.md). */
    locale: text("locale").$type<Locale>().notNull().default("vi"),
    status: text("status").$type<FeedbackStatus>().notNull(),
    fieldId: integer("field_id").references(() => fields.id),
    /** The agency or district it is forwarded to (the only unit that sees it besides the centre). */
    assignedUnitId: integer("assigned_unit_id").references(() => units.id),
    forwardedAt: timestamp("forwarded_at", { withTimezone: true }),
    dueAt: timestamp("due_at", { withTimezone: true }),
    returnedBefore: boolean("returned_before").notNull().default(false),
    reopenedBefore: boolean("reopened_before").notNull().default(false),
    /** The agency's draft answer (status agency-answered), then the answer sent to the citizen. */
    agencyAnswerText: text("agency_answer_text"),
    agencyAnsweredAt: timestamp("agency_answered_at", { withTimezone: true }),
    answerText: text("answer_text"),
    answeredAt: timestamp("answered_at", { withTimezone: true }),
    /** The text the publisher reviewed for personal data; shown publicly while published_at is set. */
    publishedAnswerText: text("published_answer_text"),
    publishedSubject: text("published_subject"),
    publishedContent: text("published_content"),
    publishedAt: timestamp("published_at", { withTimezone: true }),
    /** lib/search/normalize-text.ts keys: the officer search (code, sender, subject, content) and the public one. */
    searchText: text("search_text").notNull().default(""),
    publishedSearchText: text("published_search_text").notNull().default(""),
    rating: text("rating").$type<FeedbackRating>(),
    ratedAt: timestamp("rated_at", { withTimezone: true }),
    receivedByUserId: uuid("received_by_user_id").references(() => users.id),
    /** Web submissions: the client address (rate limit) and a hash of the content (duplicates). */
    clientAddress: text("client_address").notNull().default(""),
    contentHash: text("content_hash").notNull().default(""),
    submittedAt: timestamp("submitted_at", { withTimezone: true }).notNull(),
    closedAt: timestamp("closed_at", { withTimezone: true }),
    /** Optimistic locking: every change increments it and is conditional on the version read. */
    version: integer("version").notNull().default(1),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("feedback_items_code_key").on(t.code),
    index("feedback_items_status_idx").on(t.status, t.submittedAt),
    index("feedback_items_assigned_idx").on(t.assignedUnitId, t.status, t.dueAt),
    index("feedback_items_user_idx").on(t.userId, t.submittedAt),
    index("feedback_items_phone_idx").on(t.senderPhone),
    index("feedback_items_duplicate_idx").on(t.contentHash, t.submittedAt),
    index("feedback_items_submitted_idx").on(t.submittedAt),
    index("feedback_items_published_idx")
      .on(t.publishedAt)
      .where(sql`${t.publishedAt} is not null`),
    check("feedback_items_locale_check", sql`${t.locale} in ('vi', 'en')`),
    check("feedback_items_code_format", sql`${t.code} ~ '^PAKN-[0-9]{6}-[0-9]{4}$'`),
    check("feedback_items_kind_check", sql`${t.kind} in ('hoi-thong-tin', 'phan-anh', 'kien-nghi')`),
    check("feedback_items_channel_check", sql`${t.channel} in ('web', 'phone', 'zalo', 'email', 'letter')`),
    check("feedback_items_status_check", sql`${t.status} in ('new', 'forwarded', 'returned', 'agency-answered', 'answered', 'reopened', 'closed')`),
    check("feedback_items_rating_check", sql`${t.rating} is null or ${t.rating} in ('satisfied', 'not-satisfied')`),
    check("feedback_items_email_lower", sql`${t.senderEmail} = lower(${t.senderEmail})`),
    check("feedback_items_phone_digits", sql`${t.senderPhone} ~ '^[0-9]*$'`),
    // Forwarded items name their unit and deadline; answered ones carry the answer; published ones consent.
    check(
      "feedback_items_forwarded_check",
      sql`${t.status} not in ('forwarded', 'agency-answered') or (${t.assignedUnitId} is not null and ${t.dueAt} is not null)`,
    ),
    check("feedback_items_answered_check", sql`${t.status} <> 'answered' or ${t.answerText} is not null`),
    check("feedback_items_published_check", sql`${t.publishedAt} is null or (${t.consentToPublish} and ${t.publishedAnswerText} is not null)`),
    check("feedback_items_sizes_check", sql`length(${t.subject}) <= 200 and length(${t.content}) <= 5000`),
  ],
);

/** Append-only: the database refuses UPDATE, DELETE and TRUNCATE (trigger in the migration). */
export const feedbackHistory = pgTable(
  "feedback_history",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    feedbackId: uuid("feedback_id")
      .notNull()
      .references(() => feedbackItems.id),
    at: timestamp("at", { withTimezone: true }).notNull().defaultNow(),
    actorUserId: uuid("actor_user_id").references(() => users.id),
    actorKind: text("actor_kind").notNull(),
    actorName: text("actor_name").notNull().default(""),
    action: text("action").notNull(),
    fromStatus: text("from_status"),
    toStatus: text("to_status"),
    note: text("note").notNull().default(""),
    data: jsonb("data").$type<Record<string, unknown>>().notNull().default({}),
    /** "public" (the sender's tracking page) or "internal" (officers only). */
    visibility: text("visibility").notNull().default("internal"),
    /** The unit that took the step (an agency's answer or send-back), for the agency's own view. */
    unitId: integer("unit_id").references(() => units.id),
  },
  (t) => [
    index("feedback_history_item_idx").on(t.feedbackId, t.at),
    check("feedback_history_actor_check", sql`${t.actorKind} in ('citizen', 'officer', 'system')`),
    check("feedback_history_visibility_check", sql`${t.visibility} in ('public', 'internal')`),
    check(
      "feedback_history_reason_check",
      sql`${t.action} not in ('close', 'return-to-centre', 'request-revision', 'reopen') or length(trim(${t.note})) > 0`,
    ),
  ],
);

/** Files sent with a feedback item: rows of `files` (same storage, same sweep), purpose 'feedback-attachment'. */
export const feedbackAttachments = pgTable(
  "feedback_attachments",
  {
    feedbackId: uuid("feedback_id")
      .notNull()
      .references(() => feedbackItems.id),
    fileId: uuid("file_id")
      .notNull()
      .references(() => files.id),
  },
  (t) => [uniqueIndex("feedback_attachments_file_key").on(t.fileId), index("feedback_attachments_item_idx").on(t.feedbackId)],
);

/**
 * A checked send form kept for one retry after one of its files was refused (docs/feedback-pages.md): the
 * form's text travels in a multipart post, so the handler keeps it here and the page shows it again with
 * the message beside the file field. Read through an HttpOnly cookie holding the id; deleted after an hour.
 */
export const feedbackPendingSends = pgTable(
  "feedback_pending_sends",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    values: jsonb("values").$type<Record<string, string>>().notNull(),
    /** Why the files were refused: an upload error code or 'too-many'. */
    refusal: text("refusal").notNull(),
    /** The refused file's name as sent (shown back to the sender). */
    fileName: text("file_name").notNull().default(""),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("feedback_pending_sends_created_idx").on(t.createdAt)],
);
