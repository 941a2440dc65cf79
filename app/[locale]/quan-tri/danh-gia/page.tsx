import type { Metadata } from "next";
import { requireOfficerPermission } from "@/lib/auth/require-officer-permission";
import { formatVietnamDateTime } from "@/lib/calendar/format";
import { withDatabase } from "@/lib/database/with-database";
import { LEVEL_LABELS, RATING_CRITERIA, ratingPercent } from "@/lib/ratings/criteria";
import { listUnitRatings } from "@/lib/ratings/list-unit-ratings";
import { summarizeUnitRatings } from "@/lib/ratings/rate-dossier";
import { cardClass } from "@/components/ui/card";

export const metadata: Metadata = { title: "Đánh giá hài lòng", robots: { index: false } };

/** The satisfaction ratings of the officer's unit (docs/domain.md#rating). */
export default async function RatingsPage() {
  const officer = await requireOfficerPermission("view-ratings", "/quan-tri/danh-gia");
  const [summary, recent] = await Promise.all([withDatabase(summarizeUnitRatings, officer.unitId), withDatabase(listUnitRatings, officer.unitId)]);
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold text-brand-900">Đánh giá mức độ hài lòng</h1>
      <dl className="grid gap-3 sm:grid-cols-3">
        <div className={cardClass()}>
          <dt className="text-slate-600">Số lượt đánh giá</dt>
          <dd className="text-2xl font-bold">{summary.count.toLocaleString("vi-VN")}</dd>
        </div>
        <div className={cardClass()}>
          <dt className="text-slate-600">Điểm trung bình (9 tiêu chí)</dt>
          <dd className="text-2xl font-bold">{summary.averagePercent === null ? "—" : `${summary.averagePercent.toLocaleString("vi-VN")}%`}</dd>
        </div>
        <div className={cardClass()}>
          <dt className="text-slate-600">Tỷ lệ hài lòng chung</dt>
          <dd className="text-2xl font-bold">{summary.satisfiedPercent === null ? "—" : `${summary.satisfiedPercent.toLocaleString("vi-VN")}%`}</dd>
        </div>
      </dl>
      {recent.length === 0 ? (
        <p>Chưa có đánh giá nào.</p>
      ) : (
        <ul className="space-y-3">
          {recent.map(({ rating, code, serviceName }) => (
            <li key={rating.dossierId} className={cardClass()}>
              <p className="font-semibold">
                <span className="font-mono">{code}</span> — {serviceName}
              </p>
              <p className="text-sm text-slate-700">
                {formatVietnamDateTime(rating.createdAt)} · {ratingPercent(rating.scores)}% · Tổng thể: {LEVEL_LABELS[rating.overall as 0 | 1 | 2]}
              </p>
              <details className="mt-1 text-sm">
                <summary className="cursor-pointer">Chi tiết 9 tiêu chí</summary>
                <ul className="mt-1 list-disc pl-5">
                  {RATING_CRITERIA.map((c, i) => (
                    <li key={c}>
                      {c}: {rating.scores[i]}
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
