import type { Locale } from "@/lib/i18n/locales";
import { sql } from "drizzle-orm";
import type { ApplicantDetails } from "@/lib/dossiers/applicant-details";
import type { ProcessingStage } from "@/lib/workflow/status-machine";
import type { DossierChannel, DossierStatus } from "@/lib/workflow/statuses";
import {
  bigint,
  bigserial,
  check,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  real,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { services, units } from "./catalog";
import { users } from "./accounts";

/** Wizard progress, saved on the server after every step (survives sign-out and a change of device). */
export const dossierDrafts = pgTable(
  "dossier_drafts",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    serviceId: integer("service_id")
      .notNull()
      .references(() => services.id),
    serviceVersion: integer("service_version").notNull(),
    /** The furthest step reached (1 applicant … 4 review). */
    step: smallint("step").notNull().default(1),
    applicant: jsonb("applicant").$type<ApplicantDetails | null>(),
    receivingUnitId: integer("receiving_unit_id").references(() => units.id),
    formData: jsonb("form_data").$type<Record<string, unknown>>().notNull().default({}),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("dossier_drafts_user_idx").on(t.userId, t.updatedAt), index("dossier_drafts_updated_idx").on(t.updatedAt)],
);

/** Running number of dossier codes per agency per receipt day (docs/domain.md#codes), taken with an upsert. */
export const dossierCodeCounters = pgTable(
  "dossier_code_counters",
  {
    agencyCode: text("agency_code").notNull(),
    /** yyMMdd in Asia/Ho_Chi_Minh */
    day: text("day").notNull(),
    lastNumber: integer("last_number").notNull(),
  },
  (t) => [primaryKey({ columns: [t.agencyCode, t.day] })],
);

export const dossiers = pgTable(
  "dossiers",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    code: text("code").notNull(),
    /** The citizen or business account that owns it; null for counter intake without an account. */
    userId: uuid("user_id").references(() => users.id),
    /** The draft it was submitted from: submitting the same draft twice returns the same dossier. */
    sourceDraftId: uuid("source_draft_id"),
    serviceId: integer("service_id")
      .notNull()
      .references(() => services.id),
    serviceVersion: integer("service_version").notNull(),
    serviceCode: text("service_code").notNull(),
    serviceName: text("service_name").notNull(),
    /** The unit that receives and processes it (the agency, or the chosen district/commune). */
    unitId: integer("unit_id")
      .notNull()
      .references(() => units.id),
    status: smallint("status").$type<DossierStatus>().notNull(),
    channel: smallint("channel").$type<DossierChannel>().notNull(),
    /** The language it was filed in: notices, letters and mail to the applicant use it (docs/i18n.md). */
    locale: text("locale").$type<Locale>().notNull().default("vi"),
    applicant: jsonb("applicant").$type<ApplicantDetails>().notNull(),
    /** Copied out of `applicant` for the lookup by code + ID number and officer search. */
    applicantName: text("applicant_name").notNull(),
    applicantIdNumber: text("applicant_id_number").notNull(),
    formData: jsonb("form_data").$type<Record<string, unknown>>().notNull(),
    submittedAt: timestamp("submitted_at", { withTimezone: true }).notNull(),
    receiptDeadline: timestamp("receipt_deadline", { withTimezone: true }).notNull(),
    receivedAt: timestamp("received_at", { withTimezone: true }),
    /** Appointment date for the result (legal time limit counted in working hours). */
    dueAt: timestamp("due_at", { withTimezone: true }).notNull(),
    /** Working-hours clock: when it was paused (supplementation) and the working hours paused so far. */
    clockPausedAt: timestamp("clock_paused_at", { withTimezone: true }),
    pausedWorkingHours: real("paused_working_hours").notNull().default(0),
    /** Inside status 4: none → assigned (specialist) → proposed (draft result) → approved (leader). */
    processingStage: text("processing_stage").$type<ProcessingStage>().notNull().default("none"),
    assignedOfficerId: uuid("assigned_officer_id").references(() => users.id),
    supplementRequestedAt: timestamp("supplement_requested_at", { withTimezone: true }),
    withdrawalRequestedAt: timestamp("withdrawal_requested_at", { withTimezone: true }),
    /** The result document (status 9): number, signer, signing date and file. */
    resultNumber: text("result_number"),
    resultSigner: text("result_signer"),
    resultSignedOn: date("result_signed_on", { mode: "string" }),
    resultFileId: uuid("result_file_id"),
    /** Partial service: when the result was handed over at the counter. */
    handoverRecordedAt: timestamp("handover_recorded_at", { withTimezone: true }),
    completedAt: timestamp("completed_at", { withTimezone: true }),
    /** Optimistic locking: every change increments it and is conditional on the version read. */
    version: integer("version").notNull().default(1),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("dossiers_code_key").on(t.code),
    uniqueIndex("dossiers_source_draft_key").on(t.sourceDraftId),
    index("dossiers_user_idx").on(t.userId, t.submittedAt),
    // The officer queues: a unit's dossiers of a status in due-date order, ties by submission (oldest first).
    index("dossiers_unit_status_due_idx").on(t.unitId, t.status, t.dueAt, t.submittedAt),
    // The specialist's own queue ("cua-toi").
    index("dossiers_assignee_idx").on(t.assignedOfficerId, t.status, t.dueAt, t.submittedAt),
    // The leader's queue ("cho-phe-duyet"): few rows at any time, whatever the unit's size.
    index("dossiers_waiting_leader_idx")
      .on(t.unitId, t.dueAt, t.submittedAt)
      .where(sql`${t.status} = 4 and ${t.processingStage} in ('proposed', 'approved')`),
    index("dossiers_applicant_id_idx").on(t.applicantIdNumber),
    // A service's published record: its dossiers resolved in the last twelve months (lib/statistics/get-service-record.ts).
    index("dossiers_service_completed_idx").on(t.serviceId, t.completedAt),
    // The officer queue's name search scans one unit's names in due-date order (65 → 13 ms on 1M dossiers).
    index("dossiers_unit_name_idx").on(t.unitId, t.applicantName, t.dueAt, t.id),
    check("dossiers_status_check", sql`${t.status} between 1 and 10`),
    check("dossiers_channel_check", sql`${t.channel} in (1, 2, 3)`),
    check("dossiers_locale_check", sql`${t.locale} in ('vi', 'en')`),
    check("dossiers_stage_check", sql`${t.processingStage} in ('none', 'assigned', 'proposed', 'approved')`),
  ],
);

/**
 * Every stored file: documents uploaded to a draft (then attached to the dossier on submission),
 * supplementation files, result documents. The bytes live in the storage module under `storageKey`.
 */
export const files = pgTable(
  "files",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    ownerUserId: uuid("owner_user_id").references(() => users.id),
    draftId: uuid("draft_id").references(() => dossierDrafts.id, { onDelete: "set null" }),
    dossierId: uuid("dossier_id").references(() => dossiers.id),
    /** Index of the service's document this file answers, or null for an extra file. */
    documentIndex: integer("document_index"),
    /** What the file is for: an applicant document, a supplementation file, a result, an attachment. */
    purpose: text("purpose").notNull().default("document"),
    originalName: text("original_name").notNull(),
    fileName: text("file_name").notNull(),
    contentType: text("content_type").notNull(),
    size: bigint("size", { mode: "number" }).notNull(),
    sha256: text("sha256").notNull(),
    storageKey: text("storage_key").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("files_storage_key").on(t.storageKey),
    index("files_draft_idx").on(t.draftId),
    index("files_dossier_idx").on(t.dossierId),
    check("files_content_type_check", sql`${t.contentType} in ('application/pdf', 'image/jpeg', 'image/png')`),
  ],
);

/** Append-only: the database refuses UPDATE and DELETE (trigger in the migration). */
export const dossierHistory = pgTable(
  "dossier_history",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    dossierId: uuid("dossier_id")
      .notNull()
      .references(() => dossiers.id),
    at: timestamp("at", { withTimezone: true }).notNull().defaultNow(),
    actorUserId: uuid("actor_user_id").references(() => users.id),
    /** citizen | officer | system */
    actorKind: text("actor_kind").notNull(),
    actorName: text("actor_name").notNull().default(""),
    action: text("action").notNull(),
    fromStatus: smallint("from_status"),
    toStatus: smallint("to_status"),
    note: text("note").notNull().default(""),
    data: jsonb("data").$type<Record<string, unknown>>().notNull().default({}),
    /**
     * Who may read the entry: "public" (the applicant's timeline, the lookup, emails and notifications) or
     * "internal" (officers only). Set by the workflow from lib/workflow/history-visibility.ts; the default
     * keeps an entry written without thought away from the citizen.
     */
    visibility: text("visibility").notNull().default("internal"),
  },
  (t) => [
    index("dossier_history_dossier_idx").on(t.dossierId, t.at),
    check("dossier_history_visibility_check", sql`${t.visibility} in ('public', 'internal')`),
    // The steps between specialist and leader carry their working notes: never public, whatever path writes them.
    check("dossier_history_internal_steps_check", sql`${t.action} not in ('propose', 'approve', 'send-back') or ${t.visibility} = 'internal'`),
    // A refusal, a stop, a supplementation request, a send-back and a fee's cancel or refund must say why / what.
    check(
      "dossier_history_reason_check",
      sql`${t.action} not in ('refuse', 'stop', 'request-supplement', 'send-back', 'cancel-payment', 'refund-payment') or length(trim(${t.note})) > 0`,
    ),
  ],
);
