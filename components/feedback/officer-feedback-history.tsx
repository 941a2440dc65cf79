import { getTranslations } from "next-intl/server";
import { formatVietnamDateTime } from "@/lib/calendar/format";
import type { OfficerFeedbackView } from "@/lib/feedback/officer-feedback-view";

/** Every step of an item, oldest first, for officers: who did it and whether the sender sees it. */
export async function OfficerFeedbackHistory({ history }: { history: OfficerFeedbackView["history"] }) {
  const t = await getTranslations("feedbackOfficer");
  const label = (action: string) => (t.has(`history.${action}` as never) ? t(`history.${action}` as never) : action);
  return (
    <section aria-labelledby="pakn-lich-su">
      <h3 id="pakn-lich-su" className="font-bold">
        {t("detail.history")}
      </h3>
      {history.length === 0 ? (
        <p className="mt-1">{t("detail.noHistory")}</p>
      ) : (
        <ol className="mt-2 grid gap-2 border-l-2 border-slate-300 pl-4">
          {history.map((entry, index) => (
            <li key={index}>
              <p className="text-sm text-slate-700">
                {formatVietnamDateTime(entry.at)}
                {entry.actorName ? ` · ${entry.actorName}` : ""}
                {entry.visibility !== "public" ? ` · ${t("detail.historyInternal")}` : ""}
              </p>
              <p className="font-semibold">{label(entry.action)}</p>
              {entry.note ? <p className="break-words whitespace-pre-wrap">{entry.note}</p> : null}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
