import { isWorkingDay, type Calendar } from "@/lib/calendar/calendar";
import { toLocalDateTime } from "@/lib/calendar/local-time";

/**
 * Why an apology's new appointment (Mẫu 04) cannot stand, or null when it can: it must lie ahead of now
 * and fall on a working day of the calendar (no Saturday, Sunday or holiday), the day as read in Vietnam
 * (docs/domain.md#clock), since that is the day the citizen comes for the result. The reason is a catalog
 * key (validation.officer.*): its field shows it in the reader's language (docs/i18n.md).
 */
export function newAppointmentRefusal(newAppointment: Date | undefined, now: Date, calendar: Calendar): string | null {
  if (!newAppointment || newAppointment <= now) return "validation.officer.newAppointmentNotAhead";
  const { date } = toLocalDateTime(newAppointment, calendar.config.timeZone);
  return isWorkingDay(date, calendar) ? null : "validation.officer.newAppointmentNotWorkingDay";
}
