CREATE TABLE "champion_rewards" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"champion_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"bonus_fen" bigint,
	"prize" text,
	"note" text DEFAULT '' NOT NULL,
	"points" integer DEFAULT 0 NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"proposed_by" uuid NOT NULL,
	"approved_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "sales_champions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"period" text NOT NULL,
	"period_kind" text NOT NULL,
	"scope" text NOT NULL,
	"unit_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"metric" text NOT NULL,
	"figures" jsonb NOT NULL,
	"ranking" jsonb NOT NULL,
	"tie_break" jsonb,
	"announced_at" timestamp with time zone NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "commission_plans" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"role_code" text NOT NULL,
	"effective_from" text NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"method" text NOT NULL,
	"tiers" jsonb NOT NULL,
	"cap_fen" bigint,
	"category_rates" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"true_up" text DEFAULT 'none' NOT NULL,
	"submitted_at" timestamp with time zone,
	"approved_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "commission_statement_lines" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"statement_id" uuid NOT NULL,
	"seq" integer NOT NULL,
	"kind" text NOT NULL,
	"ref_type" text,
	"ref_id" uuid,
	"ref_number" text,
	"ref_on" date,
	"basis_fen" bigint DEFAULT 0 NOT NULL,
	"tier_index" integer,
	"rate_bp" integer,
	"amount_fen" bigint NOT NULL,
	"note" jsonb
);
--> statement-breakpoint
CREATE TABLE "commission_statements" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"period" text NOT NULL,
	"plan_id" uuid NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"basis" text NOT NULL,
	"target_fen" bigint,
	"basis_fen" bigint NOT NULL,
	"attainment_bp" integer,
	"reached_tier" integer DEFAULT 0 NOT NULL,
	"commission_fen" bigint NOT NULL,
	"why" jsonb NOT NULL,
	"generated_at" timestamp with time zone NOT NULL,
	"submitted_at" timestamp with time zone,
	"approved_at" timestamp with time zone,
	"closed_at" timestamp with time zone,
	"closed_by" uuid,
	"ledger_entry_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "contest_participants" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"contest_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"user_id" uuid,
	"unit_id" uuid
);
--> statement-breakpoint
CREATE TABLE "contests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"from_on" date NOT NULL,
	"to_on" date NOT NULL,
	"metric" text NOT NULL,
	"prize" text DEFAULT '' NOT NULL,
	"winner_count" integer DEFAULT 1 NOT NULL,
	"winner_points" integer DEFAULT 0 NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"organizer_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"results" jsonb,
	"closed_at" timestamp with time zone,
	"announced_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
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
CREATE TABLE "point_award_requests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"rule" text NOT NULL,
	"points" integer NOT NULL,
	"reason" text NOT NULL,
	"proposer_id" uuid NOT NULL,
	"status" text DEFAULT 'submitted' NOT NULL,
	"decided_at" timestamp with time zone,
	"entry_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "redemptions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"item_id" uuid NOT NULL,
	"quantity" integer NOT NULL,
	"unit_points" bigint NOT NULL,
	"points" bigint NOT NULL,
	"status" text DEFAULT 'submitted' NOT NULL,
	"spend_entry_id" uuid,
	"return_entry_id" uuid,
	"note" text DEFAULT '' NOT NULL,
	"decided_at" timestamp with time zone,
	"fulfilled_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "reward_items" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"kind" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"value_fen" bigint NOT NULL,
	"exchange_ratio" text NOT NULL,
	"points_price" bigint NOT NULL,
	"stock" integer,
	"active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "reward_items_stock_not_negative" CHECK ("reward_items"."stock" is null or "reward_items"."stock" >= 0)
);
--> statement-breakpoint
ALTER TABLE "champion_rewards" ADD CONSTRAINT "champion_rewards_champion_id_sales_champions_id_fk" FOREIGN KEY ("champion_id") REFERENCES "public"."sales_champions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "champion_rewards" ADD CONSTRAINT "champion_rewards_proposed_by_users_id_fk" FOREIGN KEY ("proposed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sales_champions" ADD CONSTRAINT "sales_champions_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sales_champions" ADD CONSTRAINT "sales_champions_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "commission_statement_lines" ADD CONSTRAINT "commission_statement_lines_statement_id_commission_statements_id_fk" FOREIGN KEY ("statement_id") REFERENCES "public"."commission_statements"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "commission_statements" ADD CONSTRAINT "commission_statements_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "commission_statements" ADD CONSTRAINT "commission_statements_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "commission_statements" ADD CONSTRAINT "commission_statements_plan_id_commission_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."commission_plans"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contest_participants" ADD CONSTRAINT "contest_participants_contest_id_contests_id_fk" FOREIGN KEY ("contest_id") REFERENCES "public"."contests"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contest_participants" ADD CONSTRAINT "contest_participants_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contest_participants" ADD CONSTRAINT "contest_participants_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contests" ADD CONSTRAINT "contests_organizer_id_users_id_fk" FOREIGN KEY ("organizer_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contests" ADD CONSTRAINT "contests_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "performance_case_actions" ADD CONSTRAINT "performance_case_actions_case_id_performance_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."performance_cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "performance_case_actions" ADD CONSTRAINT "performance_case_actions_owner_id_users_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "performance_cases" ADD CONSTRAINT "performance_cases_person_id_users_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "performance_cases" ADD CONSTRAINT "performance_cases_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "performance_cases" ADD CONSTRAINT "performance_cases_superior_id_users_id_fk" FOREIGN KEY ("superior_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "performance_cases" ADD CONSTRAINT "performance_cases_interviewed_by_users_id_fk" FOREIGN KEY ("interviewed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "performance_cases" ADD CONSTRAINT "performance_cases_plan_agreed_by_users_id_fk" FOREIGN KEY ("plan_agreed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "performance_cases" ADD CONSTRAINT "performance_cases_decision_by_users_id_fk" FOREIGN KEY ("decision_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "performance_cases" ADD CONSTRAINT "performance_cases_closed_by_users_id_fk" FOREIGN KEY ("closed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "point_award_requests" ADD CONSTRAINT "point_award_requests_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "point_award_requests" ADD CONSTRAINT "point_award_requests_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "point_award_requests" ADD CONSTRAINT "point_award_requests_proposer_id_users_id_fk" FOREIGN KEY ("proposer_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "point_award_requests" ADD CONSTRAINT "point_award_requests_entry_id_ledger_entries_id_fk" FOREIGN KEY ("entry_id") REFERENCES "public"."ledger_entries"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "redemptions" ADD CONSTRAINT "redemptions_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "redemptions" ADD CONSTRAINT "redemptions_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "redemptions" ADD CONSTRAINT "redemptions_item_id_reward_items_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."reward_items"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "champion_rewards_champion_id_index" ON "champion_rewards" USING btree ("champion_id");--> statement-breakpoint
CREATE INDEX "champion_rewards_status_index" ON "champion_rewards" USING btree ("status");--> statement-breakpoint
CREATE UNIQUE INDEX "sales_champions_period_unit_id_index" ON "sales_champions" USING btree ("period","unit_id");--> statement-breakpoint
CREATE INDEX "sales_champions_user_id_index" ON "sales_champions" USING btree ("user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "commission_plans_role_code_effective_from_version_index" ON "commission_plans" USING btree ("role_code","effective_from","version");--> statement-breakpoint
CREATE INDEX "commission_plans_role_code_status_index" ON "commission_plans" USING btree ("role_code","status");--> statement-breakpoint
CREATE INDEX "commission_statement_lines_statement_id_seq_index" ON "commission_statement_lines" USING btree ("statement_id","seq");--> statement-breakpoint
CREATE INDEX "commission_statement_lines_ref_type_ref_id_index" ON "commission_statement_lines" USING btree ("ref_type","ref_id");--> statement-breakpoint
CREATE UNIQUE INDEX "commission_statements_user_id_period_index" ON "commission_statements" USING btree ("user_id","period");--> statement-breakpoint
CREATE INDEX "commission_statements_period_status_index" ON "commission_statements" USING btree ("period","status");--> statement-breakpoint
CREATE INDEX "commission_statements_unit_id_index" ON "commission_statements" USING btree ("unit_id");--> statement-breakpoint
CREATE UNIQUE INDEX "contest_participants_contest_id_kind_user_id_unit_id_index" ON "contest_participants" USING btree ("contest_id","kind","user_id","unit_id");--> statement-breakpoint
CREATE INDEX "contest_participants_user_id_index" ON "contest_participants" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "contest_participants_unit_id_index" ON "contest_participants" USING btree ("unit_id");--> statement-breakpoint
CREATE INDEX "contests_status_to_on_index" ON "contests" USING btree ("status","to_on");--> statement-breakpoint
CREATE INDEX "contests_unit_id_index" ON "contests" USING btree ("unit_id");--> statement-breakpoint
CREATE UNIQUE INDEX "performance_case_actions_case_id_seq_index" ON "performance_case_actions" USING btree ("case_id","seq");--> statement-breakpoint
CREATE UNIQUE INDEX "performance_cases_person_id_month_index" ON "performance_cases" USING btree ("person_id","month");--> statement-breakpoint
CREATE INDEX "performance_cases_month_status_index" ON "performance_cases" USING btree ("month","status");--> statement-breakpoint
CREATE INDEX "performance_cases_superior_id_status_index" ON "performance_cases" USING btree ("superior_id","status");--> statement-breakpoint
CREATE INDEX "point_award_requests_user_id_status_index" ON "point_award_requests" USING btree ("user_id","status");--> statement-breakpoint
CREATE INDEX "point_award_requests_proposer_id_status_index" ON "point_award_requests" USING btree ("proposer_id","status");--> statement-breakpoint
CREATE INDEX "redemptions_user_id_created_at_index" ON "redemptions" USING btree ("user_id","created_at");--> statement-breakpoint
CREATE INDEX "redemptions_status_index" ON "redemptions" USING btree ("status");--> statement-breakpoint
CREATE INDEX "reward_items_active_kind_index" ON "reward_items" USING btree ("active","kind");