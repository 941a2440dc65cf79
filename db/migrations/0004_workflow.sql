CREATE TABLE "dossier_access_log" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"dossier_id" uuid NOT NULL,
	"officer_user_id" uuid NOT NULL,
	"unit_id" integer NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "dossier_ratings" (
	"dossier_id" uuid PRIMARY KEY NOT NULL,
	"user_id" uuid NOT NULL,
	"unit_id" integer NOT NULL,
	"scores" smallint[] NOT NULL,
	"ease_of_use" smallint NOT NULL,
	"overall" smallint NOT NULL,
	"comment" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "dossier_ratings_scores_check" CHECK (cardinality("dossier_ratings"."scores") = 9 and 0 <= all("dossier_ratings"."scores") and 2 >= all("dossier_ratings"."scores")),
	CONSTRAINT "dossier_ratings_levels_check" CHECK ("dossier_ratings"."ease_of_use" between 0 and 2 and "dossier_ratings"."overall" between 0 and 2)
);
--> statement-breakpoint
CREATE TABLE "jobs" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"kind" text NOT NULL,
	"payload" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"dedupe_key" text,
	"run_at" timestamp with time zone DEFAULT now() NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"max_attempts" integer DEFAULT 5 NOT NULL,
	"locked_until" timestamp with time zone,
	"last_error" text,
	"done_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "payments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"dossier_id" uuid NOT NULL,
	"amount" integer NOT NULL,
	"items" jsonb NOT NULL,
	"status" text DEFAULT 'waiting' NOT NULL,
	"provider" text NOT NULL,
	"transaction_ref" text,
	"receipt_number" text,
	"requested_by" uuid,
	"requested_at" timestamp with time zone DEFAULT now() NOT NULL,
	"paid_at" timestamp with time zone,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "payments_status_check" CHECK ("payments"."status" in ('waiting', 'paid', 'refunded', 'cancelled')),
	CONSTRAINT "payments_amount_check" CHECK ("payments"."amount" > 0)
);
--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "totp_last_step" bigint;--> statement-breakpoint
ALTER TABLE "dossiers" ADD COLUMN "paused_working_hours" real DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "dossiers" ADD COLUMN "processing_stage" text DEFAULT 'none' NOT NULL;--> statement-breakpoint
ALTER TABLE "dossiers" ADD COLUMN "assigned_officer_id" uuid;--> statement-breakpoint
ALTER TABLE "dossiers" ADD COLUMN "supplement_requested_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "dossiers" ADD COLUMN "withdrawal_requested_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "dossiers" ADD COLUMN "result_number" text;--> statement-breakpoint
ALTER TABLE "dossiers" ADD COLUMN "result_signer" text;--> statement-breakpoint
ALTER TABLE "dossiers" ADD COLUMN "result_signed_on" date;--> statement-breakpoint
ALTER TABLE "dossiers" ADD COLUMN "result_file_id" uuid;--> statement-breakpoint
ALTER TABLE "dossiers" ADD COLUMN "handover_recorded_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "dossiers" ADD COLUMN "apology_sent_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "dossier_access_log" ADD CONSTRAINT "dossier_access_log_dossier_id_dossiers_id_fk" FOREIGN KEY ("dossier_id") REFERENCES "public"."dossiers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dossier_access_log" ADD CONSTRAINT "dossier_access_log_officer_user_id_users_id_fk" FOREIGN KEY ("officer_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dossier_access_log" ADD CONSTRAINT "dossier_access_log_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dossier_ratings" ADD CONSTRAINT "dossier_ratings_dossier_id_dossiers_id_fk" FOREIGN KEY ("dossier_id") REFERENCES "public"."dossiers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dossier_ratings" ADD CONSTRAINT "dossier_ratings_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dossier_ratings" ADD CONSTRAINT "dossier_ratings_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "payments" ADD CONSTRAINT "payments_dossier_id_dossiers_id_fk" FOREIGN KEY ("dossier_id") REFERENCES "public"."dossiers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "payments" ADD CONSTRAINT "payments_requested_by_users_id_fk" FOREIGN KEY ("requested_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "dossier_access_log_dossier_idx" ON "dossier_access_log" USING btree ("dossier_id","at");--> statement-breakpoint
CREATE INDEX "dossier_ratings_unit_idx" ON "dossier_ratings" USING btree ("unit_id","created_at");--> statement-breakpoint
CREATE INDEX "jobs_due_idx" ON "jobs" USING btree ("run_at") WHERE "jobs"."done_at" is null;--> statement-breakpoint
CREATE UNIQUE INDEX "jobs_dedupe_key" ON "jobs" USING btree ("dedupe_key") WHERE "jobs"."done_at" is null;--> statement-breakpoint
CREATE INDEX "payments_dossier_idx" ON "payments" USING btree ("dossier_id");--> statement-breakpoint
CREATE UNIQUE INDEX "payments_transaction_key" ON "payments" USING btree ("provider","transaction_ref");--> statement-breakpoint
ALTER TABLE "dossiers" ADD CONSTRAINT "dossiers_assigned_officer_id_users_id_fk" FOREIGN KEY ("assigned_officer_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dossier_history" ADD CONSTRAINT "dossier_history_reason_check" CHECK ("dossier_history"."action" not in ('refuse', 'stop', 'request-supplement', 'send-back') or length(trim("dossier_history"."note")) > 0);--> statement-breakpoint
ALTER TABLE "dossiers" ADD CONSTRAINT "dossiers_stage_check" CHECK ("dossiers"."processing_stage" in ('none', 'assigned', 'proposed', 'approved'));