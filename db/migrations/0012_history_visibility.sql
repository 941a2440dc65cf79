ALTER TABLE "dossier_history" ADD COLUMN "visibility" text DEFAULT 'internal' NOT NULL;--> statement-breakpoint
ALTER TABLE "dossier_history" ADD CONSTRAINT "dossier_history_visibility_check" CHECK ("dossier_history"."visibility" in ('public', 'internal'));--> statement-breakpoint
ALTER TABLE "dossier_history" ADD CONSTRAINT "dossier_history_internal_steps_check" CHECK ("dossier_history"."action" not in ('propose', 'approve', 'send-back') or "dossier_history"."visibility" = 'internal');
--> statement-breakpoint
-- Backfill: the entries written before the column existed get the visibility lib/workflow/history-visibility.ts
-- gives them (public steps by action; a dossier's first assignment public; everything else internal). The
-- history is append-only, so its guard is lifted for this one statement, inside the migration's transaction.
ALTER TABLE "dossier_history" DISABLE TRIGGER "dossier_history_no_update";--> statement-breakpoint
UPDATE "dossier_history" SET "visibility" = 'public'
  WHERE "action" IN ('submit', 'register-counter', 'receive', 'refuse', 'request-supplement', 'supplement', 'request-payment',
    'confirm-payment', 'cancel-payment', 'refund-payment', 'refund-cancelled-payment', 'stop', 'mark-processed', 'return-result',
    'withdraw', 'request-withdrawal', 'confirm-withdrawal', 'record-apology')
  OR ("action" = 'assign' AND "id" = (SELECT min(h."id") FROM "dossier_history" h WHERE h."dossier_id" = "dossier_history"."dossier_id" AND h."action" = 'assign'));--> statement-breakpoint
ALTER TABLE "dossier_history" ENABLE TRIGGER "dossier_history_no_update";
