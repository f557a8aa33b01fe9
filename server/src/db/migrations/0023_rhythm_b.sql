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
DROP INDEX "daily_reports_person_day";--> statement-breakpoint
ALTER TABLE "daily_reports" ADD COLUMN "submitted_at" timestamp with time zone;--> statement-breakpoint
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
CREATE INDEX "meeting_assignments_meeting_id_index" ON "meeting_assignments" USING btree ("meeting_id");--> statement-breakpoint
CREATE UNIQUE INDEX "meeting_attendance_meeting_id_user_id_index" ON "meeting_attendance" USING btree ("meeting_id","user_id");--> statement-breakpoint
CREATE INDEX "meeting_attendance_user_id_index" ON "meeting_attendance" USING btree ("user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "meetings_unit_id_day_index" ON "meetings" USING btree ("unit_id","day");--> statement-breakpoint
CREATE INDEX "meetings_day_index" ON "meetings" USING btree ("day");--> statement-breakpoint
CREATE UNIQUE INDEX "daily_reports_unit_day" ON "daily_reports" USING btree ("unit_id","day") WHERE "daily_reports"."user_id" is null;--> statement-breakpoint
CREATE INDEX "daily_reports_review_status_index" ON "daily_reports" USING btree ("review_status");--> statement-breakpoint
CREATE UNIQUE INDEX "daily_reports_person_day" ON "daily_reports" USING btree ("user_id","day") WHERE "daily_reports"."user_id" is not null;