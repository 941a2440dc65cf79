import { formatVietnamDateTime } from "@/lib/calendar/format";
import { useTranslations } from "next-intl";
import type { ClosureKind } from "@/lib/tracking/dossier-closure";
import { cardClass } from "@/components/ui/card";
import { Section } from "@/components/ui/section";

/**
 * The statement at the top of a dossier that ended without a result: what happened, when, and (for its
 * applicant) why, with the refusal notice (Mẫu 03). Nothing about an appointment: the dossier no longer runs.
 */
export function ClosureStatement({
  closure,
  reason,
  refusalNoticeHref,
}: {
  closure: { kind: ClosureKind; at: Date };
  reason?: string;
  refusalNoticeHref?: string;
}) {
  const t = useTranslations("tracking.detail.closed");
  const at = formatVietnamDateTime(closure.at);
  return (
    <Section id="closure-heading" title={t("heading")} className={cardClass("border-l-4 border-accent-700")} headingClassName="text-lg font-bold">
      <p className="mt-2 font-semibold">{t(closure.kind, { at })}</p>
      {reason ? (
        <p className="mt-2 break-words whitespace-pre-line">
          <span className="font-semibold">{t("reason")}:</span> {reason}
        </p>
      ) : null}
      <p className="mt-2">{t("noResult")}</p>
      {refusalNoticeHref ? (
        <p className="mt-2">
          <a href={refusalNoticeHref} className="font-semibold">
            {t("refusalNotice")}
          </a>
        </p>
      ) : null}
    </Section>
  );
}
