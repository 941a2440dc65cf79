import { sql, type SQL } from "drizzle-orm";
import type { DatabaseOrTransaction } from "@/db/client";
import { CHANNEL, STATUS } from "@/lib/workflow/statuses";
import { computeReport } from "./compute-report";
import type { Period } from "./period";
import type { IndexInputs } from "./service-index/total-index";
import { rowsOf } from "@/db/rows-of";

export interface IndexSubject {
  id: number;
  code: string;
  name: string;
  kind: "agency" | "district";
}

/**
 * Fees paid at the counter. The portal's own fees go through an online gateway; only the 2023 history
 * records fees paid in person (db/seed/history-2023.ts).
 */
export const COUNTER_PAYMENT_PROVIDERS = ["lich-su-tai-quay"] as const;

/** The subject a unit's dossiers count for: a commune counts for its district, any other unit for itself. */
const subjectOf = (u: SQL) => sql`(case when ${u}.kind = 'commune' then ${u}.parent_id else ${u}.id end)`;

/** The period's bounds as instants: local midnight of its first day and of the day after its last. */
const bounds = (period: Period) => ({
  start: sql`(${period.from}::date::timestamp at time zone 'Asia/Ho_Chi_Minh')`,
  end: sql`(${period.end}::date::timestamp at time zone 'Asia/Ho_Chi_Minh')`,
});

interface CatalogRow {
  id: number;
  agency_id: number;
  level: string;
  online: boolean;
  fee_bearing: boolean;
  full_content: boolean;
}

/** The published procedures and the facts the index needs about each one's current version. */
async function catalogRows(db: DatabaseOrTransaction): Promise<CatalogRow[]> {
  return rowsOf<CatalogRow>(
    await db.execute(sql`
      select id, agency_id, level,
             channels @> '[{"channel": "truc-tuyen"}]'::jsonb as online,
             coalesce((select sum((f ->> 'amount')::bigint) from jsonb_array_elements(fees) f), 0) > 0 as fee_bearing,
             (jsonb_array_length(steps) > 0 and jsonb_array_length(documents) > 0 and jsonb_array_length(legal_basis) > 0
              and jsonb_array_length(form_definition) > 0 and time_limit_value > 0
              and length(trim(result)) > 0 and length(trim(conditions)) > 0 and length(trim(receiving_address)) > 0
              and length(trim(fee_legal_basis)) > 0 and length(trim(performing_body)) > 0) as full_content
      from services where active`),
  );
}

/**
 * Every input of the index (lib/statistics/service-index) for each provincial agency and each district
 * (with its communes) over a period. Received and resolved counts come from the roll-up; online use by
 * procedure from the daily roll-up; fees and returned results from one pass over the dossiers resolved in
 * the period; ratings from their own rows (docs/service-index.md says what each one counts).
 */
export async function gatherIndexInputs(
  db: DatabaseOrTransaction,
  period: Period,
): Promise<{ subjects: IndexSubject[]; inputs: Map<number, Omit<IndexInputs, "complaints">> }> {
  const { start, end } = bounds(period);
  const [unitRows, catalog, report, usedRows, resolvedRows, ratingRows] = await Promise.all([
    db.execute(sql`select id, code, short_name as name, kind from units where kind in ('agency', 'district') order by kind, code`),
    catalogRows(db),
    computeReport(db, period, {}, "agency"),
    db.execute(sql`
      select ${subjectOf(sql`u`)} as subject, s.service_id
      from statistics_daily s join units u on u.id = s.unit_id
      where s.day >= ${period.from}::date and s.day < ${period.end}::date and s.channel = ${CHANNEL.ONLINE} and s.received > 0
      group by 1, 2`),
    // One pass over the dossiers resolved in the period: their fees (by dossier) and how results were returned.
    db.execute(sql`
      with paid as (
        select dossier_id, bool_or(provider not in (${sql.join(
          COUNTER_PAYMENT_PROVIDERS.map((p) => sql`${p}`),
          sql`, `,
        )})) as online
        from payments where status in ('paid', 'refunded') group by dossier_id)
      select ${subjectOf(sql`u`)} as subject, d.service_id,
             count(paid.dossier_id)::int as paid, count(*) filter (where paid.online)::int as paid_online,
             count(*) filter (where d.status = ${STATUS.RETURNED})::int as returned,
             count(*) filter (where d.status = ${STATUS.RETURNED} and d.handover_recorded_at is null)::int as electronic
      from dossiers d join units u on u.id = d.unit_id left join paid on paid.dossier_id = d.id
      where d.status in (${STATUS.PROCESSED}, ${STATUS.RETURNED}) and d.completed_at >= ${start} and d.completed_at < ${end}
      group by 1, 2`),
    db.execute(sql`
      select ${subjectOf(sql`u`)} as subject, count(*)::int as rated, count(*) filter (where r.overall >= 1)::int as satisfied
      from dossier_ratings r join units u on u.id = r.unit_id
      where r.created_at >= ${start} and r.created_at < ${end}
      group by 1`),
  ]);

  const subjects = rowsOf<IndexSubject>(unitRows).map((u) => ({ ...u, id: Number(u.id) }));
  const usedOnline = new Map<number, Set<number>>();
  for (const r of rowsOf<{ subject: number; service_id: number }>(usedRows)) {
    const set = usedOnline.get(Number(r.subject)) ?? new Set<number>();
    set.add(Number(r.service_id));
    usedOnline.set(Number(r.subject), set);
  }
  const resolved = new Map<number, { paid: number; online: number; servicesPaidOnline: Set<number>; returned: number; electronic: number }>();
  for (const r of rowsOf<{ subject: number; service_id: number; paid: number; paid_online: number; returned: number; electronic: number }>(
    resolvedRows,
  )) {
    const entry = resolved.get(Number(r.subject)) ?? { paid: 0, online: 0, servicesPaidOnline: new Set<number>(), returned: 0, electronic: 0 };
    entry.paid += Number(r.paid);
    entry.online += Number(r.paid_online);
    entry.returned += Number(r.returned);
    entry.electronic += Number(r.electronic);
    if (Number(r.paid_online) > 0) entry.servicesPaidOnline.add(Number(r.service_id));
    resolved.set(Number(r.subject), entry);
  }
  const ratings = new Map(rowsOf<{ subject: number; rated: number; satisfied: number }>(ratingRows).map((r) => [Number(r.subject), r]));
  const figures = new Map(report.groups.map((g) => [Number(g.key), g.figures]));

  const inputs = new Map<number, Omit<IndexInputs, "complaints">>();
  for (const subject of subjects) {
    // An agency answers for the provincial procedures it publishes; a district for every district- and
    // commune-level procedure, which each district and its communes perform alike.
    const own = catalog.filter((s) =>
      subject.kind === "agency" ? s.agency_id === subject.id && s.level === "tinh" : s.level === "huyen" || s.level === "xa",
    );
    const used = usedOnline.get(subject.id) ?? new Set<number>();
    const done = resolved.get(subject.id) ?? { paid: 0, online: 0, servicesPaidOnline: new Set<number>(), returned: 0, electronic: 0 };
    const f = figures.get(subject.id);
    const rating = ratings.get(subject.id);
    inputs.set(subject.id, {
      catalog: {
        services: own.length,
        fullContent: own.filter((s) => s.full_content).length,
        offeredOnline: own.filter((s) => s.online).length,
        usedOnline: own.filter((s) => s.online && used.has(s.id)).length,
        feeServices: own.filter((s) => s.fee_bearing).length,
        feeServicesOnline: own.filter((s) => s.fee_bearing && s.online).length,
        feeServicesPaidOnline: own.filter((s) => s.fee_bearing && done.servicesPaidOnline.has(s.id)).length,
      },
      dossiers: {
        received: f?.received ?? 0,
        receivedOnline: f?.receivedOnline ?? 0,
        resolvedInTime: (f?.resolvedEarly ?? 0) + (f?.resolvedOnTime ?? 0),
      },
      payments: { paidDossiers: done.paid, paidOnline: done.online },
      ratings: { rated: Number(rating?.rated ?? 0), satisfied: Number(rating?.satisfied ?? 0) },
      results: { returned: done.returned, electronic: done.electronic },
    });
  }
  return { subjects, inputs };
}
