CREATE TABLE "fields" (
	"id" serial PRIMARY KEY NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "life_events" (
	"id" serial PRIMARY KEY NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"description" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "service_versions" (
	"id" serial PRIMARY KEY NOT NULL,
	"service_id" integer NOT NULL,
	"version" integer NOT NULL,
	"content" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "services" (
	"id" serial PRIMARY KEY NOT NULL,
	"code" text NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"name" text NOT NULL,
	"field_id" integer NOT NULL,
	"agency_id" integer NOT NULL,
	"performing_body" text NOT NULL,
	"deciding_body" text NOT NULL,
	"level" text NOT NULL,
	"mode" text NOT NULL,
	"audience" text NOT NULL,
	"steps" jsonb NOT NULL,
	"channels" jsonb NOT NULL,
	"documents" jsonb NOT NULL,
	"sets_count" integer NOT NULL,
	"time_limit_value" numeric NOT NULL,
	"time_limit_unit" text NOT NULL,
	"time_limit_text" text NOT NULL,
	"fees" jsonb NOT NULL,
	"fee_legal_basis" text NOT NULL,
	"result" text NOT NULL,
	"legal_basis" jsonb NOT NULL,
	"conditions" text NOT NULL,
	"receiving_address" text NOT NULL,
	"form_definition" jsonb NOT NULL,
	"life_events" text[] DEFAULT '{}'::text[] NOT NULL,
	"popularity" integer DEFAULT 0 NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"name_norm" text NOT NULL,
	"search_norm" text NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "services_level_check" CHECK ("services"."level" in ('tinh', 'huyen', 'xa')),
	CONSTRAINT "services_mode_check" CHECK ("services"."mode" in ('toan-trinh', 'mot-phan')),
	CONSTRAINT "services_audience_check" CHECK ("services"."audience" in ('cong-dan', 'doanh-nghiep', 'ca-hai')),
	CONSTRAINT "services_time_unit_check" CHECK ("services"."time_limit_unit" in ('ngay-lam-viec', 'gio-lam-viec')),
	CONSTRAINT "services_version_check" CHECK ("services"."version" >= 1)
);
--> statement-breakpoint
CREATE TABLE "units" (
	"id" serial PRIMARY KEY NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"short_name" text NOT NULL,
	"kind" text NOT NULL,
	"tier" text NOT NULL,
	"parent_id" integer,
	"address" text NOT NULL,
	"phone" text NOT NULL,
	CONSTRAINT "units_kind_check" CHECK ("units"."kind" in ('province', 'agency', 'district', 'commune')),
	CONSTRAINT "units_tier_check" CHECK ("units"."tier" in ('tinh', 'huyen', 'xa')),
	CONSTRAINT "units_code_format" CHECK ("units"."code" ~ '^[0-9]{3}\.[0-9]{2}\.[0-9]{2}\.H[0-9]{2}$')
);
--> statement-breakpoint
ALTER TABLE "service_versions" ADD CONSTRAINT "service_versions_service_id_services_id_fk" FOREIGN KEY ("service_id") REFERENCES "public"."services"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "services" ADD CONSTRAINT "services_field_id_fields_id_fk" FOREIGN KEY ("field_id") REFERENCES "public"."fields"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "services" ADD CONSTRAINT "services_agency_id_units_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "units" ADD CONSTRAINT "units_parent_id_units_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "fields_code_key" ON "fields" USING btree ("code");--> statement-breakpoint
CREATE UNIQUE INDEX "life_events_code_key" ON "life_events" USING btree ("code");--> statement-breakpoint
CREATE UNIQUE INDEX "service_versions_service_version_key" ON "service_versions" USING btree ("service_id","version");--> statement-breakpoint
CREATE UNIQUE INDEX "services_code_key" ON "services" USING btree ("code");--> statement-breakpoint
CREATE INDEX "services_field_idx" ON "services" USING btree ("field_id");--> statement-breakpoint
CREATE INDEX "services_agency_idx" ON "services" USING btree ("agency_id");--> statement-breakpoint
CREATE INDEX "services_level_mode_idx" ON "services" USING btree ("level","mode");--> statement-breakpoint
CREATE INDEX "services_popularity_idx" ON "services" USING btree ("popularity" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "services_name_norm_trgm_idx" ON "services" USING gin ("name_norm" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "services_search_norm_trgm_idx" ON "services" USING gin ("search_norm" gin_trgm_ops);--> statement-breakpoint
CREATE UNIQUE INDEX "units_code_key" ON "units" USING btree ("code");--> statement-breakpoint
CREATE INDEX "units_parent_idx" ON "units" USING btree ("parent_id");