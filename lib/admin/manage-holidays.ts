import { asc, eq, gte, lte, and } from "drizzle-orm";
import { z } from "zod";
import { inputString } from "@/lib/validation/boundary-schemas";
import type { DatabaseOrTransaction } from "@/db/client";
import { holidays } from "@/db/schema";
import { forgetCachedCalendar } from "@/lib/calendar/holiday-store";
import { isValidLocalDate } from "@/lib/calendar/local-time";

export const holidaySchema = z.object({
  day: inputString().refine(isValidLocalDate, "validation.officer.holidayDayInvalid"),
  name: inputString().trim().min(2, "validation.officer.holidayNameRequired").max(200, "validation.officer.holidayNameTooLong"),
});

export async function listHolidays(db: DatabaseOrTransaction, year: number) {
  return db
    .select()
    .from(holidays)
    .where(and(gte(holidays.day, `${year}-01-01`), lte(holidays.day, `${year}-12-31`)))
    .orderBy(asc(holidays.day));
}

/** Adds or renames a day off; the working-hours clock sees it at once. */
export async function saveHoliday(db: DatabaseOrTransaction, input: z.infer<typeof holidaySchema>): Promise<void> {
  await db
    .insert(holidays)
    .values({ day: input.day, name: input.name })
    .onConflictDoUpdate({ target: holidays.day, set: { name: input.name, updatedAt: new Date() } });
  forgetCachedCalendar();
}

export async function deleteHoliday(db: DatabaseOrTransaction, day: string): Promise<boolean> {
  const deleted = await db.delete(holidays).where(eq(holidays.day, day)).returning({ day: holidays.day });
  forgetCachedCalendar();
  return deleted.length > 0;
}
