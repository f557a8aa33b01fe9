CREATE TABLE "general_requests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"title" text NOT NULL,
	"content" text NOT NULL,
	"amount_fen" bigint,
	"status" text DEFAULT 'draft' NOT NULL,
	"owner_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "appeals" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"appellant_id" uuid NOT NULL,
	"to_user_id" uuid NOT NULL,
	"task_id" uuid,
	"content" text NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"response" text,
	"answered_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "tasks" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"assigner_id" uuid NOT NULL,
	"assignee_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"content" text NOT NULL,
	"due_at" timestamp with time zone NOT NULL,
	"place" text NOT NULL,
	"action_plan" text NOT NULL,
	"control_method" text NOT NULL,
	"evaluation_method" text NOT NULL,
	"source" text NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"done_at" timestamp with time zone,
	"done_note" text,
	"evaluation" text,
	"score" integer,
	"evaluated_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "approval_requests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"doc_type" text NOT NULL,
	"doc_id" text NOT NULL,
	"title" text NOT NULL,
	"submitter_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"amount_fen" bigint,
	"status" text NOT NULL,
	"current_seq" integer,
	"round" integer DEFAULT 1 NOT NULL,
	"submitted_at" timestamp with time zone NOT NULL,
	"decided_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "approval_steps" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"request_id" uuid NOT NULL,
	"seq" integer NOT NULL,
	"rule" jsonb NOT NULL,
	"approver_id" uuid NOT NULL,
	"escalated_reason" text,
	"status" text NOT NULL,
	"comment" text,
	"decided_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "due_items" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kind" text NOT NULL,
	"title" text NOT NULL,
	"owner_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"subject_type" text NOT NULL,
	"subject_id" text NOT NULL,
	"due_at" timestamp with time zone NOT NULL,
	"rule" jsonb NOT NULL,
	"ladder" jsonb NOT NULL,
	"rungs_fired" integer DEFAULT 0 NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"closed_at" timestamp with time zone,
	"closed_reason" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "job_runs" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"tick_at" timestamp with time zone NOT NULL,
	"instance" text NOT NULL,
	"started_at" timestamp with time zone NOT NULL,
	"finished_at" timestamp with time zone,
	"result" text NOT NULL,
	"message" text
);
--> statement-breakpoint
CREATE TABLE "jobs" (
	"name" text PRIMARY KEY NOT NULL,
	"interval_seconds" integer NOT NULL,
	"next_run_at" timestamp with time zone NOT NULL,
	"last_run_at" timestamp with time zone,
	"last_result" text,
	"last_message" text,
	"last_duration_ms" integer
);
--> statement-breakpoint
CREATE TABLE "mail_outbox" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"to_address" text NOT NULL,
	"user_id" uuid,
	"subject" text NOT NULL,
	"body" text NOT NULL,
	"status" text NOT NULL,
	"error" text,
	"created_at" timestamp with time zone NOT NULL,
	"sent_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "notification_prefs" (
	"user_id" uuid NOT NULL,
	"event" text NOT NULL,
	"email" boolean NOT NULL,
	CONSTRAINT "notification_prefs_user_id_event_pk" PRIMARY KEY("user_id","event")
);
--> statement-breakpoint
CREATE TABLE "notifications" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"event" text NOT NULL,
	"title_zh" text NOT NULL,
	"title_en" text NOT NULL,
	"body_zh" text,
	"body_en" text,
	"subject_type" text,
	"subject_id" text,
	"link" text,
	"created_at" timestamp with time zone NOT NULL,
	"read_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "policy_values" ADD COLUMN "acknowledged_by" uuid;--> statement-breakpoint
ALTER TABLE "policy_values" ADD COLUMN "acknowledged_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "approval_steps" ADD CONSTRAINT "approval_steps_request_id_approval_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."approval_requests"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "general_requests_owner_id_index" ON "general_requests" USING btree ("owner_id");--> statement-breakpoint
CREATE INDEX "general_requests_unit_id_index" ON "general_requests" USING btree ("unit_id");--> statement-breakpoint
CREATE INDEX "general_requests_status_index" ON "general_requests" USING btree ("status");--> statement-breakpoint
CREATE INDEX "appeals_to_user_id_status_index" ON "appeals" USING btree ("to_user_id","status");--> statement-breakpoint
CREATE INDEX "appeals_appellant_id_index" ON "appeals" USING btree ("appellant_id");--> statement-breakpoint
CREATE INDEX "tasks_assignee_id_status_index" ON "tasks" USING btree ("assignee_id","status");--> statement-breakpoint
CREATE INDEX "tasks_assigner_id_index" ON "tasks" USING btree ("assigner_id");--> statement-breakpoint
CREATE INDEX "approval_requests_doc_type_doc_id_index" ON "approval_requests" USING btree ("doc_type","doc_id");--> statement-breakpoint
CREATE INDEX "approval_requests_submitter_id_index" ON "approval_requests" USING btree ("submitter_id");--> statement-breakpoint
CREATE INDEX "approval_requests_status_index" ON "approval_requests" USING btree ("status");--> statement-breakpoint
CREATE INDEX "approval_steps_request_id_index" ON "approval_steps" USING btree ("request_id");--> statement-breakpoint
CREATE INDEX "approval_steps_approver_id_status_index" ON "approval_steps" USING btree ("approver_id","status");--> statement-breakpoint
CREATE INDEX "due_items_owner_id_status_index" ON "due_items" USING btree ("owner_id","status");--> statement-breakpoint
CREATE INDEX "due_items_status_due_at_index" ON "due_items" USING btree ("status","due_at");--> statement-breakpoint
CREATE INDEX "due_items_subject_type_subject_id_index" ON "due_items" USING btree ("subject_type","subject_id");--> statement-breakpoint
CREATE INDEX "job_runs_name_tick_at_index" ON "job_runs" USING btree ("name","tick_at");--> statement-breakpoint
CREATE INDEX "mail_outbox_status_created_at_index" ON "mail_outbox" USING btree ("status","created_at");--> statement-breakpoint
CREATE INDEX "notifications_user_id_read_at_index" ON "notifications" USING btree ("user_id","read_at");--> statement-breakpoint
CREATE INDEX "policy_values_unit_id_index" ON "policy_values" USING btree ("unit_id");