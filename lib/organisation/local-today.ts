import { workflowNow } from "@/lib/calendar/workflow-now";
import { toLocalDateTime } from "@/lib/calendar/local-time";

/** Today's date in Vietnam (YYYY-MM-DD) on the workflow clock, which the e2e servers can set. */
export function localToday(): string {
  return toLocalDateTime(workflowNow(), "Asia/Ho_Chi_Minh").date;
}
