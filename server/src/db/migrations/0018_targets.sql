CREATE TABLE "coaching_records" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"rep_id" uuid NOT NULL,
	"coach_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"period" text NOT NULL,
	"snapshot" jsonb NOT NULL,
	"findings" text NOT NULL,
	"actions" text NOT NULL,
	"follow_up_on" date NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"follow_up_note" text,
	"followed_up_at" timestamp with time zone,
	"adjustment_plan_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "personal_plan_items" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"plan_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"ref_id" uuid,
	"note" text DEFAULT '' NOT NULL,
	"expected_fen" bigint,
	"position" integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "personal_plans" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"rep_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"period" text NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"approach" text DEFAULT '' NOT NULL,
	"change_reason" text,
	"coaching_id" uuid,
	"submitted_at" timestamp with time zone,
	"approved_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "stat_reports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kind" text NOT NULL,
	"period" text NOT NULL,
	"unit_id" uuid NOT NULL,
	"requested_by" uuid,
	"generated_at" timestamp with time zone NOT NULL,
	"data" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "market_sizes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"unit_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"size_fen" bigint NOT NULL,
	"source" text,
	"entered_on" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "sales_plan_targets" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"plan_id" uuid NOT NULL,
	"metric" text NOT NULL,
	"category" text DEFAULT '' NOT NULL,
	"period" text NOT NULL,
	"value" bigint NOT NULL
);
--> statement-breakpoint
CREATE TABLE "sales_plans" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"year" integer NOT NULL,
	"version" integer NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"goal" text DEFAULT '' NOT NULL,
	"strategy" text DEFAULT '' NOT NULL,
	"product_mix" text DEFAULT '' NOT NULL,
	"regions" text DEFAULT '' NOT NULL,
	"channels" text DEFAULT '' NOT NULL,
	"partners" text DEFAULT '' NOT NULL,
	"change_reason" text,
	"submitted_at" timestamp with time zone,
	"approved_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "target_lines" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"set_id" uuid NOT NULL,
	"subject_type" text NOT NULL,
	"subject_id" uuid NOT NULL,
	"period" text NOT NULL,
	"value" bigint NOT NULL,
	"weight" integer
);
--> statement-breakpoint
CREATE TABLE "target_sets" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"unit_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"metric" text NOT NULL,
	"category" text DEFAULT '' NOT NULL,
	"version" integer NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"method" text DEFAULT 'manual' NOT NULL,
	"gap_reason" text,
	"change_reason" text,
	"submitted_at" timestamp with time zone,
	"approved_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "coaching_records" ADD CONSTRAINT "coaching_records_rep_id_users_id_fk" FOREIGN KEY ("rep_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coaching_records" ADD CONSTRAINT "coaching_records_coach_id_users_id_fk" FOREIGN KEY ("coach_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coaching_records" ADD CONSTRAINT "coaching_records_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "personal_plan_items" ADD CONSTRAINT "personal_plan_items_plan_id_personal_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."personal_plans"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "personal_plans" ADD CONSTRAINT "personal_plans_rep_id_users_id_fk" FOREIGN KEY ("rep_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "personal_plans" ADD CONSTRAINT "personal_plans_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stat_reports" ADD CONSTRAINT "stat_reports_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "market_sizes" ADD CONSTRAINT "market_sizes_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sales_plan_targets" ADD CONSTRAINT "sales_plan_targets_plan_id_sales_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."sales_plans"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "target_lines" ADD CONSTRAINT "target_lines_set_id_target_sets_id_fk" FOREIGN KEY ("set_id") REFERENCES "public"."target_sets"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "target_sets" ADD CONSTRAINT "target_sets_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "coaching_records_rep_id_period_index" ON "coaching_records" USING btree ("rep_id","period");--> statement-breakpoint
CREATE INDEX "coaching_records_coach_id_status_index" ON "coaching_records" USING btree ("coach_id","status");--> statement-breakpoint
CREATE INDEX "personal_plan_items_plan_id_position_index" ON "personal_plan_items" USING btree ("plan_id","position");--> statement-breakpoint
CREATE UNIQUE INDEX "personal_plans_rep_id_kind_period_version_index" ON "personal_plans" USING btree ("rep_id","kind","period","version");--> statement-breakpoint
CREATE INDEX "personal_plans_unit_id_period_index" ON "personal_plans" USING btree ("unit_id","period");--> statement-breakpoint
CREATE UNIQUE INDEX "stat_reports_kind_period_unit_id_index" ON "stat_reports" USING btree ("kind","period","unit_id");--> statement-breakpoint
CREATE INDEX "stat_reports_unit_id_generated_at_index" ON "stat_reports" USING btree ("unit_id","generated_at");--> statement-breakpoint
CREATE UNIQUE INDEX "market_sizes_unit_id_year_index" ON "market_sizes" USING btree ("unit_id","year");--> statement-breakpoint
CREATE UNIQUE INDEX "sales_plan_targets_plan_id_metric_category_period_index" ON "sales_plan_targets" USING btree ("plan_id","metric","category","period");--> statement-breakpoint
CREATE UNIQUE INDEX "sales_plans_year_version_index" ON "sales_plans" USING btree ("year","version");--> statement-breakpoint
CREATE INDEX "sales_plans_year_status_index" ON "sales_plans" USING btree ("year","status");--> statement-breakpoint
CREATE UNIQUE INDEX "target_lines_set_id_subject_type_subject_id_period_index" ON "target_lines" USING btree ("set_id","subject_type","subject_id","period");--> statement-breakpoint
CREATE INDEX "target_lines_subject_type_subject_id_period_index" ON "target_lines" USING btree ("subject_type","subject_id","period");--> statement-breakpoint
CREATE UNIQUE INDEX "target_sets_unit_id_year_metric_category_version_index" ON "target_sets" USING btree ("unit_id","year","metric","category","version");--> statement-breakpoint
CREATE INDEX "target_sets_year_metric_status_index" ON "target_sets" USING btree ("year","metric","status");
--> statement-breakpoint
-- PLAN-1 … PLAN-6, OPS-4/OPS-5: installations that already have the preset roles get the targets, plans,
-- indicators, coaching and statistics permissions as the presets grant them (a fresh installation gets
-- them from the presets at first start).
INSERT INTO "role_permissions" ("role_id", "permission", "scope")
SELECT r."id", g."permission", g."scope"
FROM "roles" r
JOIN (VALUES
  ('gm', 'sales_plan:read', 'all'),
  ('gm', 'target:read', 'all'),
  ('gm', 'indicator:read', 'all'),
  ('gm', 'personal_plan:read', 'all'),
  ('gm', 'coaching:read', 'all'),
  ('gm', 'stat_report:read', 'all'),
  ('gm', 'target:export', 'all'),
  ('gm', 'indicator:export', 'all'),
  ('gm', 'stat_report:generate', 'all'),
  ('sales_director', 'sales_plan:read', 'all'),
  ('sales_director', 'target:read', 'all'),
  ('sales_director', 'indicator:read', 'all'),
  ('sales_director', 'personal_plan:read', 'all'),
  ('sales_director', 'coaching:read', 'all'),
  ('sales_director', 'stat_report:read', 'all'),
  ('sales_director', 'target:write', 'all'),
  ('sales_director', 'target:export', 'all'),
  ('sales_director', 'indicator:export', 'all'),
  ('sales_director', 'personal_plan:write', 'all'),
  ('sales_director', 'coaching:write', 'all'),
  ('sales_director', 'stat_report:generate', 'all'),
  ('sales_director', 'sales_plan:write', 'all'),
  ('sales_director', 'market:write', 'all'),
  ('regional_manager', 'sales_plan:read', 'all'),
  ('regional_manager', 'target:read', 'unit_tree'),
  ('regional_manager', 'indicator:read', 'unit_tree'),
  ('regional_manager', 'personal_plan:read', 'unit_tree'),
  ('regional_manager', 'coaching:read', 'unit_tree'),
  ('regional_manager', 'stat_report:read', 'unit_tree'),
  ('regional_manager', 'target:write', 'unit_tree'),
  ('regional_manager', 'target:export', 'all'),
  ('regional_manager', 'indicator:export', 'all'),
  ('regional_manager', 'personal_plan:write', 'unit_tree'),
  ('regional_manager', 'coaching:write', 'unit_tree'),
  ('regional_manager', 'stat_report:generate', 'unit_tree'),
  ('sales_manager', 'sales_plan:read', 'all'),
  ('sales_manager', 'target:read', 'unit_tree'),
  ('sales_manager', 'indicator:read', 'unit_tree'),
  ('sales_manager', 'personal_plan:read', 'unit_tree'),
  ('sales_manager', 'coaching:read', 'unit_tree'),
  ('sales_manager', 'stat_report:read', 'unit_tree'),
  ('sales_manager', 'target:write', 'unit_tree'),
  ('sales_manager', 'target:export', 'all'),
  ('sales_manager', 'indicator:export', 'all'),
  ('sales_manager', 'personal_plan:write', 'unit_tree'),
  ('sales_manager', 'coaching:write', 'unit_tree'),
  ('sales_manager', 'stat_report:generate', 'unit_tree'),
  ('sales_supervisor', 'sales_plan:read', 'all'),
  ('sales_supervisor', 'target:read', 'unit'),
  ('sales_supervisor', 'indicator:read', 'subordinates'),
  ('sales_supervisor', 'personal_plan:read', 'subordinates'),
  ('sales_supervisor', 'coaching:read', 'subordinates'),
  ('sales_supervisor', 'stat_report:read', 'unit'),
  ('sales_supervisor', 'personal_plan:write', 'subordinates'),
  ('sales_supervisor', 'coaching:write', 'subordinates'),
  ('sales_assistant', 'sales_plan:read', 'all'),
  ('sales_assistant', 'target:read', 'unit_tree'),
  ('sales_assistant', 'indicator:read', 'unit_tree'),
  ('sales_assistant', 'personal_plan:read', 'unit_tree'),
  ('sales_assistant', 'stat_report:read', 'unit_tree'),
  ('sales_assistant', 'target:export', 'all'),
  ('sales_assistant', 'indicator:export', 'all'),
  ('sales_assistant', 'stat_report:generate', 'unit_tree'),
  ('sales_rep', 'sales_plan:read', 'all'),
  ('sales_rep', 'target:read', 'own'),
  ('sales_rep', 'indicator:read', 'own'),
  ('sales_rep', 'personal_plan:read', 'own'),
  ('sales_rep', 'personal_plan:write', 'own'),
  ('sales_rep', 'coaching:read', 'own')
) AS g("code", "permission", "scope") ON g."code" = r."code"
WHERE r."preset" = true
ON CONFLICT DO NOTHING;
