ALTER TABLE "seal_violations" ALTER COLUMN "log_id" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "seal_violations" ADD COLUMN "harm_note" text;--> statement-breakpoint
ALTER TABLE "seal_violations" ADD COLUMN "fine_fen" bigint;