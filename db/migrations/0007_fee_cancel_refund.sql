ALTER TABLE "dossier_history" DROP CONSTRAINT "dossier_history_reason_check";--> statement-breakpoint
ALTER TABLE "payments" ADD COLUMN "cancelled_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "payments" ADD COLUMN "cancel_reason" text;--> statement-breakpoint
ALTER TABLE "payments" ADD COLUMN "cancelled_by" uuid;--> statement-breakpoint
ALTER TABLE "payments" ADD COLUMN "refunded_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "payments" ADD COLUMN "refund_reason" text;--> statement-breakpoint
ALTER TABLE "payments" ADD COLUMN "refund_amount" integer;--> statement-breakpoint
ALTER TABLE "payments" ADD COLUMN "refund_receipt" text;--> statement-breakpoint
ALTER TABLE "payments" ADD COLUMN "refunded_by" uuid;--> statement-breakpoint
ALTER TABLE "payments" ADD CONSTRAINT "payments_cancelled_by_users_id_fk" FOREIGN KEY ("cancelled_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "payments" ADD CONSTRAINT "payments_refunded_by_users_id_fk" FOREIGN KEY ("refunded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
-- Backfill before the CHECKs (hand-written): a fee still waiting on a dossier that was refused,
-- withdrawn or stopped is cancelled; rows marked paid, refunded or cancelled before these columns existed
-- get the facts their status now requires.
UPDATE "payments" SET "status" = 'cancelled', "cancelled_at" = coalesce(d."completed_at", d."updated_at"), "cancel_reason" = 'Hồ sơ đã kết thúc (không được tiếp nhận, rút hoặc dừng xử lý).'
  FROM "dossiers" d WHERE d."id" = "payments"."dossier_id" AND "payments"."status" = 'waiting' AND d."status" IN (3, 7, 8);--> statement-breakpoint
UPDATE "payments" SET "paid_at" = coalesce("paid_at", "updated_at"), "receipt_number" = coalesce("receipt_number", 'BL-' || coalesce("transaction_ref", "id"::text))
  WHERE "status" IN ('paid', 'refunded');--> statement-breakpoint
UPDATE "payments" SET "cancelled_at" = coalesce("cancelled_at", "updated_at"), "cancel_reason" = coalesce(nullif(trim("cancel_reason"), ''), 'Đã hủy (trước khi lý do hủy được ghi nhận).')
  WHERE "status" = 'cancelled';--> statement-breakpoint
UPDATE "payments" SET "refunded_at" = "updated_at", "refund_reason" = 'Đã hoàn tiền (trước khi lý do hoàn được ghi nhận).', "refund_receipt" = 'HP-' || "id"::text, "refund_amount" = "amount"
  WHERE "status" = 'refunded';--> statement-breakpoint
ALTER TABLE "dossier_history" ADD CONSTRAINT "dossier_history_reason_check" CHECK ("dossier_history"."action" not in ('refuse', 'stop', 'request-supplement', 'send-back', 'cancel-payment', 'refund-payment') or length(trim("dossier_history"."note")) > 0);--> statement-breakpoint
ALTER TABLE "payments" ADD CONSTRAINT "payments_paid_check" CHECK (("payments"."status" in ('paid', 'refunded')) = ("payments"."paid_at" is not null and "payments"."receipt_number" is not null));--> statement-breakpoint
ALTER TABLE "payments" ADD CONSTRAINT "payments_cancelled_check" CHECK (("payments"."status" = 'cancelled' and "payments"."cancelled_at" is not null and length(trim(coalesce("payments"."cancel_reason", ''))) > 0)
        or ("payments"."status" <> 'cancelled' and "payments"."cancelled_at" is null and "payments"."cancel_reason" is null));--> statement-breakpoint
ALTER TABLE "payments" ADD CONSTRAINT "payments_refunded_check" CHECK (("payments"."status" = 'refunded' and "payments"."refunded_at" is not null and length(trim(coalesce("payments"."refund_reason", ''))) > 0
          and "payments"."refund_receipt" is not null and coalesce("payments"."refund_amount", 0) between 1 and "payments"."amount")
        or ("payments"."status" <> 'refunded' and "payments"."refunded_at" is null and "payments"."refund_reason" is null and "payments"."refund_receipt" is null and "payments"."refund_amount" is null));