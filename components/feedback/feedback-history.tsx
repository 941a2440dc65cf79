import { formatVietnamDateTime } from "@/lib/calendar/format";
import { useTranslations } from "next-intl";

export interface FeedbackHistoryEntry {
  at: Date;
  label: string;
  note?: string | null;
  /** Officers only: who, and whether the sender sees the step. */
  actorName?: string | null;
  internal?: boolean;
}

/** The steps of an item, oldest first: the sender sees the public ones, officers every one. */
export function FeedbackHistory({ entries, heading }: { entries: FeedbackHistoryEntry[]; heading?: string }) {
  const t = useTranslations("feedback");
  return (
    <section aria-labelledby="pakn-lich-su">
      <h3 id="pakn-lich-su" className="font-bold">
        {heading ?? t("detail.history")}
      </h3>
      {entries.length === 0 ? (
        <p className="mt-1">{t("detail.noHistory")}</p>
      ) : (
        <ol className="mt-2 grid gap-2 border-l-2 border-slate-300 pl-4">
          {entries.map((entry, index) => (
            <li key={index}>
              <p className="text-sm text-slate-700">
                {formatVietnamDateTime(entry.at)}
                {entry.actorName ? ` · ${entry.actorName}` : ""}
                {entry.internal ? ` · ${t("detail.internal")}` : ""}
              </p>
              <p className="font-semibold">{entry.label}</p>
              {entry.note ? <p className="break-words whitespace-pre-wrap">{entry.note}</p> : null}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
