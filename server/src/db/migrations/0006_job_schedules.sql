ALTER TABLE "jobs" ALTER COLUMN "interval_seconds" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "jobs" ALTER COLUMN "next_run_at" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "job_runs" ADD COLUMN "attempt" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "job_runs" ADD COLUMN "trigger" text DEFAULT 'schedule' NOT NULL;--> statement-breakpoint
ALTER TABLE "job_runs" ADD COLUMN "retry_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "jobs" ADD COLUMN "schedule" text;--> statement-breakpoint
ALTER TABLE "jobs" ADD COLUMN "retry_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "jobs" ADD COLUMN "retry_attempt" integer;--> statement-breakpoint
ALTER TABLE "jobs" ADD COLUMN "retry_tick_at" timestamp with time zone;--> statement-breakpoint
CREATE INDEX "job_runs_name_started_at_index" ON "job_runs" USING btree ("name","started_at");