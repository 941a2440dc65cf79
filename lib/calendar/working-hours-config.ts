import { DEFAULT_WORKING_HOURS, createCalendar, type WorkingHoursConfig } from "./calendar";

const PERIOD = /^([01]\d|2[0-3]):[0-5]\d-([01]\d|2[0-3]):[0-5]\d$/;

/**
 * Working hours from the environment: WORKING_HOURS="07:00-11:30,13:30-17:00" and SAME_DAY_CUTOFF="15:00"
 * (the defaults). lib/config.ts runs this at start, so a bad value stops it instead of silently miscounting
 * deadlines.
 */
export function workingHoursFromEnv(env: { WORKING_HOURS?: string; SAME_DAY_CUTOFF?: string }): WorkingHoursConfig {
  const periodsText = env.WORKING_HOURS?.trim();
  const cutoff = env.SAME_DAY_CUTOFF?.trim();
  if (!periodsText && !cutoff) return DEFAULT_WORKING_HOURS;
  const periods = periodsText
    ? periodsText.split(",").map((part) => {
        const text = part.trim();
        if (!PERIOD.test(text)) throw new Error(`WORKING_HOURS không hợp lệ: "${text}" (dạng 07:00-11:30,13:30-17:00)`);
        const [start, end] = text.split("-") as [string, string];
        return { start, end };
      })
    : DEFAULT_WORKING_HOURS.periods;
  if (cutoff && !/^([01]\d|2[0-3]):[0-5]\d$/.test(cutoff)) throw new Error(`SAME_DAY_CUTOFF không hợp lệ: "${cutoff}" (dạng 15:00)`);
  const config: WorkingHoursConfig = { ...DEFAULT_WORKING_HOURS, periods, sameDayCutoff: cutoff || DEFAULT_WORKING_HOURS.sameDayCutoff };
  createCalendar([], config); // validates order and overlap
  return config;
}
