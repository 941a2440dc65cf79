import type { Locale } from "@/lib/i18n/locales";
import { sql } from "drizzle-orm";
import { bigint, check, date, foreignKey, index, integer, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { units } from "./catalog";
import { divisions } from "./organisation";

export type UserKind = "citizen" | "business" | "officer";

/**
 * Every person or organisation that signs in: citizens, businesses and (officer issue) officers.
 * `idNumber` is the CCCD of a citizen or the tax code of a business; `email` is stored lower-cased.
 */
export const users = pgTable(
  "users",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    kind: text("kind").$type<UserKind>().notNull(),
    email: text("email").notNull(),
    emailVerifiedAt: timestamp("email_verified_at", { withTimezone: true }),
    /** argon2id; null for accounts that only sign in through the national identity provider. */
    passwordHash: text("password_hash"),
    /** Citizen's full name or the business's registered name. */
    fullName: text("full_name").notNull(),
    idNumber: text("id_number"),
    dateOfBirth: date("date_of_birth", { mode: "string" }),
    phone: text("phone").notNull().default(""),
    address: text("address").notNull().default(""),
    /** The language of the pages they last registered or changed settings on: mail and notifications use it. */
    locale: text("locale").$type<Locale>().notNull().default("vi"),
    /** Business only. */
    legalRepresentative: text("legal_representative"),
    /** OpenID Connect sign-in: issuer + subject of the national identity provider. */
    oidcIssuer: text("oidc_issuer"),
    oidcSubject: text("oidc_subject"),
    /** Officer only (officer issue): the unit, roles and TOTP second factor. */
    unitId: integer("unit_id").references(() => units.id),
    /**
     * Officer only: the division (phòng, chi cục) they work in, or null (a commune has none). The
     * composite foreign key (division_id, unit_id) makes the database refuse a division of another unit.
     */
    divisionId: integer("division_id"),
    roles: text("roles")
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    totpSecret: text("totp_secret"),
    totpConfirmedAt: timestamp("totp_confirmed_at", { withTimezone: true }),
    /** The last accepted TOTP time step: a code is accepted once (no replay). */
    totpLastStep: bigint("totp_last_step", { mode: "number" }),
    /** Seeded demo account (never created in production unless the seed is asked for them). */
    demo: text("demo"),
    disabledAt: timestamp("disabled_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("users_email_key").on(t.email),
    uniqueIndex("users_id_number_key").on(t.idNumber),
    uniqueIndex("users_oidc_key").on(t.oidcIssuer, t.oidcSubject),
    index("users_unit_idx").on(t.unitId),
    index("users_division_idx").on(t.divisionId),
    foreignKey({ name: "users_division_unit_fk", columns: [t.divisionId, t.unitId], foreignColumns: [divisions.id, divisions.unitId] }),
    // A composite key with a null unit_id is not checked (MATCH SIMPLE): a division needs a unit.
    check("users_division_needs_officer_unit", sql`${t.divisionId} is null or (${t.kind} = 'officer' and ${t.unitId} is not null)`),
    check("users_kind_check", sql`${t.kind} in ('citizen', 'business', 'officer')`),
    check("users_email_lower", sql`${t.email} = lower(${t.email})`),
    check("users_locale_check", sql`${t.locale} in ('vi', 'en')`),
  ],
);

/**
 * Server-side sessions: the signed cookie carries only the session id, and every request checks the
 * row, so signing out, a password change or an administrator can revoke a session at once.
 */
export const sessions = pgTable(
  "sessions",
  {
    id: text("id").primaryKey(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    revokedAt: timestamp("revoked_at", { withTimezone: true }),
    /** Officer sessions become complete after the TOTP step (officer issue). */
    secondFactorAt: timestamp("second_factor_at", { withTimezone: true }),
    userAgent: text("user_agent").notNull().default(""),
    ipAddress: text("ip_address").notNull().default(""),
  },
  (t) => [index("sessions_user_idx").on(t.userId)],
);

/** Single-use emailed links (email verification, password reset). Only the token's hash is stored. */
export const authTokens = pgTable(
  "auth_tokens",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    purpose: text("purpose").notNull(),
    tokenHash: text("token_hash").notNull(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    usedAt: timestamp("used_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("auth_tokens_hash_key").on(t.tokenHash),
    index("auth_tokens_user_idx").on(t.userId),
    check("auth_tokens_purpose_check", sql`${t.purpose} in ('verify-email', 'reset-password')`),
  ],
);

/**
 * Counters for throttling and rate limits, shared by every app instance: failed sign-ins per account
 * and per address, lookups per address. `key` names the subject, e.g. "signin:account:<id>".
 */
export const rateLimits = pgTable(
  "rate_limits",
  {
    key: text("key").notNull(),
    windowStart: timestamp("window_start", { withTimezone: true }).notNull(),
    count: integer("count").notNull().default(0),
    lockedUntil: timestamp("locked_until", { withTimezone: true }),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.key, t.windowStart] }), index("rate_limits_updated_idx").on(t.updatedAt)],
);
