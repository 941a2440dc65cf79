import { sql } from "drizzle-orm";
import { bigserial, check, index, integer, jsonb, pgTable, smallint, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { units } from "./catalog";
import { users } from "./accounts";
import { dossiers } from "./dossiers";
import type { FeeStatus } from "@/lib/payments/fee-status";

/**
 * Fees asked of a dossier (status 6) and their payment through a gateway. A fee is waiting, then paid
 * (and perhaps refunded later) or cancelled while still waiting; the CHECKs keep each status's facts
 * (time, reason, receipt) present exactly when the status says so.
 */
export const payments = pgTable(
  "payments",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    dossierId: uuid("dossier_id")
      .notNull()
      .references(() => dossiers.id),
    /** Whole đồng. */
    amount: integer("amount").notNull(),
    items: jsonb("items").$type<{ name: string; amount: number }[]>().notNull(),
    status: text("status").$type<FeeStatus>().notNull().default("waiting"),
    provider: text("provider").notNull(),
    transactionRef: text("transaction_ref"),
    receiptNumber: text("receipt_number"),
    requestedBy: uuid("requested_by").references(() => users.id),
    requestedAt: timestamp("requested_at", { withTimezone: true }).notNull().defaultNow(),
    paidAt: timestamp("paid_at", { withTimezone: true }),
    cancelledAt: timestamp("cancelled_at", { withTimezone: true }),
    cancelReason: text("cancel_reason"),
    /** The officer who cancelled, or whose stop/withdrawal cancelled it; null for the system. */
    cancelledBy: uuid("cancelled_by").references(() => users.id),
    refundedAt: timestamp("refunded_at", { withTimezone: true }),
    refundReason: text("refund_reason"),
    /** Whole đồng given back (the whole fee in this version). */
    refundAmount: integer("refund_amount"),
    /** The gateway's refund receipt number. */
    refundReceipt: text("refund_receipt"),
    refundedBy: uuid("refunded_by").references(() => users.id),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("payments_dossier_idx").on(t.dossierId),
    // At most one fee waiting per dossier: a fee is asked only from processing (status 4 → 6), and the
    // database holds the rule too, whatever path writes the row.
    uniqueIndex("payments_one_waiting_per_dossier")
      .on(t.dossierId)
      .where(sql`${t.status} = 'waiting'`),
    uniqueIndex("payments_transaction_key").on(t.provider, t.transactionRef),
    check("payments_status_check", sql`${t.status} in ('waiting', 'paid', 'refunded', 'cancelled')`),
    check("payments_amount_check", sql`${t.amount} > 0`),
    // coalesce: a CHECK that evaluates to null passes, so a missing reason must make it false.
    check("payments_paid_check", sql`(${t.status} in ('paid', 'refunded')) = (${t.paidAt} is not null and ${t.receiptNumber} is not null)`),
    check(
      "payments_cancelled_check",
      sql`(${t.status} = 'cancelled' and ${t.cancelledAt} is not null and length(trim(coalesce(${t.cancelReason}, ''))) > 0)
        or (${t.status} <> 'cancelled' and ${t.cancelledAt} is null and ${t.cancelReason} is null)`,
    ),
    check(
      "payments_refunded_check",
      sql`(${t.status} = 'refunded' and ${t.refundedAt} is not null and length(trim(coalesce(${t.refundReason}, ''))) > 0
          and ${t.refundReceipt} is not null and coalesce(${t.refundAmount}, 0) between 1 and ${t.amount})
        or (${t.status} <> 'refunded' and ${t.refundedAt} is null and ${t.refundReason} is null and ${t.refundReceipt} is null and ${t.refundAmount} is null)`,
    ),
  ],
);

/** One satisfaction rating per dossier, after the result (docs/domain.md#rating). */
export const dossierRatings = pgTable(
  "dossier_ratings",
  {
    dossierId: uuid("dossier_id")
      .primaryKey()
      .references(() => dossiers.id),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id),
    unitId: integer("unit_id")
      .notNull()
      .references(() => units.id),
    /** The nine criteria, each 2, 1 or 0, in the order of lib/ratings. */
    scores: smallint("scores").array().notNull(),
    /** 2 very satisfied, 1 satisfied, 0 dissatisfied */
    easeOfUse: smallint("ease_of_use").notNull(),
    overall: smallint("overall").notNull(),
    comment: text("comment").notNull().default(""),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("dossier_ratings_unit_idx").on(t.unitId, t.createdAt),
    check("dossier_ratings_scores_check", sql`cardinality(${t.scores}) = 9 and 0 <= all(${t.scores}) and 2 >= all(${t.scores})`),
    check("dossier_ratings_levels_check", sql`${t.easeOfUse} between 0 and 2 and ${t.overall} between 0 and 2`),
  ],
);

/** Every officer opening of a dossier; the citizen sees which unit looked at it and when. */
export const dossierAccessLog = pgTable(
  "dossier_access_log",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    dossierId: uuid("dossier_id")
      .notNull()
      .references(() => dossiers.id),
    officerUserId: uuid("officer_user_id")
      .notNull()
      .references(() => users.id),
    unitId: integer("unit_id")
      .notNull()
      .references(() => units.id),
    at: timestamp("at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("dossier_access_log_dossier_idx").on(t.dossierId, t.at)],
);

/** A Postgres-backed job queue (SKIP LOCKED), shared by every app instance. */
export const jobs = pgTable(
  "jobs",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    kind: text("kind").notNull(),
    payload: jsonb("payload").$type<Record<string, unknown>>().notNull().default({}),
    /** Jobs with the same key are not queued twice while one is pending. */
    dedupeKey: text("dedupe_key"),
    runAt: timestamp("run_at", { withTimezone: true }).notNull().defaultNow(),
    attempts: integer("attempts").notNull().default(0),
    maxAttempts: integer("max_attempts").notNull().default(5),
    lockedUntil: timestamp("locked_until", { withTimezone: true }),
    lastError: text("last_error"),
    doneAt: timestamp("done_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("jobs_due_idx")
      .on(t.runAt)
      .where(sql`${t.doneAt} is null`),
    uniqueIndex("jobs_dedupe_key")
      .on(t.dedupeKey)
      .where(sql`${t.doneAt} is null`),
    // Done jobs too: the overdue scan asks whether a late period was ever reminded.
    index("jobs_dedupe_key_all_idx").on(t.dedupeKey),
  ],
);
