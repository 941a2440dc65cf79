CREATE TABLE "divisions" (
	"id" serial PRIMARY KEY NOT NULL,
	"unit_id" integer NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"kind" text NOT NULL,
	"sort_order" integer NOT NULL,
	CONSTRAINT "divisions_id_unit_key" UNIQUE("id","unit_id"),
	CONSTRAINT "divisions_kind_check" CHECK ("divisions"."kind" in ('phong', 'chi-cuc', 'phong-huyen')),
	CONSTRAINT "divisions_code_format" CHECK ("divisions"."code" ~ '^[a-z0-9]+(-[a-z0-9]+)*$' and length("divisions"."code") <= 80),
	CONSTRAINT "divisions_name_not_blank" CHECK (length(btrim("divisions"."name")) between 2 and 200),
	CONSTRAINT "divisions_sort_order_check" CHECK ("divisions"."sort_order" >= 0)
);
--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "division_id" integer;--> statement-breakpoint
ALTER TABLE "divisions" ADD CONSTRAINT "divisions_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "divisions_unit_code_key" ON "divisions" USING btree ("unit_id","code");--> statement-breakpoint
CREATE UNIQUE INDEX "divisions_unit_name_key" ON "divisions" USING btree ("unit_id","name");--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_division_unit_fk" FOREIGN KEY ("division_id","unit_id") REFERENCES "public"."divisions"("id","unit_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "users_division_idx" ON "users" USING btree ("division_id");--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_division_needs_officer_unit" CHECK ("users"."division_id" is null or ("users"."kind" = 'officer' and "users"."unit_id" is not null));
--> statement-breakpoint
-- A division's kind must fit its unit: phòng and chi cục inside a provincial agency, phòng huyện inside a district.
CREATE FUNCTION divisions_kind_fits_unit() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  unit_kind text;
BEGIN
  SELECT kind INTO unit_kind FROM units WHERE id = NEW.unit_id;
  IF NOT ((unit_kind = 'agency' AND NEW.kind IN ('phong', 'chi-cuc')) OR (unit_kind = 'district' AND NEW.kind = 'phong-huyen')) THEN
    RAISE EXCEPTION 'a % division does not belong in a unit of kind %', NEW.kind, unit_kind USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END
$$;
--> statement-breakpoint
CREATE TRIGGER divisions_kind_fits_unit BEFORE INSERT OR UPDATE OF unit_id, kind ON divisions
  FOR EACH ROW EXECUTE FUNCTION divisions_kind_fits_unit();
