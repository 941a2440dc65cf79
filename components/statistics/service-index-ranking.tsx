import { useLocale, useTranslations } from "next-intl";
import type { IndexSubject } from "@/lib/statistics/gather-index-inputs";
import type { ComponentKey, ComponentScore } from "@/lib/statistics/service-index/components";
import type { Ranked } from "@/lib/statistics/service-index/rank-subjects";
import { statisticsNumbers } from "@/lib/statistics/format";

type Texts = ReturnType<typeof useTranslations<"serviceIndex">>;

/** Why the portal cannot measure a component yet, when the catalog says so (only some components have a reason). */
function missingReason(m: Texts, key: ComponentKey): string | undefined {
  const path = `components.${key}.missing` as "components.publishedOnTime.missing";
  return m.has(path) ? m(path) : undefined;
}

function ComponentLine({ c }: { c: ComponentScore }) {
  const m = useTranslations("serviceIndex");
  const { points, count, rate } = statisticsNumbers(useLocale());
  const missing = missingReason(m, c.key);
  return (
    <li className="grid gap-0.5 border-t border-slate-200 py-2 first:border-t-0">
      <div className="flex flex-wrap justify-between gap-x-3">
        <span className="font-semibold">{m(`components.${c.key}.name`)}</span>
        <span className="tabular-nums">
          {c.points === null ? m("notMeasuredMax", { max: c.max }) : m("componentPoints", { points: points(c.points), max: c.max })}
        </span>
      </div>
      <span className="text-sm text-slate-700">{m("formulaLine", { formula: m(`components.${c.key}.formula`) })}</span>
      {c.share ? (
        <span className="text-sm text-slate-700">
          {c.share.whole > 0
            ? m("figuresLineRate", { part: count(c.share.part), whole: count(c.share.whole), rate: rate(c.share.part / c.share.whole) })
            : m("figuresLine", { part: count(c.share.part), whole: count(c.share.whole) })}
        </span>
      ) : null}
      {c.unmeasured === "no-data" ? <span className="text-sm text-amber-800">{m("noData")}</span> : null}
      {c.unmeasured === "no-source" && missing ? <span className="text-sm text-amber-800">{missing}</span> : null}
    </li>
  );
}

function SubjectEntry({ entry }: { entry: Ranked<IndexSubject> }) {
  const m = useTranslations("serviceIndex");
  const { points, count } = statisticsNumbers(useLocale());
  const { subject, score, rank } = entry;
  return (
    <li className="grid gap-3 rounded-lg bg-white p-4 ring-1 ring-slate-200 print:break-inside-avoid">
      <div className="flex flex-wrap items-baseline gap-x-3 gap-y-1">
        <span className="rounded bg-brand-50 px-2 py-0.5 text-sm font-semibold text-brand-900">
          {rank === null ? m("unranked") : m("rank", { rank })}
        </span>
        <h3 className="text-lg font-bold">{subject.name}</h3>
        {score.scaled === null ? (
          <span className="text-slate-700">{m("nothingMeasured")}</span>
        ) : (
          <span>
            <strong className="text-xl tabular-nums">{m("total", { scaled: points(score.scaled) })}</strong>{" "}
            <span className="text-sm text-slate-700">({m("totalOver", { points: points(score.points), measured: count(score.measuredMax) })})</span>
          </span>
        )}
      </div>
      <dl className="grid gap-x-4 gap-y-1 text-sm sm:grid-cols-2 lg:grid-cols-3">
        {score.groups.map((g) => (
          <div key={g.group} className="flex flex-wrap justify-between gap-x-2 border-b border-slate-100 py-1">
            <dt>{m(`groups.${g.group}`)}</dt>
            <dd className="tabular-nums">
              {g.points === null
                ? m("groupNotMeasured", { max: g.max })
                : m("groupPoints", { points: points(g.points), measured: count(g.measuredMax), max: g.max })}
            </dd>
          </div>
        ))}
      </dl>
      <details>
        <summary className="cursor-pointer font-semibold text-brand-800">{m("howComputed")}</summary>
        <div className="mt-2 grid gap-3">
          {score.groups.map((g) => (
            <section key={g.group} aria-label={m("groupRegion", { subject: subject.name, group: m(`groups.${g.group}`) })}>
              <h4 className="font-bold">{m("groupHeading", { group: m(`groups.${g.group}`), max: g.max })}</h4>
              <ul>
                {g.components.map((c) => (
                  <ComponentLine key={c.key} c={c} />
                ))}
              </ul>
            </section>
          ))}
        </div>
      </details>
    </li>
  );
}

/** One tier's ranking: best first, each subject with its group points and, on demand, how they came about. */
export function ServiceIndexRanking({ id, heading, entries }: { id: string; heading: string; entries: Ranked<IndexSubject>[] }) {
  const m = useTranslations("serviceIndex");
  return (
    <section aria-labelledby={id} className="grid gap-3">
      <h2 id={id} className="text-xl font-bold">
        {heading}
      </h2>
      {entries.length === 0 ? (
        <p>{m("noSubjects")}</p>
      ) : (
        <ol className="grid gap-3">
          {entries.map((entry) => (
            <SubjectEntry key={entry.subject.id} entry={entry} />
          ))}
        </ol>
      )}
    </section>
  );
}
