import { formatVietnamDateTime } from "@/lib/calendar/format";
import { useTranslations } from "next-intl";
import { isDossierStatus } from "@/lib/workflow/statuses";

export interface TimelineItem {
  at: Date | string;
  toStatus: number | null;
  action?: string;
  actorKind?: string;
  actorName?: string;
  note?: string;
}

/**
 * The public steps of a dossier as an ordered list, each in plain words: time, step, and (for the owner)
 * who and the note written for them. Callers pass public entries only (getPublicTimeline).
 */
export function DossierTimeline({ items, showDetails }: { items: TimelineItem[]; showDetails: boolean }) {
  const t = useTranslations("tracking");
  const stepName = (item: TimelineItem) => {
    const step = `detail.timelineActions.${item.action ?? ""}` as const;
    if (item.action && t.has(step as never)) return t(step as never);
    if (item.toStatus === null) return item.action;
    return isDossierStatus(item.toStatus) ? t(`statuses.${item.toStatus}`) : t("statusUnknown", { status: item.toStatus });
  };
  const actorKind = (kind: string) => (t.has(`detail.actorKinds.${kind}` as never) ? t(`detail.actorKinds.${kind}` as never) : kind);
  return (
    <ol className="grid gap-0 border-l-2 border-brand-600 pl-0">
      {items.map((item, index) => (
        <li key={index} className="relative ml-4 pb-4 last:pb-0">
          <span aria-hidden="true" className="absolute top-1.5 -left-[1.4rem] h-3 w-3 rounded-full bg-brand-600 ring-2 ring-white" />
          <p className="text-sm text-slate-700">
            <time dateTime={new Date(item.at).toISOString()}>{formatVietnamDateTime(new Date(item.at))}</time>
          </p>
          <p className="font-semibold">{stepName(item)}</p>
          {showDetails && (item.actorKind || item.actorName) ? (
            <p className="text-sm text-slate-700">
              {t("detail.timelineActor")}: {[item.actorKind ? actorKind(item.actorKind) : undefined, item.actorName].filter(Boolean).join(" – ")}
            </p>
          ) : null}
          {showDetails && item.note ? (
            <p className="mt-1 rounded bg-slate-100 px-3 py-2 text-sm whitespace-pre-line">
              <span className="font-semibold">{t("detail.timelineNote")}:</span> {item.note}
            </p>
          ) : null}
        </li>
      ))}
    </ol>
  );
}
