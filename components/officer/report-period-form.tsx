import { useLocale, useTranslations } from "next-intl";
import { localizeHref } from "@/lib/i18n/locales";
import { PERIOD_KINDS } from "@/lib/statistics/officer-report-query";

const inputClass = "mt-1 block w-full rounded border border-slate-400 bg-white px-2 py-1.5 text-base text-slate-900";

/**
 * The report's period as a plain GET form: works without JavaScript, the address holds the period, and
 * the drill-down level (hidden fields) is kept when the period changes.
 */
export function ReportPeriodForm({ values, years, keep }: { values: Record<string, string>; years: number[]; keep: Record<string, string> }) {
  const m = useTranslations("officerReport");
  const locale = useLocale();
  const select = (name: string, label: string, options: { value: string; label: string }[]) => (
    <div>
      <label htmlFor={`bc-${name}`} className="text-sm font-semibold">
        {label}
      </label>
      <select id={`bc-${name}`} name={name} defaultValue={values[name] ?? ""} className={inputClass}>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
  const date = (name: string, label: string) => (
    <div>
      <label htmlFor={`bc-${name}`} className="text-sm font-semibold">
        {label}
      </label>
      <input id={`bc-${name}`} name={name} type="date" defaultValue={values[name] ?? ""} aria-describedby="bc-khoang-goi-y" className={inputClass} />
    </div>
  );
  return (
    <form
      method="get"
      action={localizeHref("/quan-tri/bao-cao", locale)}
      className="no-print rounded-lg bg-white p-4 shadow-sm ring-1 ring-slate-200"
    >
      {Object.entries(keep).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <fieldset>
        <legend className="font-semibold">{m("periodLegend")}</legend>
        <div className="mt-2 grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-6">
          {select(
            "ky",
            m("kindLabel"),
            PERIOD_KINDS.map((k) => ({ value: k, label: m(`kinds.${k}`) })),
          )}
          {select(
            "nam",
            m("year"),
            years.map((y) => ({ value: String(y), label: String(y) })),
          )}
          {select("quy", m("quarter"), [{ value: "", label: "—" }, ...[1, 2, 3, 4].map((q) => ({ value: String(q), label: String(q) }))])}
          {select("thang", m("month"), [
            { value: "", label: "—" },
            ...Array.from({ length: 12 }, (_, i) => ({ value: String(i + 1), label: String(i + 1) })),
          ])}
          {date("tu", m("from"))}
          {date("den", m("to"))}
        </div>
        <p id="bc-khoang-goi-y" className="mt-2 text-sm text-slate-700">
          {m("rangeHint")}
        </p>
      </fieldset>
      <button type="submit" className="mt-3 rounded bg-brand-700 px-5 py-2 font-semibold text-white hover:bg-brand-800">
        {m("show")}
      </button>
    </form>
  );
}
