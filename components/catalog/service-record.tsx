import { useLocale, useTranslations } from "next-intl";
import { statisticsNumbers } from "@/lib/statistics/format";
import type { ServiceRecord } from "@/lib/statistics/get-service-record";

/** The service's own record over the last twelve months, or "chưa có dữ liệu" below ten resolved dossiers. */
export function ServiceRecordSection({ record }: { record: ServiceRecord }) {
  const m = useTranslations("serviceIndex.record");
  const { count: formatWhole, rate: formatRate, days: formatDays, day: formatDay } = statisticsNumbers(useLocale());
  return (
    <section
      aria-labelledby="ket-qua-giai-quyet"
      className="rounded-lg bg-white p-4 shadow-sm ring-1 ring-slate-200 sm:p-6 print:shadow-none print:ring-0"
    >
      <h2 id="ket-qua-giai-quyet" className="mb-1 text-lg font-bold text-brand-900">
        {m("heading")}
      </h2>
      <p className="mb-3 text-sm text-slate-700">{m("period", { from: formatDay(record.period.from), to: formatDay(record.period.to) })}</p>
      {record.published ? (
        <>
          <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-[16rem_1fr]">
            <dt className="font-semibold">{m("resolved")}</dt>
            <dd className="tabular-nums">{formatWhole(record.resolved)}</dd>
            <dt className="font-semibold">{m("onTimeRate")}</dt>
            <dd className="tabular-nums">{formatRate(record.onTimeRate)}</dd>
            <dt className="font-semibold">{m("medianDays")}</dt>
            <dd>
              {record.medianWorkingDays === null
                ? "—"
                : m("medianValue", { days: formatDays(record.medianWorkingDays), limit: formatDays(record.legalLimitWorkingDays) })}
            </dd>
            <dt className="font-semibold">{m("onlineRate")}</dt>
            <dd className="tabular-nums">{formatRate(record.onlineRate)}</dd>
            <dt className="font-semibold">{m("satisfaction")}</dt>
            <dd>
              {record.satisfiedRate === null
                ? m("noRatings")
                : m("satisfactionValue", { rate: formatRate(record.satisfiedRate), count: formatWhole(record.rated) })}
            </dd>
          </dl>
          <p className="mt-3 text-sm text-slate-700">{m("note")}</p>
        </>
      ) : (
        <p>{m("noData", { count: formatWhole(record.resolved) })}</p>
      )}
    </section>
  );
}
