DROP INDEX "dossiers_unit_status_idx";--> statement-breakpoint
CREATE INDEX "dossiers_unit_status_due_idx" ON "dossiers" USING btree ("unit_id","status","due_at","submitted_at");--> statement-breakpoint
CREATE INDEX "dossiers_assignee_idx" ON "dossiers" USING btree ("assigned_officer_id","status","due_at","submitted_at");--> statement-breakpoint
CREATE INDEX "dossiers_waiting_leader_idx" ON "dossiers" USING btree ("unit_id","due_at","submitted_at") WHERE "dossiers"."status" = 4 and "dossiers"."processing_stage" in ('proposed', 'approved');