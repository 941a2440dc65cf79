import { sql } from "drizzle-orm";
import type { DatabaseOrTransaction } from "@/db/client";
import { FEEDBACK_CHANNELS, FEEDBACK_KINDS, type FeedbackChannel, type FeedbackKind } from "./feedback-vocabulary";
import { rowsOf } from "@/db/rows-of";

/**
 * The register's figures for a period of Vietnam days (docs/feedback-pages.md#figures), over the items
 * RECEIVED in the period:
 * - handled (đã xử lý): answered or closed by the centre itself, never forwarded;
 * - forwarded (chuyển cơ quan, địa phương): passed to an agency or district (whatever became of them);
 * - pending: neither yet. received = handled + forwarded + pending; handling rate = handled / received.
 * For forwarded items: answered by the agency, and answered by the deadline (on time).
 */
export interface FeedbackFigures {
  received: number;
  handled: number;
  /** handled / received, 0 when nothing was received. */
  handlingRate: number;
  forwarded: number;
  pending: number;
  forwardedAnswered: number;
  forwardedAnsweredOnTime: number;
  byChannel: Record<FeedbackChannel, number>;
  byKind: Record<FeedbackKind, number>;
  byUnit: { unitId: number; unitName: string; forwarded: number; answered: number; answeredOnTime: number }[];
  byMonth: { month: string; received: number; handled: number; forwarded: number }[];
}

type Row = Record<string, unknown>;

/** `from` and `to` are yyyy-mm-dd, both included, as days in Asia/Ho_Chi_Minh. */
export async function feedbackStatistics(db: DatabaseOrTransaction, period: { from: string; to: string }): Promise<FeedbackFigures> {
  const inPeriod = sql`submitted_at >= (${period.from}::date::timestamp at time zone 'Asia/Ho_Chi_Minh')
    and submitted_at < ((${period.to}::date + 1)::timestamp at time zone 'Asia/Ho_Chi_Minh')`;
  const handled = sql`(status in ('answered', 'closed') and forwarded_at is null)`;
  const answeredByAgency = sql`coalesce(agency_answered_at, case when status in ('answered', 'closed') then answered_at end)`;
  const [totals] = rowsOf<Row>(
    await db.execute(sql`
      select count(*)::int as received,
        count(*) filter (where ${handled})::int as handled,
        count(*) filter (where forwarded_at is not null)::int as forwarded,
        count(*) filter (where forwarded_at is not null and ${answeredByAgency} is not null)::int as forwarded_answered,
        count(*) filter (where forwarded_at is not null and ${answeredByAgency} <= due_at)::int as forwarded_on_time
      from feedback_items where ${inPeriod}`),
  );
  const channelRows = rowsOf<Row>(
    await db.execute(sql`select channel as key, count(*)::int as n from feedback_items where ${inPeriod} group by channel`),
  );
  const kindRows = rowsOf<Row>(await db.execute(sql`select kind as key, count(*)::int as n from feedback_items where ${inPeriod} group by kind`));
  const unitRows = rowsOf<Row>(
    await db.execute(sql`
      select u.id as unit_id, u.name as unit_name, count(*)::int as forwarded,
        count(*) filter (where ${answeredByAgency} is not null)::int as answered,
        count(*) filter (where ${answeredByAgency} <= f.due_at)::int as on_time
      from feedback_items f join units u on u.id = f.assigned_unit_id
      where ${inPeriod} and f.forwarded_at is not null
      group by u.id, u.name order by forwarded desc, u.name`),
  );
  const monthRows = rowsOf<Row>(
    await db.execute(sql`
      select to_char(submitted_at at time zone 'Asia/Ho_Chi_Minh', 'YYYY-MM') as month, count(*)::int as received,
        count(*) filter (where ${handled})::int as handled, count(*) filter (where forwarded_at is not null)::int as forwarded
      from feedback_items where ${inPeriod} group by 1 order by 1`),
  );
  const received = Number(totals?.received ?? 0);
  const handledCount = Number(totals?.handled ?? 0);
  const forwarded = Number(totals?.forwarded ?? 0);
  const tally = <K extends string>(keys: readonly K[], rows: Row[]) =>
    Object.fromEntries(keys.map((k) => [k, Number(rows.find((r) => r.key === k)?.n ?? 0)])) as Record<K, number>;
  return {
    received,
    handled: handledCount,
    handlingRate: received === 0 ? 0 : handledCount / received,
    forwarded,
    pending: received - handledCount - forwarded,
    forwardedAnswered: Number(totals?.forwarded_answered ?? 0),
    forwardedAnsweredOnTime: Number(totals?.forwarded_on_time ?? 0),
    byChannel: tally(FEEDBACK_CHANNELS, channelRows),
    byKind: tally(FEEDBACK_KINDS, kindRows),
    byUnit: unitRows.map((r) => ({
      unitId: Number(r.unit_id),
      unitName: String(r.unit_name),
      forwarded: Number(r.forwarded),
      answered: Number(r.answered),
      answeredOnTime: Number(r.on_time),
    })),
    byMonth: monthRows.map((r) => ({
      month: String(r.month),
      received: Number(r.received),
      handled: Number(r.handled),
      forwarded: Number(r.forwarded),
    })),
  };
}
