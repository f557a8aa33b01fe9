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
ALTER TABLE "commission_statement_lines" ADD CONSTRAINT "commission_statement_lines_statement_id_commission_statements_id_fk" FOREIGN KEY ("statement_id") REFERENCES "public"."commission_statements"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "commission_statements" ADD CONSTRAINT "commission_statements_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "commission_statements" ADD CONSTRAINT "commission_statements_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "commission_statements" ADD CONSTRAINT "commission_statements_plan_id_commission_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."commission_plans"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "commission_plans_role_code_effective_from_version_index" ON "commission_plans" USING btree ("role_code","effective_from","version");--> statement-breakpoint
CREATE INDEX "commission_plans_role_code_status_index" ON "commission_plans" USING btree ("role_code","status");--> statement-breakpoint
CREATE INDEX "commission_statement_lines_statement_id_seq_index" ON "commission_statement_lines" USING btree ("statement_id","seq");--> statement-breakpoint
CREATE INDEX "commission_statement_lines_ref_type_ref_id_index" ON "commission_statement_lines" USING btree ("ref_type","ref_id");--> statement-breakpoint
CREATE UNIQUE INDEX "commission_statements_user_id_period_index" ON "commission_statements" USING btree ("user_id","period");--> statement-breakpoint
CREATE INDEX "commission_statements_period_status_index" ON "commission_statements" USING btree ("period","status");--> statement-breakpoint
CREATE INDEX "commission_statements_unit_id_index" ON "commission_statements" USING btree ("unit_id");