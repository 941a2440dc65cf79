import { date, pgTable, text, timestamp } from "drizzle-orm/pg-core";

/**
 * Days off that are not weekends.
 * Seeded with the statutory holidays 2023–2027; officers maintain it (the government announces Tết and
 * the compensatory days every year).
 */
export const holidays = pgTable("holidays", {
  day: date("day", { mode: "string" }).primaryKey(),
  name: text("name").notNull(),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
});
