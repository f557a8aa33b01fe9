CREATE TABLE "day_summaries" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"unit_id" uuid NOT NULL,
	"day" date NOT NULL,
	"assistant_id" uuid NOT NULL,
	"status" text DEFAULT 'assembled' NOT NULL,
	"content" jsonb NOT NULL,
	"remarks" text DEFAULT '' NOT NULL,
	"assembled_at" timestamp with time zone NOT NULL,
	"send_by" timestamp with time zone NOT NULL,
	"sent_at" timestamp with time zone,
	"sent_by" uuid,
	"recipient_ids" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "sanctions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"person_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"reasons" text NOT NULL,
	"fine_fen" bigint,
	"violation_ids" uuid[] DEFAULT '{}' NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"decided_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "violations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"person_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"category" text NOT NULL,
	"occurred_at" timestamp with time zone NOT NULL,
	"description" text NOT NULL,
	"source" text NOT NULL,
	"source_ref" text,
	"minutes_late" integer,
	"fine_fen" bigint NOT NULL,
	"harm_fine_fen" bigint DEFAULT 0 NOT NULL,
	"harm_note" text,
	"repeat_count" integer,
	"dismissal_flag" boolean DEFAULT false NOT NULL,
	"status" text DEFAULT 'recorded' NOT NULL,
	"appeal_reason" text,
	"appeal_to_id" uuid,
	"appealed_at" timestamp with time zone,
	"decided_by_id" uuid,
	"decided_at" timestamp with time zone,
	"decision_reason" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "meeting_assignments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"meeting_id" uuid NOT NULL,
	"assignee_id" uuid NOT NULL,
	"task_assignee_id" uuid NOT NULL,
	"task_id" uuid NOT NULL,
	"content" text NOT NULL,
	"due_at" timestamp with time zone NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"created_by" uuid
);
--> statement-breakpoint
CREATE TABLE "meeting_attendance" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"meeting_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"exemption" text,
	"arrived_at" timestamp with time zone,
	"minutes_late" integer,
	"reason" text,
	"recorded_by" uuid,
	"recorded_at" timestamp with time zone,
	"late_reported_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "meetings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"unit_id" uuid NOT NULL,
	"day" date NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"host_id" uuid,
	"status" text DEFAULT 'open' NOT NULL,
	"figures_day" date,
	"figures_report_id" uuid,
	"figures" jsonb,
	"problems" text DEFAULT '' NOT NULL,
	"views" text DEFAULT '' NOT NULL,
	"minutes" text DEFAULT '' NOT NULL,
	"closed_at" timestamp with time zone,
	"closed_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "market_intel_entries" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kind" text NOT NULL,
	"competitor" text,
	"product" text,
	"price_fen" bigint,
	"region" text,
	"source" text,
	"observed_on" date NOT NULL,
	"content" text NOT NULL,
	"customer_id" uuid,
	"visit_id" uuid,
	"user_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "month_summaries" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"author_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"month" text NOT NULL,
	"results" text DEFAULT '' NOT NULL,
	"problems" text DEFAULT '' NOT NULL,
	"next_plan" text DEFAULT '' NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"submitted_at" timestamp with time zone,
	"reader_id" uuid,
	"read_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "suggestions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"number" text NOT NULL,
	"title" text NOT NULL,
	"content" text NOT NULL,
	"category" text NOT NULL,
	"user_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"decision_note" text,
	"decided_by" uuid,
	"decided_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "dev_plans" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"goals" text NOT NULL,
	"actions" jsonb NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"review_comment" text,
	"reviewed_by" uuid,
	"reviewed_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "training_attendees" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"session_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"attendance" text DEFAULT 'invited' NOT NULL,
	"score" integer,
	"passed" boolean,
	"excellent" boolean DEFAULT false NOT NULL,
	"result_note" text,
	"result_at" timestamp with time zone,
	"result_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "training_sessions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"topic" text NOT NULL,
	"title" text NOT NULL,
	"trainer_id" uuid,
	"trainer_name" text,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"place" text NOT NULL,
	"unit_id" uuid NOT NULL,
	"organizer_id" uuid NOT NULL,
	"audience" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "work_log_revisions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"log_id" uuid NOT NULL,
	"before" jsonb NOT NULL,
	"after" jsonb NOT NULL,
	"reason" text NOT NULL,
	"changed_by" uuid NOT NULL,
	"changed_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
DROP INDEX "daily_reports_person_day";--> statement-breakpoint
ALTER TABLE "daily_reports" ADD COLUMN "submitted_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "day_summaries" ADD CONSTRAINT "day_summaries_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "day_summaries" ADD CONSTRAINT "day_summaries_assistant_id_users_id_fk" FOREIGN KEY ("assistant_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "day_summaries" ADD CONSTRAINT "day_summaries_sent_by_users_id_fk" FOREIGN KEY ("sent_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sanctions" ADD CONSTRAINT "sanctions_person_id_users_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sanctions" ADD CONSTRAINT "sanctions_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "violations" ADD CONSTRAINT "violations_person_id_users_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "violations" ADD CONSTRAINT "violations_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_assignments" ADD CONSTRAINT "meeting_assignments_meeting_id_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meetings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_assignments" ADD CONSTRAINT "meeting_assignments_assignee_id_users_id_fk" FOREIGN KEY ("assignee_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_assignments" ADD CONSTRAINT "meeting_assignments_task_assignee_id_users_id_fk" FOREIGN KEY ("task_assignee_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_assignments" ADD CONSTRAINT "meeting_assignments_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_attendance" ADD CONSTRAINT "meeting_attendance_meeting_id_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meetings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_attendance" ADD CONSTRAINT "meeting_attendance_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_attendance" ADD CONSTRAINT "meeting_attendance_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meetings" ADD CONSTRAINT "meetings_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meetings" ADD CONSTRAINT "meetings_host_id_users_id_fk" FOREIGN KEY ("host_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meetings" ADD CONSTRAINT "meetings_closed_by_users_id_fk" FOREIGN KEY ("closed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "market_intel_entries" ADD CONSTRAINT "market_intel_entries_customer_id_customers_id_fk" FOREIGN KEY ("customer_id") REFERENCES "public"."customers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "market_intel_entries" ADD CONSTRAINT "market_intel_entries_visit_id_visits_id_fk" FOREIGN KEY ("visit_id") REFERENCES "public"."visits"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "market_intel_entries" ADD CONSTRAINT "market_intel_entries_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "market_intel_entries" ADD CONSTRAINT "market_intel_entries_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "month_summaries" ADD CONSTRAINT "month_summaries_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "month_summaries" ADD CONSTRAINT "month_summaries_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "month_summaries" ADD CONSTRAINT "month_summaries_reader_id_users_id_fk" FOREIGN KEY ("reader_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "suggestions" ADD CONSTRAINT "suggestions_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "suggestions" ADD CONSTRAINT "suggestions_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "suggestions" ADD CONSTRAINT "suggestions_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dev_plans" ADD CONSTRAINT "dev_plans_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dev_plans" ADD CONSTRAINT "dev_plans_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dev_plans" ADD CONSTRAINT "dev_plans_reviewed_by_users_id_fk" FOREIGN KEY ("reviewed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_attendees" ADD CONSTRAINT "training_attendees_session_id_training_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."training_sessions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_attendees" ADD CONSTRAINT "training_attendees_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_attendees" ADD CONSTRAINT "training_attendees_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_attendees" ADD CONSTRAINT "training_attendees_result_by_users_id_fk" FOREIGN KEY ("result_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_sessions" ADD CONSTRAINT "training_sessions_trainer_id_users_id_fk" FOREIGN KEY ("trainer_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_sessions" ADD CONSTRAINT "training_sessions_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_sessions" ADD CONSTRAINT "training_sessions_organizer_id_users_id_fk" FOREIGN KEY ("organizer_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "work_log_revisions" ADD CONSTRAINT "work_log_revisions_log_id_work_logs_id_fk" FOREIGN KEY ("log_id") REFERENCES "public"."work_logs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "work_log_revisions" ADD CONSTRAINT "work_log_revisions_changed_by_users_id_fk" FOREIGN KEY ("changed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "day_summaries_unit_id_day_index" ON "day_summaries" USING btree ("unit_id","day");--> statement-breakpoint
CREATE INDEX "day_summaries_assistant_id_status_index" ON "day_summaries" USING btree ("assistant_id","status");--> statement-breakpoint
CREATE INDEX "day_summaries_day_index" ON "day_summaries" USING btree ("day");--> statement-breakpoint
CREATE INDEX "sanctions_person_id_index" ON "sanctions" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "violations_person_id_occurred_at_index" ON "violations" USING btree ("person_id","occurred_at");--> statement-breakpoint
CREATE INDEX "violations_appeal_to_id_status_index" ON "violations" USING btree ("appeal_to_id","status");--> statement-breakpoint
CREATE INDEX "meeting_assignments_meeting_id_index" ON "meeting_assignments" USING btree ("meeting_id");--> statement-breakpoint
CREATE UNIQUE INDEX "meeting_attendance_meeting_id_user_id_index" ON "meeting_attendance" USING btree ("meeting_id","user_id");--> statement-breakpoint
CREATE INDEX "meeting_attendance_user_id_index" ON "meeting_attendance" USING btree ("user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "meetings_unit_id_day_index" ON "meetings" USING btree ("unit_id","day");--> statement-breakpoint
CREATE INDEX "meetings_day_index" ON "meetings" USING btree ("day");--> statement-breakpoint
CREATE INDEX "market_intel_entries_user_id_observed_on_index" ON "market_intel_entries" USING btree ("user_id","observed_on");--> statement-breakpoint
CREATE INDEX "market_intel_entries_unit_id_observed_on_index" ON "market_intel_entries" USING btree ("unit_id","observed_on");--> statement-breakpoint
CREATE INDEX "market_intel_entries_customer_id_index" ON "market_intel_entries" USING btree ("customer_id");--> statement-breakpoint
CREATE INDEX "market_intel_entries_kind_observed_on_index" ON "market_intel_entries" USING btree ("kind","observed_on");--> statement-breakpoint
CREATE UNIQUE INDEX "month_summaries_author_id_month_index" ON "month_summaries" USING btree ("author_id","month");--> statement-breakpoint
CREATE INDEX "month_summaries_unit_id_month_index" ON "month_summaries" USING btree ("unit_id","month");--> statement-breakpoint
CREATE UNIQUE INDEX "suggestions_number_index" ON "suggestions" USING btree ("number");--> statement-breakpoint
CREATE INDEX "suggestions_user_id_created_at_index" ON "suggestions" USING btree ("user_id","created_at");--> statement-breakpoint
CREATE INDEX "suggestions_unit_id_status_index" ON "suggestions" USING btree ("unit_id","status");--> statement-breakpoint
CREATE UNIQUE INDEX "dev_plans_user_id_year_index" ON "dev_plans" USING btree ("user_id","year");--> statement-breakpoint
CREATE INDEX "dev_plans_unit_id_index" ON "dev_plans" USING btree ("unit_id");--> statement-breakpoint
CREATE UNIQUE INDEX "training_attendees_session_id_user_id_index" ON "training_attendees" USING btree ("session_id","user_id");--> statement-breakpoint
CREATE INDEX "training_attendees_user_id_index" ON "training_attendees" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "training_sessions_starts_at_index" ON "training_sessions" USING btree ("starts_at");--> statement-breakpoint
CREATE INDEX "training_sessions_unit_id_index" ON "training_sessions" USING btree ("unit_id");--> statement-breakpoint
CREATE INDEX "work_log_revisions_log_id_changed_at_index" ON "work_log_revisions" USING btree ("log_id","changed_at");--> statement-breakpoint
CREATE UNIQUE INDEX "daily_reports_unit_day" ON "daily_reports" USING btree ("unit_id","day") WHERE "daily_reports"."user_id" is null;--> statement-breakpoint
CREATE INDEX "daily_reports_review_status_index" ON "daily_reports" USING btree ("review_status");--> statement-breakpoint
CREATE UNIQUE INDEX "daily_reports_person_day" ON "daily_reports" USING btree ("user_id","day") WHERE "daily_reports"."user_id" is not null;--> statement-breakpoint
-- Q2C-9/PEN-2: seal incidents recorded before the move become violations with their fines, on the ledger.
WITH moved AS (
	INSERT INTO "violations" ("person_id", "unit_id", "category", "occurred_at", "description", "source", "source_ref", "fine_fen", "harm_note", "created_at", "created_by", "updated_at")
	SELECT sv."user_id", u."unit_id", 'seal_misuse', sv."at", s."name" || '：' || sv."description", 'seal', sv."id"::text, coalesce(sv."fine_fen", 0), sv."harm_note", sv."at", sv."actor_id", sv."at"
	FROM "seal_violations" sv JOIN "users" u ON u."id" = sv."user_id" JOIN "seals" s ON s."id" = sv."seal_id"
	RETURNING "id", "person_id", "fine_fen", "occurred_at", "created_by"
)
INSERT INTO "ledger_entries" ("account", "holder_id", "amount", "kind", "ref_type", "ref_id", "idempotency_key", "at", "actor_id")
SELECT 'fines', m."person_id", m."fine_fen", 'fine', 'violation', m."id", 'violation:' || m."id" || ':fine', m."occurred_at", m."created_by"
FROM moved m WHERE m."fine_fen" > 0;--> statement-breakpoint
ALTER TABLE "seal_violations" DROP COLUMN "fine_fen";