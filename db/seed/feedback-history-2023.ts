import { sql } from "drizzle-orm";
import type { Database } from "@/db/client";
import { rowsOf } from "@/db/rows-of";

/**
 * The 1022 line's 2023 (docs/feedback.md#the-2023-history): for each month, how many contacts were received and
 * how many were forwarded to agencies and districts; every other contact was handled by the centre.
 * November is the 2023 report's: 13.014 received, 12.842 handled (98,7 %), 172 forwarded. The other
 * months are a plausible spread around it (fewer around Tết, more in the second half of the year).
 */
export const FEEDBACK_2023: readonly { received: number; forwarded: number }[] = [
  { received: 11_240, forwarded: 151 },
  { received: 9_872, forwarded: 122 },
  { received: 12_105, forwarded: 163 },
  { received: 11_893, forwarded: 158 },
  { received: 12_461, forwarded: 167 },
  { received: 12_236, forwarded: 160 },
  { received: 12_817, forwarded: 171 },
  { received: 12_694, forwarded: 166 },
  { received: 12_078, forwarded: 158 },
  { received: 12_935, forwarded: 170 },
  { received: 13_014, forwarded: 172 },
  { received: 12_383, forwarded: 164 },
];

const MARKER = "lich-su-2023";
const LOCK = 47_1022;

/**
 * Writes the year set-based, one INSERT … SELECT per month (deterministic: every choice is a hash of the
 * item's number), with codes numbered per day as live codes are, and the day counters set past them.
 * Items carry no step history (the register's history starts with the portal). Does nothing when the
 * year is there. `months` (1–12) writes only those (the tests' shortcut). Returns the number of items written.
 */
export async function seedFeedbackHistory2023(db: Database, options: { months?: readonly number[] } = {}): Promise<number> {
  const months = options.months ?? FEEDBACK_2023.map((_, i) => i + 1);
  return db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${LOCK})`);
    const existing = rowsOf<{ n: number }>(
      await tx.execute(sql`select count(*)::int as n from (select 1 from feedback_items where client_address = ${MARKER} limit 1) x`),
    );
    if ((existing[0]?.n ?? 0) > 0) return 0;
    let written = 0;
    for (const [index, month] of FEEDBACK_2023.entries()) {
      if (!months.includes(index + 1)) continue;
      const first = `2023-${String(index + 1).padStart(2, "0")}-01`;
      await tx.execute(sql`
        with params as (
          select ${first}::date as first_day, ${month.received}::int as n, ${month.forwarded}::int as f,
            (${first}::date + interval '1 month')::date - ${first}::date as days,
            (select array_agg(id order by code) from units where kind in ('agency', 'district')) as unit_ids
        ), items as (
          select g.i, p.*,
            (hashint4(g.i * 31 + ${index}) & 2147483647) % 1000 as h1,
            (hashint4(g.i * 17 + ${index} * 7 + 3) & 2147483647) % 1000 as h2,
            floor(g.i * p.f::numeric / p.n) <> floor((g.i - 1) * p.f::numeric / p.n) as is_forwarded,
            ((p.first_day + ((g.i - 1) * p.days / p.n)::int)::timestamp
              + make_interval(mins => 420 + ((hashint4(g.i * 13 + ${index}) & 2147483647) % 600))) at time zone 'Asia/Ho_Chi_Minh' as at
          from params p, generate_series(1, p.n) as g(i)
        ), shaped as (
          select i, at, is_forwarded, unit_ids,
            case when h1 < 780 then 'phone' when h1 < 880 then 'web' when h1 < 950 then 'zalo' when h1 < 980 then 'email' else 'letter' end as channel,
            case when is_forwarded then (case when h2 < 650 then 'phan-anh' else 'kien-nghi' end)
                 when h2 < 830 then 'hoi-thong-tin' when h2 < 950 then 'phan-anh' else 'kien-nghi' end as kind,
            h2
          from items
        ), numbered as (
          select s.*, to_char(at at time zone 'Asia/Ho_Chi_Minh', 'YYMMDD') as day,
            row_number() over (partition by (at at time zone 'Asia/Ho_Chi_Minh')::date order by at, i) as nr
          from shaped s
        )
        insert into feedback_items (code, kind, channel, subject, content, sender_name, sender_phone, consent_to_publish, status,
          assigned_unit_id, forwarded_at, due_at, agency_answer_text, agency_answered_at, answer_text, answered_at,
          client_address, submitted_at, closed_at, created_at, updated_at)
        select 'PAKN-' || day || '-' || lpad(nr::text, 4, '0'), kind, channel,
          case kind when 'hoi-thong-tin' then 'Hỏi thông tin về thủ tục hành chính' when 'phan-anh' then 'Phản ánh về giải quyết thủ tục hành chính'
            else 'Kiến nghị về dịch vụ công' end,
          'Nội dung liên hệ đường dây 1022 năm 2023 (dữ liệu lịch sử).',
          'Công dân ' || i, '09' || lpad(((i * 7919) % 100000000)::text, 8, '0'), false,
          'closed',
          case when is_forwarded then unit_ids[1 + (h2 % array_length(unit_ids, 1))] end,
          case when is_forwarded then at + interval '2 hours' end,
          case when is_forwarded then at + interval '2 hours' + interval '14 days' end,
          case when is_forwarded then 'Cơ quan đã kiểm tra và trả lời công dân.' end,
          -- Nine in ten forwarded items answered within the deadline (14 calendar days ≈ 10 working days).
          case when is_forwarded then at + interval '2 hours' + make_interval(days => case when h2 % 10 = 0 then 17 else 3 + h2 % 11 end) end,
          case when is_forwarded then 'Cơ quan đã kiểm tra và trả lời công dân.' else 'Tổng đài viên đã hướng dẫn, trả lời công dân.' end,
          case when is_forwarded then at + interval '2 hours' + make_interval(days => case when h2 % 10 = 0 then 18 else 4 + h2 % 11 end)
               else at + make_interval(mins => 3 + h2 % 40) end,
          ${MARKER}, at,
          case when is_forwarded then at + interval '2 hours' + make_interval(days => case when h2 % 10 = 0 then 18 else 4 + h2 % 11 end)
               else at + make_interval(mins => 3 + h2 % 40) end,
          at, at
        from numbered`);
      written += month.received;
    }
    await tx.execute(sql`
      insert into feedback_code_counters (day, last_number)
      select substr(code, 6, 6), max(substr(code, 13, 4)::int) from feedback_items where client_address = ${MARKER} group by 1
      on conflict (day) do update set last_number = greatest(feedback_code_counters.last_number, excluded.last_number)`);
    return written;
  });
}
