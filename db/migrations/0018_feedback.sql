CREATE TABLE "feedback_attachments" (
	"feedback_id" uuid NOT NULL,
	"file_id" uuid NOT NULL
);
--> statement-breakpoint
CREATE TABLE "feedback_code_counters" (
	"day" text PRIMARY KEY NOT NULL,
	"last_number" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "feedback_history" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"feedback_id" uuid NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"actor_user_id" uuid,
	"actor_kind" text NOT NULL,
	"actor_name" text DEFAULT '' NOT NULL,
	"action" text NOT NULL,
	"from_status" text,
	"to_status" text,
	"note" text DEFAULT '' NOT NULL,
	"data" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"visibility" text DEFAULT 'internal' NOT NULL,
	"unit_id" integer,
	CONSTRAINT "feedback_history_actor_check" CHECK ("feedback_history"."actor_kind" in ('citizen', 'officer', 'system')),
	CONSTRAINT "feedback_history_visibility_check" CHECK ("feedback_history"."visibility" in ('public', 'internal')),
	CONSTRAINT "feedback_history_reason_check" CHECK ("feedback_history"."action" not in ('close', 'return-to-centre', 'request-revision', 'reopen') or length(trim("feedback_history"."note")) > 0)
);
--> statement-breakpoint
CREATE TABLE "feedback_items" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"code" text NOT NULL,
	"kind" text NOT NULL,
	"channel" text NOT NULL,
	"subject" text NOT NULL,
	"content" text NOT NULL,
	"related_dossier_id" uuid,
	"concerned_unit_id" integer,
	"sender_name" text NOT NULL,
	"sender_phone" text DEFAULT '' NOT NULL,
	"sender_email" text DEFAULT '' NOT NULL,
	"user_id" uuid,
	"consent_to_publish" boolean DEFAULT false NOT NULL,
	"status" text NOT NULL,
	"field_id" integer,
	"assigned_unit_id" integer,
	"forwarded_at" timestamp with time zone,
	"due_at" timestamp with time zone,
	"returned_before" boolean DEFAULT false NOT NULL,
	"reopened_before" boolean DEFAULT false NOT NULL,
	"agency_answer_text" text,
	"agency_answered_at" timestamp with time zone,
	"answer_text" text,
	"answered_at" timestamp with time zone,
	"published_answer_text" text,
	"published_subject" text,
	"published_content" text,
	"published_at" timestamp with time zone,
	"search_text" text DEFAULT '' NOT NULL,
	"published_search_text" text DEFAULT '' NOT NULL,
	"rating" text,
	"rated_at" timestamp with time zone,
	"received_by_user_id" uuid,
	"client_address" text DEFAULT '' NOT NULL,
	"content_hash" text DEFAULT '' NOT NULL,
	"submitted_at" timestamp with time zone NOT NULL,
	"closed_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "feedback_items_code_format" CHECK ("feedback_items"."code" ~ '^PAKN-[0-9]{6}-[0-9]{4}$'),
	CONSTRAINT "feedback_items_kind_check" CHECK ("feedback_items"."kind" in ('hoi-thong-tin', 'phan-anh', 'kien-nghi')),
	CONSTRAINT "feedback_items_channel_check" CHECK ("feedback_items"."channel" in ('web', 'phone', 'zalo', 'email', 'letter')),
	CONSTRAINT "feedback_items_status_check" CHECK ("feedback_items"."status" in ('new', 'forwarded', 'returned', 'agency-answered', 'answered', 'reopened', 'closed')),
	CONSTRAINT "feedback_items_rating_check" CHECK ("feedback_items"."rating" is null or "feedback_items"."rating" in ('satisfied', 'not-satisfied')),
	CONSTRAINT "feedback_items_email_lower" CHECK ("feedback_items"."sender_email" = lower("feedback_items"."sender_email")),
	CONSTRAINT "feedback_items_phone_digits" CHECK ("feedback_items"."sender_phone" ~ '^[0-9]*$'),
	CONSTRAINT "feedback_items_forwarded_check" CHECK ("feedback_items"."status" not in ('forwarded', 'agency-answered') or ("feedback_items"."assigned_unit_id" is not null and "feedback_items"."due_at" is not null)),
	CONSTRAINT "feedback_items_answered_check" CHECK ("feedback_items"."status" <> 'answered' or "feedback_items"."answer_text" is not null),
	CONSTRAINT "feedback_items_published_check" CHECK ("feedback_items"."published_at" is null or ("feedback_items"."consent_to_publish" and "feedback_items"."published_answer_text" is not null)),
	CONSTRAINT "feedback_items_sizes_check" CHECK (length("feedback_items"."subject") <= 200 and length("feedback_items"."content") <= 5000)
);
--> statement-breakpoint
ALTER TABLE "feedback_attachments" ADD CONSTRAINT "feedback_attachments_feedback_id_feedback_items_id_fk" FOREIGN KEY ("feedback_id") REFERENCES "public"."feedback_items"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "feedback_attachments" ADD CONSTRAINT "feedback_attachments_file_id_files_id_fk" FOREIGN KEY ("file_id") REFERENCES "public"."files"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "feedback_history" ADD CONSTRAINT "feedback_history_feedback_id_feedback_items_id_fk" FOREIGN KEY ("feedback_id") REFERENCES "public"."feedback_items"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "feedback_history" ADD CONSTRAINT "feedback_history_actor_user_id_users_id_fk" FOREIGN KEY ("actor_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "feedback_history" ADD CONSTRAINT "feedback_history_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "feedback_items" ADD CONSTRAINT "feedback_items_related_dossier_id_dossiers_id_fk" FOREIGN KEY ("related_dossier_id") REFERENCES "public"."dossiers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "feedback_items" ADD CONSTRAINT "feedback_items_concerned_unit_id_units_id_fk" FOREIGN KEY ("concerned_unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "feedback_items" ADD CONSTRAINT "feedback_items_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "feedback_items" ADD CONSTRAINT "feedback_items_field_id_fields_id_fk" FOREIGN KEY ("field_id") REFERENCES "public"."fields"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "feedback_items" ADD CONSTRAINT "feedback_items_assigned_unit_id_units_id_fk" FOREIGN KEY ("assigned_unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "feedback_items" ADD CONSTRAINT "feedback_items_received_by_user_id_users_id_fk" FOREIGN KEY ("received_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "feedback_attachments_file_key" ON "feedback_attachments" USING btree ("file_id");--> statement-breakpoint
CREATE INDEX "feedback_attachments_item_idx" ON "feedback_attachments" USING btree ("feedback_id");--> statement-breakpoint
CREATE INDEX "feedback_history_item_idx" ON "feedback_history" USING btree ("feedback_id","at");--> statement-breakpoint
CREATE UNIQUE INDEX "feedback_items_code_key" ON "feedback_items" USING btree ("code");--> statement-breakpoint
CREATE INDEX "feedback_items_status_idx" ON "feedback_items" USING btree ("status","submitted_at");--> statement-breakpoint
CREATE INDEX "feedback_items_assigned_idx" ON "feedback_items" USING btree ("assigned_unit_id","status","due_at");--> statement-breakpoint
CREATE INDEX "feedback_items_user_idx" ON "feedback_items" USING btree ("user_id","submitted_at");--> statement-breakpoint
CREATE INDEX "feedback_items_phone_idx" ON "feedback_items" USING btree ("sender_phone");--> statement-breakpoint
CREATE INDEX "feedback_items_duplicate_idx" ON "feedback_items" USING btree ("content_hash","submitted_at");--> statement-breakpoint
CREATE INDEX "feedback_items_submitted_idx" ON "feedback_items" USING btree ("submitted_at");--> statement-breakpoint
CREATE INDEX "feedback_items_published_idx" ON "feedback_items" USING btree ("published_at") WHERE "feedback_items"."published_at" is not null;--> statement-breakpoint
-- The feedback history is append-only: the database itself refuses to change or remove an entry.
CREATE OR REPLACE FUNCTION feedback_history_append_only() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'feedback_history is append-only (% refused)', TG_OP USING ERRCODE = '42501';
END;
$$;
--> statement-breakpoint
CREATE TRIGGER feedback_history_no_update BEFORE UPDATE OR DELETE ON feedback_history
  FOR EACH ROW EXECUTE FUNCTION feedback_history_append_only();
--> statement-breakpoint
CREATE TRIGGER feedback_history_no_truncate BEFORE TRUNCATE ON feedback_history
  FOR EACH STATEMENT EXECUTE FUNCTION feedback_history_append_only();
