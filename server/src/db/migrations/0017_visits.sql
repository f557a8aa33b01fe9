CREATE TABLE "visit_plan_changes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"plan_id" uuid NOT NULL,
	"reason" text NOT NULL,
	"proposed_lines" jsonb NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"decided_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "visit_plan_lines" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"plan_id" uuid NOT NULL,
	"customer_id" uuid NOT NULL,
	"purpose" text NOT NULL,
	"planned_on" date NOT NULL,
	"planned_minutes" integer NOT NULL,
	"note" text,
	"position" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "visit_plans" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"rep_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"month_on" date NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"submitted_at" timestamp with time zone,
	"approved_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "visit_commitments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"visit_id" uuid NOT NULL,
	"content" text NOT NULL,
	"owner_id" uuid NOT NULL,
	"due_at" timestamp with time zone NOT NULL,
	"check_method" text NOT NULL,
	"task_id" uuid,
	"status" text DEFAULT 'open' NOT NULL,
	"done_at" timestamp with time zone,
	"done_note" text,
	"confirmed_by" uuid,
	"confirmed_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "visit_people" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"visit_id" uuid NOT NULL,
	"contact_id" uuid,
	"name" text NOT NULL,
	"title" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "visit_reports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"visit_id" uuid NOT NULL,
	"author_id" uuid NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"purpose_achieved" text,
	"customer_situation" text,
	"customer_needs" text,
	"competitor_info" text,
	"commitments_text" text,
	"next_steps" text,
	"due_at" timestamp with time zone,
	"submitted_at" timestamp with time zone,
	"reviewer_id" uuid,
	"reviewed_at" timestamp with time zone,
	"review_comment" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "visits" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"rep_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"customer_id" uuid NOT NULL,
	"plan_line_id" uuid,
	"purpose" text NOT NULL,
	"status" text DEFAULT 'planned' NOT NULL,
	"planned_on" date NOT NULL,
	"planned_minutes" integer DEFAULT 60 NOT NULL,
	"note" text,
	"contact_name" text,
	"contacted_at" timestamp with time zone,
	"items_to_carry" text,
	"expense_fen" bigint,
	"gift_note" text,
	"entertainment_note" text,
	"pre_approval" text DEFAULT 'none' NOT NULL,
	"check_in_at" timestamp with time zone,
	"check_in_location" text,
	"check_in_lat" numeric(9, 6),
	"check_in_lng" numeric(9, 6),
	"check_in_accuracy_m" integer,
	"check_out_at" timestamp with time zone,
	"check_out_location" text,
	"check_out_lat" numeric(9, 6),
	"check_out_lng" numeric(9, 6),
	"check_out_accuracy_m" integer,
	"outcome" text,
	"cancel_reason" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "visit_plan_changes" ADD CONSTRAINT "visit_plan_changes_plan_id_visit_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."visit_plans"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "visit_plan_lines" ADD CONSTRAINT "visit_plan_lines_plan_id_visit_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."visit_plans"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "visit_plan_lines" ADD CONSTRAINT "visit_plan_lines_customer_id_customers_id_fk" FOREIGN KEY ("customer_id") REFERENCES "public"."customers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "visit_plans" ADD CONSTRAINT "visit_plans_rep_id_users_id_fk" FOREIGN KEY ("rep_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "visit_plans" ADD CONSTRAINT "visit_plans_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "visit_commitments" ADD CONSTRAINT "visit_commitments_visit_id_visits_id_fk" FOREIGN KEY ("visit_id") REFERENCES "public"."visits"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "visit_commitments" ADD CONSTRAINT "visit_commitments_owner_id_users_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "visit_people" ADD CONSTRAINT "visit_people_visit_id_visits_id_fk" FOREIGN KEY ("visit_id") REFERENCES "public"."visits"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "visit_reports" ADD CONSTRAINT "visit_reports_visit_id_visits_id_fk" FOREIGN KEY ("visit_id") REFERENCES "public"."visits"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "visit_reports" ADD CONSTRAINT "visit_reports_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "visits" ADD CONSTRAINT "visits_rep_id_users_id_fk" FOREIGN KEY ("rep_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "visits" ADD CONSTRAINT "visits_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "visits" ADD CONSTRAINT "visits_customer_id_customers_id_fk" FOREIGN KEY ("customer_id") REFERENCES "public"."customers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "visit_plan_changes_plan_id_status_index" ON "visit_plan_changes" USING btree ("plan_id","status");--> statement-breakpoint
CREATE INDEX "visit_plan_lines_plan_id_position_index" ON "visit_plan_lines" USING btree ("plan_id","position");--> statement-breakpoint
CREATE UNIQUE INDEX "visit_plans_rep_id_month_on_index" ON "visit_plans" USING btree ("rep_id","month_on");--> statement-breakpoint
CREATE INDEX "visit_plans_unit_id_month_on_index" ON "visit_plans" USING btree ("unit_id","month_on");--> statement-breakpoint
CREATE INDEX "visit_commitments_visit_id_index" ON "visit_commitments" USING btree ("visit_id");--> statement-breakpoint
CREATE INDEX "visit_commitments_owner_id_status_index" ON "visit_commitments" USING btree ("owner_id","status");--> statement-breakpoint
CREATE INDEX "visit_people_visit_id_index" ON "visit_people" USING btree ("visit_id");--> statement-breakpoint
CREATE UNIQUE INDEX "visit_reports_visit_id_index" ON "visit_reports" USING btree ("visit_id");--> statement-breakpoint
CREATE INDEX "visit_reports_author_id_status_index" ON "visit_reports" USING btree ("author_id","status");--> statement-breakpoint
CREATE INDEX "visits_rep_id_planned_on_index" ON "visits" USING btree ("rep_id","planned_on");--> statement-breakpoint
CREATE INDEX "visits_unit_id_planned_on_index" ON "visits" USING btree ("unit_id","planned_on");--> statement-breakpoint
CREATE INDEX "visits_customer_id_planned_on_index" ON "visits" USING btree ("customer_id","planned_on");--> statement-breakpoint
CREATE INDEX "visits_plan_line_id_index" ON "visits" USING btree ("plan_line_id");--> statement-breakpoint
-- VIS-1/VIS-2/VIS-4: installations that already have the preset roles get the visit permissions as
-- the presets grant them (a fresh installation gets them from the presets at first start).
INSERT INTO "role_permissions" ("role_id", "permission", "scope")
SELECT r."id", g."permission", g."scope"
FROM "roles" r
JOIN (VALUES
  ('gm', 'visit:read', 'all'), ('gm', 'visit:export', 'all'),
  ('gm', 'visit_plan:read', 'all'), ('gm', 'visit_plan:export', 'all'),
  ('sales_director', 'visit:read', 'all'), ('sales_director', 'visit:export', 'all'),
  ('sales_director', 'visit_plan:read', 'all'), ('sales_director', 'visit_plan:export', 'all'),
  ('sales_assistant', 'visit:read', 'unit_tree'), ('sales_assistant', 'visit:export', 'all'),
  ('sales_assistant', 'visit_plan:read', 'unit_tree'), ('sales_assistant', 'visit_plan:export', 'all'),
  ('regional_manager', 'visit:read', 'unit_tree'), ('regional_manager', 'visit:write', 'unit_tree'),
  ('regional_manager', 'visit:export', 'all'), ('regional_manager', 'visit_plan:read', 'unit_tree'),
  ('regional_manager', 'visit_plan:write', 'unit_tree'), ('regional_manager', 'visit_plan:export', 'all'),
  ('sales_manager', 'visit:read', 'unit_tree'), ('sales_manager', 'visit:write', 'unit_tree'),
  ('sales_manager', 'visit:export', 'all'), ('sales_manager', 'visit_plan:read', 'unit_tree'),
  ('sales_manager', 'visit_plan:write', 'unit_tree'), ('sales_manager', 'visit_plan:export', 'all'),
  ('sales_supervisor', 'visit:read', 'subordinates'), ('sales_supervisor', 'visit:write', 'subordinates'),
  ('sales_supervisor', 'visit:export', 'all'), ('sales_supervisor', 'visit_plan:read', 'subordinates'),
  ('sales_supervisor', 'visit_plan:write', 'subordinates'), ('sales_supervisor', 'visit_plan:export', 'all'),
  ('sales_rep', 'visit:read', 'own'), ('sales_rep', 'visit:write', 'own'), ('sales_rep', 'visit:export', 'all'),
  ('sales_rep', 'visit_plan:read', 'own'), ('sales_rep', 'visit_plan:write', 'own'),
  ('sales_rep', 'visit_plan:export', 'all')
) AS g("code", "permission", "scope") ON g."code" = r."code"
WHERE r."preset" = true
ON CONFLICT DO NOTHING;
