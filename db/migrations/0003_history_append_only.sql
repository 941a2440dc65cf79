-- The dossier history is append-only: the database itself refuses to change or remove an entry.
CREATE OR REPLACE FUNCTION dossier_history_append_only() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'dossier_history is append-only (% refused)', TG_OP USING ERRCODE = '42501';
END;
$$;
--> statement-breakpoint
CREATE TRIGGER dossier_history_no_update BEFORE UPDATE OR DELETE ON dossier_history
  FOR EACH ROW EXECUTE FUNCTION dossier_history_append_only();
--> statement-breakpoint
CREATE TRIGGER dossier_history_no_truncate BEFORE TRUNCATE ON dossier_history
  FOR EACH STATEMENT EXECUTE FUNCTION dossier_history_append_only();
