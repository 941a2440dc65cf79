CREATE TABLE "statistics_monthly_service" (
	"month" date NOT NULL,
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
	CONSTRAINT "statistics_monthly_service_service_id_month_channel_pk" PRIMARY KEY("service_id","month","channel")
);
--> statement-breakpoint
CREATE TABLE "statistics_monthly_unit_service" (
	"month" date NOT NULL,
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
	CONSTRAINT "statistics_monthly_unit_service_unit_id_month_service_id_channel_pk" PRIMARY KEY("unit_id","month","service_id","channel")
);
--> statement-breakpoint
ALTER TABLE "statistics_monthly_service" ADD CONSTRAINT "statistics_monthly_service_service_id_services_id_fk" FOREIGN KEY ("service_id") REFERENCES "public"."services"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "statistics_monthly_unit_service" ADD CONSTRAINT "statistics_monthly_unit_service_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "statistics_monthly_unit_service" ADD CONSTRAINT "statistics_monthly_unit_service_service_id_services_id_fk" FOREIGN KEY ("service_id") REFERENCES "public"."services"("id") ON DELETE no action ON UPDATE no action;