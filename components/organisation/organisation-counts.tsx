import type { OrganisationCounts } from "@/lib/organisation/get-organisation";
import { useLocale, useTranslations } from "next-intl";
import { statisticsNumbers } from "@/lib/statistics/format";
import { cardClass } from "@/components/ui/card";

const ORDER: Array<keyof OrganisationCounts> = ["agencies", "divisions", "subDepartments", "districts", "districtDivisions", "communes"];

/** The organisation's counts, as the year-end report states them, computed from the data. */
export function OrganisationCountsList({ counts }: { counts: OrganisationCounts }) {
  const m = useTranslations("organisation");
  const { count: formatCount } = statisticsNumbers(useLocale());
  return (
    <dl className="grid grid-cols-1 gap-3 min-[400px]:grid-cols-2 lg:grid-cols-3" data-testid="organisation-counts">
      {ORDER.map((key) => (
        <div
          key={key}
          className={cardClass(
            "flex flex-row-reverse items-baseline justify-end gap-3 min-[400px]:flex-col-reverse min-[400px]:items-start min-[400px]:gap-0",
            "compact",
          )}
        >
          <dt className="text-sm text-slate-700">{m(`counts.${key}`)}</dt>
          <dd className="text-2xl font-bold tabular-nums">{formatCount(counts[key])}</dd>
        </div>
      ))}
    </dl>
  );
}
