import type { Metadata } from "next";
import { requireOfficerPermission } from "@/lib/auth/require-officer-permission";
import { formatVietnamDateTime } from "@/lib/calendar/format";
import { withDatabase } from "@/lib/database/with-database";
import { RATING_CRITERIA_COUNT, ratingPercent } from "@/lib/ratings/criteria";
import { listUnitRatings } from "@/lib/ratings/list-unit-ratings";
import { summarizeUnitRatings } from "@/lib/ratings/rate-dossier";
import { cardClass } from "@/components/ui/card";
import { getTranslations } from "next-intl/server";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("officer"))("ratings.title"), robots: { index: false } };
}

/** The satisfaction ratings of the officer's unit (docs/domain.md#rating). */
export default async function RatingsPage() {
  const officer = await requireOfficerPermission("view-ratings", "/quan-tri/danh-gia");
  const t = await getTranslations("officer.ratings");
  const rating9 = await getTranslations("tracking.rating");
  const [summary, recent] = await Promise.all([withDatabase(summarizeUnitRatings, officer.unitId), withDatabase(listUnitRatings, officer.unitId)]);
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold text-brand-900">{t("heading")}</h1>
      <dl className="grid gap-3 sm:grid-cols-3">
        <div className={cardClass()}>
          <dt className="text-slate-600">{t("count")}</dt>
          <dd className="text-2xl font-bold">{t("countValue", { n: summary.count })}</dd>
        </div>
        <div className={cardClass()}>
          <dt className="text-slate-600">{t("average")}</dt>
          <dd className="text-2xl font-bold">{summary.averagePercent === null ? "—" : t("percent", { n: summary.averagePercent })}</dd>
        </div>
        <div className={cardClass()}>
          <dt className="text-slate-600">{t("satisfied")}</dt>
          <dd className="text-2xl font-bold">{summary.satisfiedPercent === null ? "—" : t("percent", { n: summary.satisfiedPercent })}</dd>
        </div>
      </dl>
      {recent.length === 0 ? (
        <p>{t("empty")}</p>
      ) : (
        <ul className="space-y-3">
          {recent.map(({ rating, code, serviceName }) => (
            <li key={rating.dossierId} className={cardClass()}>
              <p className="font-semibold">
                <span className="font-mono">{code}</span> — {serviceName}
              </p>
              <p className="text-sm text-slate-700">
                {t("line", {
                  at: formatVietnamDateTime(rating.createdAt),
                  percent: ratingPercent(rating.scores),
                  overall: rating9(`levels.${rating.overall as 0 | 1 | 2}`),
                })}
              </p>
              <details className="mt-1 text-sm">
                <summary className="cursor-pointer">{t("details")}</summary>
                <ul className="mt-1 list-disc pl-5">
                  {Array.from({ length: RATING_CRITERIA_COUNT }, (_, i) => (
                    <li key={i}>
                      {rating9(`criteria.${i}` as "criteria.0")}: {rating.scores[i]}
                    </li>
                  ))}
                </ul>
              </details>
              {rating.comment ? <p className="mt-1">“{rating.comment}”</p> : null}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
