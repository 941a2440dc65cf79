-- The two roll-ups by service and month (docs/statistics.md#the-roll-up) are kept like the daily and monthly
-- ones: by the same statement trigger, in the same statement, so all four always equal a recount. The
-- province's report by service read the daily table back to the beginning (about a million rows for 2023);
-- these hold one row per service (and unit), month and channel.
--
-- One upsert per roll-up table, written once: the target, its key columns in primary-key order, and the
-- expressions over `delta` that give them. Rows go in key order, so two transactions touching the same keys
-- wait for each other instead of deadlocking.
CREATE OR REPLACE FUNCTION statistics_rollup_upsert(target text, key_columns text, key_expressions text) RETURNS text
LANGUAGE sql IMMUTABLE AS $fn$
  SELECT format($sql$
    INSERT INTO %1$I AS t (%2$s, received, resolved_early, resolved_on_time, resolved_late, refused, withdrawn, stopped, overdue_from, closed_after_due)
    SELECT %3$s, sum(received), sum(resolved_early), sum(resolved_on_time), sum(resolved_late), sum(refused), sum(withdrawn), sum(stopped), sum(overdue_from), sum(closed_after_due)
    FROM delta GROUP BY %3$s
    HAVING sum(received) <> 0 OR sum(resolved_early) <> 0 OR sum(resolved_on_time) <> 0 OR sum(resolved_late) <> 0 OR sum(refused) <> 0 OR sum(withdrawn) <> 0 OR sum(stopped) <> 0 OR sum(overdue_from) <> 0 OR sum(closed_after_due) <> 0
    ORDER BY %3$s
    ON CONFLICT (%2$s) DO UPDATE SET
      received = t.received + excluded.received,
      resolved_early = t.resolved_early + excluded.resolved_early,
      resolved_on_time = t.resolved_on_time + excluded.resolved_on_time,
      resolved_late = t.resolved_late + excluded.resolved_late,
      refused = t.refused + excluded.refused,
      withdrawn = t.withdrawn + excluded.withdrawn,
      stopped = t.stopped + excluded.stopped,
      overdue_from = t.overdue_from + excluded.overdue_from,
      closed_after_due = t.closed_after_due + excluded.closed_after_due$sql$, target, key_columns, key_expressions)
$fn$;
--> statement-breakpoint
-- As in 0011: one function for insert, update and delete; the delta reads the transition tables the
-- operation has (built as text, since a statement naming a table the trigger lacks would not plan).
CREATE OR REPLACE FUNCTION statistics_dossiers_changed() RETURNS trigger
LANGUAGE plpgsql AS $fn$
DECLARE
  delta text := concat_ws(' UNION ALL ',
    CASE WHEN TG_OP <> 'DELETE' THEN
      'SELECT c.day, r.unit_id, r.service_id, r.channel, c.received, c.resolved_early, c.resolved_on_time, c.resolved_late,
              c.refused, c.withdrawn, c.stopped, c.overdue_from, c.closed_after_due
       FROM new_rows r CROSS JOIN LATERAL statistics_contributions(r::dossiers) c' END,
    CASE WHEN TG_OP <> 'INSERT' THEN
      'SELECT c.day, r.unit_id, r.service_id, r.channel, -c.received, -c.resolved_early, -c.resolved_on_time, -c.resolved_late,
              -c.refused, -c.withdrawn, -c.stopped, -c.overdue_from, -c.closed_after_due
       FROM old_rows r CROSS JOIN LATERAL statistics_contributions(r::dossiers) c' END);
  month_of text := $m$date_trunc('month', day)::date$m$;
BEGIN
  EXECUTE format('WITH delta AS (%s), daily AS (%s), monthly AS (%s), monthly_service AS (%s) %s',
    delta,
    statistics_rollup_upsert('statistics_daily', 'day, unit_id, service_id, channel', 'day, unit_id, service_id, channel'),
    statistics_rollup_upsert('statistics_monthly', 'month, unit_id, channel', month_of || ', unit_id, channel'),
    statistics_rollup_upsert('statistics_monthly_service', 'service_id, month, channel', 'service_id, ' || month_of || ', channel'),
    statistics_rollup_upsert('statistics_monthly_unit_service', 'unit_id, month, service_id, channel', 'unit_id, ' || month_of || ', service_id, channel'));
  RETURN NULL;
END;
$fn$;
--> statement-breakpoint
-- Dossiers written before this migration: the daily roll-up already holds them.
INSERT INTO statistics_monthly_service (service_id, month, channel, received, resolved_early, resolved_on_time,
  resolved_late, refused, withdrawn, stopped, overdue_from, closed_after_due)
SELECT service_id, date_trunc('month', day)::date, channel, sum(received), sum(resolved_early), sum(resolved_on_time),
       sum(resolved_late), sum(refused), sum(withdrawn), sum(stopped), sum(overdue_from), sum(closed_after_due)
FROM statistics_daily GROUP BY 1, 2, 3;
--> statement-breakpoint
INSERT INTO statistics_monthly_unit_service (unit_id, month, service_id, channel, received, resolved_early, resolved_on_time,
  resolved_late, refused, withdrawn, stopped, overdue_from, closed_after_due)
SELECT unit_id, date_trunc('month', day)::date, service_id, channel, sum(received), sum(resolved_early), sum(resolved_on_time),
       sum(resolved_late), sum(refused), sum(withdrawn), sum(stopped), sum(overdue_from), sum(closed_after_due)
FROM statistics_daily GROUP BY 1, 2, 3, 4;
