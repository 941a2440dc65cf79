CREATE TABLE "statistics_daily" (
	"day" date NOT NULL,
	"unit_id" integer NOT NULL,
	"service_id" integer NOT NULL,
	"channel" smallint NOT NULL,
	"received" integer DEFAULT 0 NOT NULL,
	"resolved_early" integer DEFAULT 0 NOT NULL,
	"resolved_on_time" integer DEFAULT 0 NOT NULL,
	"resolved_late" integer DEFAULT 0 NOT NULL,
	"refused" integer DEFAULT 0 NOT NULL,
	"withdrawn" integer DEFAULT 0 NOT NULL,
	"stopped" integer DEFAULT 0 NOT NULL,
	"overdue_from" integer DEFAULT 0 NOT NULL,
	"closed_after_due" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "statistics_daily_day_unit_id_service_id_channel_pk" PRIMARY KEY("day","unit_id","service_id","channel")
);
--> statement-breakpoint
CREATE TABLE "statistics_monthly" (
	"month" date NOT NULL,
	"unit_id" integer NOT NULL,
	"channel" smallint NOT NULL,
	"received" integer DEFAULT 0 NOT NULL,
	"resolved_early" integer DEFAULT 0 NOT NULL,
	"resolved_on_time" integer DEFAULT 0 NOT NULL,
	"resolved_late" integer DEFAULT 0 NOT NULL,
	"refused" integer DEFAULT 0 NOT NULL,
	"withdrawn" integer DEFAULT 0 NOT NULL,
	"stopped" integer DEFAULT 0 NOT NULL,
	"overdue_from" integer DEFAULT 0 NOT NULL,
	"closed_after_due" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "statistics_monthly_month_unit_id_channel_pk" PRIMARY KEY("month","unit_id","channel")
);
--> statement-breakpoint
ALTER TABLE "statistics_daily" ADD CONSTRAINT "statistics_daily_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "statistics_daily" ADD CONSTRAINT "statistics_daily_service_id_services_id_fk" FOREIGN KEY ("service_id") REFERENCES "public"."services"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "statistics_monthly" ADD CONSTRAINT "statistics_monthly_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "statistics_daily_service_idx" ON "statistics_daily" USING btree ("service_id","day");