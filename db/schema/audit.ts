import { sql } from "drizzle-orm";
import { bigserial, check, index, integer, jsonb, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { users } from "./accounts";
import { units } from "./catalog";

/**
 * Who changed which account or which roles, when, from what to what. Append-only: the database refuses
 * UPDATE, DELETE and TRUNCATE (migration audit_log_append_only), like the dossier history. Written in the
 * same transaction as the change it records.
 */
export const auditLog = pgTable(
  "audit_log",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    at: timestamp("at", { withTimezone: true }).notNull().defaultNow(),
    actorUserId: uuid("actor_user_id").references(() => users.id),
    actorName: text("actor_name").notNull().default(""),
    /** officer.create | officer.roles | officer.disable | officer.enable | account.password | account.reset-password | account.contact */
    action: text("action").notNull(),
    targetUserId: uuid("target_user_id").references(() => users.id),
    targetName: text("target_name").notNull().default(""),
    unitId: integer("unit_id").references(() => units.id),
    before: jsonb("before").$type<Record<string, unknown>>(),
    after: jsonb("after").$type<Record<string, unknown>>(),
  },
  (t) => [
    index("audit_log_at_idx").on(t.at),
    index("audit_log_target_idx").on(t.targetUserId, t.at),
    check("audit_log_action_check", sql`length(${t.action}) > 0`),
  ],
);
