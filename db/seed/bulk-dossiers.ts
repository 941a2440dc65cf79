import { count, sql } from "drizzle-orm";
import type { Database } from "@/db/client";
import { dossiers } from "@/db/schema";
import { ALL_CHANNELS, FINAL_STATUSES, STATUS } from "@/lib/workflow/statuses";

/** Status and channel numbers written into the statement as literals (the CASE needs constants, not parameters). */
const lit = (...values: readonly number[]) => sql.raw(values.join(", "));

/**
 * Fills the database with `total` realistic dossiers in one INSERT … SELECT over generate_series: spread
 * over every unit and the last three years (about seven a unit a day), with the status mix of a real
 * back office, due dates around the legal limits and names from common Vietnamese names. Codes follow
 * docs/domain.md#codes and never collide with real ones (they are dated before today).
 */
export async function seedBulkDossiers(db: Database, total: number, batch = 100_000): Promise<void> {
  const [existing] = await db
    .select({ n: count() })
    .from(dossiers)
    .where(sql`${dossiers.formData} ? 'bulk'`);
  const offset = existing?.n ?? 0;
  for (let start = offset; start < offset + total; start += batch) {
    const end = Math.min(offset + total, start + batch) - 1;
    await db.execute(sql`
      with u as (select id, code, row_number() over (order by id) - 1 as idx from units),
           uc as (select count(*) as n from units),
           s as (select id, version, code, name, row_number() over (order by id) - 1 as idx from services),
           sc as (select count(*) as n from services),
           g as (
             select i,
                    i % (select n from uc) as unit_idx,
                    i / (select n from uc) as j,
                    (i * 7919) % (select n from sc) as service_idx,
                    (i * 2654435761) % 1000 as r
             from generate_series(${start}::bigint, ${end}::bigint) as i
           ),
           d as (
             select g.*, (current_date - 1 - (g.j % 1100)::int) as day, (g.j / 1100) + 1 as num,
                    case when r < 600 then ${lit(STATUS.RETURNED)} when r < 700 then ${lit(STATUS.PROCESSED)}
                         when r < 800 then ${lit(STATUS.PROCESSING)} when r < 850 then ${lit(STATUS.RECEIVED)}
                         when r < 900 then ${lit(STATUS.NEW)} when r < 930 then ${lit(STATUS.SUPPLEMENT_REQUESTED)}
                         when r < 950 then ${lit(STATUS.PAYMENT_REQUESTED)} when r < 970 then ${lit(STATUS.REFUSED)}
                         when r < 990 then ${lit(STATUS.STOPPED)} else ${lit(STATUS.WITHDRAWN)} end as status
             from g
           )
      insert into dossiers (code, service_id, service_version, service_code, service_name, unit_id, status, channel,
                            applicant, applicant_name, applicant_id_number, form_data, submitted_at, receipt_deadline,
                            received_at, due_at, completed_at)
      select u.code || '-' || to_char(d.day, 'YYMMDD') || '-' || lpad(d.num::text, 4, '0'),
             s.id, s.version, s.code, s.name, u.id, d.status, (array[${lit(...ALL_CHANNELS)}])[1 + (d.i % ${lit(ALL_CHANNELS.length)})::int],
             jsonb_build_object('fullName', n.full_name, 'idNumber', n.id_number, 'phone', '0905' || lpad((d.i % 1000000)::text, 6, '0'),
                                'email', '', 'address', 'Quảng Nam'),
             n.full_name, n.id_number, '{"bulk": true}'::jsonb,
             (d.day + time '07:30' + make_interval(mins => (d.i % 540)::int)) at time zone 'Asia/Ho_Chi_Minh',
             (d.day + 1 + time '07:30') at time zone 'Asia/Ho_Chi_Minh',
             case when d.status <> ${lit(STATUS.NEW)} then (d.day + time '09:00') at time zone 'Asia/Ho_Chi_Minh' end,
             (d.day + (3 + d.i % 20)::int + time '17:00') at time zone 'Asia/Ho_Chi_Minh',
             case when d.status in (${lit(...FINAL_STATUSES, STATUS.PROCESSED)}) then (d.day + (2 + d.i % 22)::int + time '16:00') at time zone 'Asia/Ho_Chi_Minh' end
      from d
      join u on u.idx = d.unit_idx
      join s on s.idx = d.service_idx
      cross join lateral (
        select (array['Nguyễn','Trần','Lê','Phạm','Hoàng','Huỳnh','Phan','Võ','Đặng','Bùi','Đỗ','Hồ','Ngô','Dương','Lý'])[1 + (d.i % 15)::int]
               || ' ' || (array['Văn','Thị','Hữu','Minh','Ngọc','Thanh','Đức','Quốc'])[1 + ((d.i / 15) % 8)::int]
               || ' ' || (array['An','Bình','Cường','Dũng','Hà','Hải','Hạnh','Hoa','Hùng','Lan','Linh','Long','Mai','Nam','Phúc','Quang','Sơn','Tâm','Thảo','Trang','Tuấn','Vy'])[1 + ((d.i / 120) % 22)::int] as full_name,
               '049' || lpad(((d.i * 7) % 1000000000)::text, 9, '0') as id_number
      ) n`);
  }
}
