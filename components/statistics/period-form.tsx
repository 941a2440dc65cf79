import { buttonClass } from "@/components/ui/button";
import { useLocale, useTranslations } from "next-intl";
import { localizeHref } from "@/lib/i18n/locales";

/** A plain GET form: works without JavaScript, and the chosen period stays in the address. */
export function PeriodForm({
  years,
  year,
  quarter,
  month,
  action = "/thong-ke",
}: {
  years: number[];
  year: number;
  quarter?: number;
  month?: number;
  action?: string;
}) {
  const m = useTranslations("statistics");
  const locale = useLocale();
  const select = "rounded border border-slate-400 bg-white px-2 py-1.5";
  return (
    <form method="get" action={localizeHref(action, locale)} className="no-print flex flex-wrap items-end gap-3">
      <fieldset className="flex flex-wrap items-end gap-3">
        <legend className="mb-1 font-semibold">{m("periodLegend")}</legend>
        <label className="grid gap-1 text-sm">
          {m("year")}
          <select name="nam" defaultValue={String(year)} className={select}>
            {years.map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </select>
        </label>
        <label className="grid gap-1 text-sm">
          {m("quarter")}
          <select name="quy" defaultValue={quarter ? String(quarter) : ""} className={select}>
            <option value="">{m("wholeYear")}</option>
            {[1, 2, 3, 4].map((q) => (
              <option key={q} value={q}>
                {q}
              </option>
            ))}
          </select>
        </label>
        <label className="grid gap-1 text-sm">
          {m("month")}
          <select name="thang" defaultValue={month ? String(month) : ""} className={select}>
            <option value="">—</option>
            {Array.from({ length: 12 }, (_, i) => i + 1).map((mo) => (
              <option key={mo} value={mo}>
                {mo}
              </option>
            ))}
          </select>
        </label>
      </fieldset>
      <button type="submit" className={buttonClass("primary")}>
        {m("show")}
      </button>
    </form>
  );
}
