-- The statistics roll-up (docs/statistics.md) is kept by the database itself, in the same transaction as
-- every write to dossiers, whichever code writes it (submission, counter intake, the status machine,
-- payments, the bulk and history seeds). Each dossier's contributions are a function of its current row,
-- so an update subtracts the old row's and adds the new row's: the tables always equal a recount.
CREATE OR REPLACE FUNCTION statistics_contributions(r dossiers)
RETURNS TABLE (day date, received int, resolved_early int, resolved_on_time int, resolved_late int,
  refused int, withdrawn int, stopped int, overdue_from int, closed_after_due int)
LANGUAGE sql STABLE AS $$
  with f as (
    select r.status in (3, 7, 8, 9, 10) as closed,
           r.status in (9, 10) as resolved,
           coalesce(r.completed_at, r.updated_at) as closed_at,
           -- A clock paused for supplementation before the due date is not overdue: the date moves on resume.
           (r.clock_paused_at is not null and r.clock_paused_at <= r.due_at) as paused_in_time
  ), g as (
    select f.*, (f.closed and f.closed_at > r.due_at and not f.paused_in_time) as late,
           (f.closed_at at time zone 'Asia/Ho_Chi_Minh')::date as closed_day,
           (r.due_at at time zone 'Asia/Ho_Chi_Minh')::date as due_day
    from f
  )
  select (r.submitted_at at time zone 'Asia/Ho_Chi_Minh')::date, 1, 0, 0, 0, 0, 0, 0, 0, 0
  union all
  select g.closed_day, 0,
         (g.resolved and not g.late and g.closed_day < g.due_day)::int,
         (g.resolved and not g.late and g.closed_day >= g.due_day)::int,
         (g.resolved and g.late)::int,
         (r.status = 3)::int, (r.status = 7)::int, (r.status = 8)::int,
         0, g.late::int
  from g where g.closed
  union all
  select g.due_day, 0, 0, 0, 0, 0, 0, 0, 1, 0
  from g where not g.paused_in_time and (not g.closed or g.closed_at > r.due_at)
$$;
--> statement-breakpoint
-- One function for insert, update and delete: the delta reads the transition tables the operation has
-- (built as text, since a statement naming a table the trigger lacks would not plan).
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
BEGIN
  -- One statement for both tables; rows go in key order, so two transactions touching the same keys wait
  -- for each other instead of deadlocking.
  EXECUTE format($sql$
    WITH delta AS (%s),
    daily AS (
      INSERT INTO statistics_daily AS t (day, unit_id, service_id, channel, received, resolved_early, resolved_on_time, resolved_late, refused, withdrawn, stopped, overdue_from, closed_after_due)
      SELECT day, unit_id, service_id, channel, sum(received), sum(resolved_early), sum(resolved_on_time), sum(resolved_late), sum(refused), sum(withdrawn), sum(stopped), sum(overdue_from), sum(closed_after_due)
      FROM delta GROUP BY day, unit_id, service_id, channel
      HAVING sum(received) <> 0 OR sum(resolved_early) <> 0 OR sum(resolved_on_time) <> 0 OR sum(resolved_late) <> 0 OR sum(refused) <> 0 OR sum(withdrawn) <> 0 OR sum(stopped) <> 0 OR sum(overdue_from) <> 0 OR sum(closed_after_due) <> 0
      ORDER BY day, unit_id, service_id, channel
      ON CONFLICT (day, unit_id, service_id, channel) DO UPDATE SET
        received = t.received + excluded.received,
        resolved_early = t.resolved_early + excluded.resolved_early,
        resolved_on_time = t.resolved_on_time + excluded.resolved_on_time,
        resolved_late = t.resolved_late + excluded.resolved_late,
        refused = t.refused + excluded.refused,
        withdrawn = t.withdrawn + excluded.withdrawn,
        stopped = t.stopped + excluded.stopped,
        overdue_from = t.overdue_from + excluded.overdue_from,
        closed_after_due = t.closed_after_due + excluded.closed_after_due
    )
    INSERT INTO statistics_monthly AS t (month, unit_id, channel, received, resolved_early, resolved_on_time, resolved_late, refused, withdrawn, stopped, overdue_from, closed_after_due)
    SELECT date_trunc('month', day)::date, unit_id, channel, sum(received), sum(resolved_early), sum(resolved_on_time), sum(resolved_late), sum(refused), sum(withdrawn), sum(stopped), sum(overdue_from), sum(closed_after_due)
    FROM delta GROUP BY 1, unit_id, channel
    HAVING sum(received) <> 0 OR sum(resolved_early) <> 0 OR sum(resolved_on_time) <> 0 OR sum(resolved_late) <> 0 OR sum(refused) <> 0 OR sum(withdrawn) <> 0 OR sum(stopped) <> 0 OR sum(overdue_from) <> 0 OR sum(closed_after_due) <> 0
    ORDER BY 1, unit_id, channel
    ON CONFLICT (month, unit_id, channel) DO UPDATE SET
        received = t.received + excluded.received,
        resolved_early = t.resolved_early + excluded.resolved_early,
        resolved_on_time = t.resolved_on_time + excluded.resolved_on_time,
        resolved_late = t.resolved_late + excluded.resolved_late,
        refused = t.refused + excluded.refused,
        withdrawn = t.withdrawn + excluded.withdrawn,
        stopped = t.stopped + excluded.stopped,
        overdue_from = t.overdue_from + excluded.overdue_from,
        closed_after_due = t.closed_after_due + excluded.closed_after_due
  $sql$, delta);
  RETURN NULL;
END;
$fn$;
--> statement-breakpoint
CREATE TRIGGER dossiers_statistics_insert AFTER INSERT ON dossiers REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION statistics_dossiers_changed();
--> statement-breakpoint
CREATE TRIGGER dossiers_statistics_update AFTER UPDATE ON dossiers REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION statistics_dossiers_changed();
--> statement-breakpoint
CREATE TRIGGER dossiers_statistics_delete AFTER DELETE ON dossiers REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION statistics_dossiers_changed();
--> statement-breakpoint
-- Dossiers written before this migration.
INSERT INTO statistics_daily (day, unit_id, service_id, channel, received, resolved_early, resolved_on_time,
  resolved_late, refused, withdrawn, stopped, overdue_from, closed_after_due)
SELECT c.day, d.unit_id, d.service_id, d.channel, sum(c.received), sum(c.resolved_early), sum(c.resolved_on_time),
       sum(c.resolved_late), sum(c.refused), sum(c.withdrawn), sum(c.stopped), sum(c.overdue_from), sum(c.closed_after_due)
FROM dossiers d CROSS JOIN LATERAL statistics_contributions(d) c
GROUP BY 1, 2, 3, 4;
--> statement-breakpoint
INSERT INTO statistics_monthly (month, unit_id, channel, received, resolved_early, resolved_on_time,
  resolved_late, refused, withdrawn, stopped, overdue_from, closed_after_due)
SELECT date_trunc('month', day)::date, unit_id, channel, sum(received), sum(resolved_early), sum(resolved_on_time),
       sum(resolved_late), sum(refused), sum(withdrawn), sum(stopped), sum(overdue_from), sum(closed_after_due)
FROM statistics_daily GROUP BY 1, 2, 3;
