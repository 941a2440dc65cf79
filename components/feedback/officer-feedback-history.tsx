import { getTranslations } from "next-intl/server";
import { FeedbackHistory } from "./feedback-history";
import type { OfficerFeedbackView } from "@/lib/feedback/officer-feedback-view";

/** Every step of an item, oldest first, for officers: who did it and whether the sender sees it. */
export async function OfficerFeedbackHistory({ history }: { history: OfficerFeedbackView["history"] }) {
  const t = await getTranslations("feedbackOfficer");
  const label = (action: string) => (t.has(`history.${action}` as never) ? t(`history.${action}` as never) : action);
  return (
    <FeedbackHistory
      heading={t("detail.history")}
      entries={history.map((entry) => ({
        at: entry.at,
        label: label(entry.action),
        note: entry.note,
        actorName: entry.actorName,
        internal: entry.visibility !== "public",
      }))}
    />
  );
}
