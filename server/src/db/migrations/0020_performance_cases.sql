CREATE TABLE "performance_case_actions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"seq" integer NOT NULL,
	"action" text NOT NULL,
	"owner_id" uuid NOT NULL,
	"start_on" date NOT NULL,
	"due_on" date NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "performance_cases" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"person_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"month" text NOT NULL,
	"snapshot" jsonb NOT NULL,
	"level" text NOT NULL,
	"status" text DEFAULT 'interview' NOT NULL,
	"consecutive_months" integer NOT NULL,
	"previous_case_id" uuid,
	"superior_id" uuid,
	"interview_on" date,
	"interview_notes" text,
	"interviewed_by" uuid,
	"interviewed_at" timestamp with time zone,
	"plan_agreed_by" uuid,
	"plan_agreed_at" timestamp with time zone,
	"decision" text,
	"decision_reasons" text,
	"decision_status" text,
	"decision_by" uuid,
	"decision_at" timestamp with time zone,
	"decision_approved_at" timestamp with time zone,
	"outcome" text,
	"outcome_notes" text,
	"closed_by" uuid,
	"closed_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "performance_case_actions" ADD CONSTRAINT "performance_case_actions_case_id_performance_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."performance_cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "performance_case_actions" ADD CONSTRAINT "performance_case_actions_owner_id_users_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "performance_cases" ADD CONSTRAINT "performance_cases_person_id_users_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "performance_cases" ADD CONSTRAINT "performance_cases_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "performance_cases" ADD CONSTRAINT "performance_cases_superior_id_users_id_fk" FOREIGN KEY ("superior_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "performance_cases" ADD CONSTRAINT "performance_cases_interviewed_by_users_id_fk" FOREIGN KEY ("interviewed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "performance_cases" ADD CONSTRAINT "performance_cases_plan_agreed_by_users_id_fk" FOREIGN KEY ("plan_agreed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "performance_cases" ADD CONSTRAINT "performance_cases_decision_by_users_id_fk" FOREIGN KEY ("decision_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "performance_cases" ADD CONSTRAINT "performance_cases_closed_by_users_id_fk" FOREIGN KEY ("closed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "performance_case_actions_case_id_seq_index" ON "performance_case_actions" USING btree ("case_id","seq");--> statement-breakpoint
CREATE UNIQUE INDEX "performance_cases_person_id_month_index" ON "performance_cases" USING btree ("person_id","month");--> statement-breakpoint
CREATE INDEX "performance_cases_month_status_index" ON "performance_cases" USING btree ("month","status");--> statement-breakpoint
CREATE INDEX "performance_cases_superior_id_status_index" ON "performance_cases" USING btree ("superior_id","status");