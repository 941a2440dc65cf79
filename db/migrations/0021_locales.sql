ALTER TABLE "users" ADD COLUMN "locale" text DEFAULT 'vi' NOT NULL;--> statement-breakpoint
ALTER TABLE "dossiers" ADD COLUMN "locale" text DEFAULT 'vi' NOT NULL;--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_locale_check" CHECK ("users"."locale" in ('vi', 'en'));--> statement-breakpoint
ALTER TABLE "dossiers" ADD CONSTRAINT "dossiers_locale_check" CHECK ("dossiers"."locale" in ('vi', 'en'));