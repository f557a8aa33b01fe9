CREATE TABLE "customer_collaborators" (
	"customer_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"access" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "customer_collaborators_customer_id_user_id_pk" PRIMARY KEY("customer_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "customer_contacts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"customer_id" uuid NOT NULL,
	"name" text NOT NULL,
	"gender" text DEFAULT 'unknown' NOT NULL,
	"title" text,
	"phones" text[] DEFAULT '{}'::text[] NOT NULL,
	"email" text,
	"wechat" text,
	"birthday" date,
	"is_primary" integer DEFAULT 0 NOT NULL,
	"remark" text,
	"deleted_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "customer_ownership_log" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"customer_id" uuid NOT NULL,
	"change" text NOT NULL,
	"from_user_id" uuid,
	"to_user_id" uuid,
	"reason" text,
	"at" timestamp with time zone NOT NULL,
	"actor_id" uuid
);
--> statement-breakpoint
CREATE TABLE "customers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"name_key" text NOT NULL,
	"name_pinyin" text DEFAULT '' NOT NULL,
	"credit_code" text,
	"industry" text,
	"unit_id" uuid NOT NULL,
	"address" text,
	"phone" text,
	"website" text,
	"type" text DEFAULT 'potential' NOT NULL,
	"level" text NOT NULL,
	"source" text DEFAULT 'other' NOT NULL,
	"lifecycle" text DEFAULT 'customer' NOT NULL,
	"owner_id" uuid,
	"owned_since" timestamp with time zone,
	"previous_owner_id" uuid,
	"pooled_at" timestamp with time zone,
	"last_follow_up_at" timestamp with time zone,
	"pool_warned_at" timestamp with time zone,
	"credit_limit_fen" bigint,
	"credit_rating" text,
	"tags" text[] DEFAULT '{}'::text[] NOT NULL,
	"qualification" jsonb,
	"potential_score" integer,
	"converted_at" timestamp with time zone,
	"remark" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "follow_ups" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"customer_id" uuid NOT NULL,
	"contact_id" uuid,
	"opportunity_id" uuid,
	"author_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"occurred_at" timestamp with time zone NOT NULL,
	"content" text NOT NULL,
	"next_step" text,
	"next_step_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "inquiries" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"year" integer NOT NULL,
	"seq" integer NOT NULL,
	"number" text NOT NULL,
	"name" text NOT NULL,
	"contact" text NOT NULL,
	"inquiry" text NOT NULL,
	"contact_date" date NOT NULL,
	"channel" text DEFAULT 'phone' NOT NULL,
	"recorded_by" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"assignee_id" uuid,
	"status" text DEFAULT 'new' NOT NULL,
	"customer_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "inquiries_year_seq_unique" UNIQUE("year","seq")
);
--> statement-breakpoint
CREATE TABLE "opportunities" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"customer_id" uuid NOT NULL,
	"name" text NOT NULL,
	"stage" text DEFAULT 'lead' NOT NULL,
	"amount_fen" bigint NOT NULL,
	"expected_close_date" date,
	"lost_reason" text,
	"owner_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"stage_changed_at" timestamp with time zone NOT NULL,
	"closed_at" timestamp with time zone,
	"remark" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "opportunity_stage_history" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"opportunity_id" uuid NOT NULL,
	"from_stage" text,
	"to_stage" text NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"actor_id" uuid
);
--> statement-breakpoint
CREATE TABLE "files" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"subject_type" text NOT NULL,
	"subject_id" text NOT NULL,
	"purpose" text NOT NULL,
	"file_name" text NOT NULL,
	"mime_type" text NOT NULL,
	"size_bytes" bigint NOT NULL,
	"sha256" text NOT NULL,
	"content" "bytea" NOT NULL,
	"deleted_at" timestamp with time zone,
	"deleted_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "import_runs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kind" text NOT NULL,
	"status" text DEFAULT 'queued' NOT NULL,
	"file_id" uuid NOT NULL,
	"file_name" text NOT NULL,
	"owner_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"total_rows" integer DEFAULT 0 NOT NULL,
	"processed_rows" integer DEFAULT 0 NOT NULL,
	"ok_rows" integer DEFAULT 0 NOT NULL,
	"bad_rows" integer DEFAULT 0 NOT NULL,
	"duplicate_rows" integer DEFAULT 0 NOT NULL,
	"errors" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"duplicates" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"options" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"message" text,
	"started_at" timestamp with time zone,
	"finished_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "sequence_counters" (
	"series" text NOT NULL,
	"period" text NOT NULL,
	"value" bigint DEFAULT 0 NOT NULL,
	CONSTRAINT "sequence_counters_series_period_pk" PRIMARY KEY("series","period")
);
--> statement-breakpoint
CREATE TABLE "timeline_events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"subject_type" text NOT NULL,
	"subject_id" uuid NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"kind" text NOT NULL,
	"actor_id" uuid,
	"ref_type" text,
	"ref_id" uuid,
	"summary" jsonb NOT NULL,
	"data" jsonb
);
--> statement-breakpoint
ALTER TABLE "customer_collaborators" ADD CONSTRAINT "customer_collaborators_customer_id_customers_id_fk" FOREIGN KEY ("customer_id") REFERENCES "public"."customers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "customer_collaborators" ADD CONSTRAINT "customer_collaborators_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "customer_contacts" ADD CONSTRAINT "customer_contacts_customer_id_customers_id_fk" FOREIGN KEY ("customer_id") REFERENCES "public"."customers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "customer_ownership_log" ADD CONSTRAINT "customer_ownership_log_customer_id_customers_id_fk" FOREIGN KEY ("customer_id") REFERENCES "public"."customers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "customers" ADD CONSTRAINT "customers_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "customers" ADD CONSTRAINT "customers_owner_id_users_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "follow_ups" ADD CONSTRAINT "follow_ups_customer_id_customers_id_fk" FOREIGN KEY ("customer_id") REFERENCES "public"."customers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inquiries" ADD CONSTRAINT "inquiries_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inquiries" ADD CONSTRAINT "inquiries_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inquiries" ADD CONSTRAINT "inquiries_customer_id_customers_id_fk" FOREIGN KEY ("customer_id") REFERENCES "public"."customers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "opportunities" ADD CONSTRAINT "opportunities_customer_id_customers_id_fk" FOREIGN KEY ("customer_id") REFERENCES "public"."customers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "opportunities" ADD CONSTRAINT "opportunities_owner_id_users_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "opportunities" ADD CONSTRAINT "opportunities_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "opportunity_stage_history" ADD CONSTRAINT "opportunity_stage_history_opportunity_id_opportunities_id_fk" FOREIGN KEY ("opportunity_id") REFERENCES "public"."opportunities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "customer_collaborators_user_id_index" ON "customer_collaborators" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "customer_contacts_customer_id_index" ON "customer_contacts" USING btree ("customer_id");--> statement-breakpoint
CREATE INDEX "customer_contacts_phones_gin" ON "customer_contacts" USING gin ("phones");--> statement-breakpoint
CREATE INDEX "customer_ownership_log_customer_id_at_index" ON "customer_ownership_log" USING btree ("customer_id","at");--> statement-breakpoint
CREATE INDEX "customer_ownership_log_to_user_id_change_at_index" ON "customer_ownership_log" USING btree ("to_user_id","change","at");--> statement-breakpoint
CREATE INDEX "customer_ownership_log_from_user_id_at_index" ON "customer_ownership_log" USING btree ("from_user_id","at");--> statement-breakpoint
CREATE INDEX "customers_owner_id_updated_at_index" ON "customers" USING btree ("owner_id","updated_at");--> statement-breakpoint
CREATE INDEX "customers_unit_id_updated_at_index" ON "customers" USING btree ("unit_id","updated_at");--> statement-breakpoint
CREATE INDEX "customers_name_key_index" ON "customers" USING btree ("name_key");--> statement-breakpoint
CREATE INDEX "customers_credit_code_index" ON "customers" USING btree ("credit_code");--> statement-breakpoint
CREATE INDEX "customers_phone_index" ON "customers" USING btree ("phone");--> statement-breakpoint
CREATE INDEX "customers_pooled_at_index" ON "customers" USING btree ("pooled_at");--> statement-breakpoint
CREATE INDEX "customers_lifecycle_updated_at_index" ON "customers" USING btree ("lifecycle","updated_at");--> statement-breakpoint
CREATE INDEX "follow_ups_customer_id_occurred_at_index" ON "follow_ups" USING btree ("customer_id","occurred_at");--> statement-breakpoint
CREATE INDEX "follow_ups_author_id_occurred_at_index" ON "follow_ups" USING btree ("author_id","occurred_at");--> statement-breakpoint
CREATE INDEX "inquiries_recorded_by_index" ON "inquiries" USING btree ("recorded_by");--> statement-breakpoint
CREATE INDEX "inquiries_assignee_id_index" ON "inquiries" USING btree ("assignee_id");--> statement-breakpoint
CREATE INDEX "inquiries_status_index" ON "inquiries" USING btree ("status");--> statement-breakpoint
CREATE INDEX "opportunities_owner_id_stage_index" ON "opportunities" USING btree ("owner_id","stage");--> statement-breakpoint
CREATE INDEX "opportunities_unit_id_stage_index" ON "opportunities" USING btree ("unit_id","stage");--> statement-breakpoint
CREATE INDEX "opportunities_customer_id_index" ON "opportunities" USING btree ("customer_id");--> statement-breakpoint
CREATE INDEX "opportunity_stage_history_opportunity_id_at_index" ON "opportunity_stage_history" USING btree ("opportunity_id","at");--> statement-breakpoint
CREATE INDEX "files_subject_type_subject_id_index" ON "files" USING btree ("subject_type","subject_id");--> statement-breakpoint
CREATE INDEX "timeline_events_subject_type_subject_id_at_index" ON "timeline_events" USING btree ("subject_type","subject_id","at");--> statement-breakpoint
-- Installations that already have the preset roles get the CRM permissions the presets grant
-- (a fresh installation gets them from the presets at first start). Grants an administrator
-- already set are left as they are.
INSERT INTO "role_permissions" ("role_id", "permission", "scope")
SELECT r."id", g."permission", g."scope"
FROM "roles" r
JOIN (VALUES
  ('gm', 'customer:read', 'all'),
  ('gm', 'customer:export', 'all'),
  ('gm', 'customer:credit', 'all'),
  ('gm', 'inquiry:read', 'all'),
  ('gm', 'opportunity:read', 'all'),
  ('sales_director', 'customer:read', 'all'),
  ('sales_director', 'customer:write', 'all'),
  ('sales_director', 'customer:create', 'all'),
  ('sales_director', 'customer:service', 'all'),
  ('sales_director', 'inquiry:read', 'all'),
  ('sales_director', 'inquiry:create', 'all'),
  ('sales_director', 'opportunity:read', 'all'),
  ('sales_director', 'opportunity:write', 'all'),
  ('sales_director', 'customer:assign', 'all'),
  ('sales_director', 'customer:pool', 'all'),
  ('sales_director', 'customer:export', 'all'),
  ('sales_director', 'customer:import', 'all'),
  ('sales_director', 'customer:credit', 'all'),
  ('regional_manager', 'customer:read', 'unit_tree'),
  ('regional_manager', 'customer:write', 'unit_tree'),
  ('regional_manager', 'customer:create', 'all'),
  ('regional_manager', 'customer:service', 'all'),
  ('regional_manager', 'inquiry:read', 'unit_tree'),
  ('regional_manager', 'inquiry:create', 'all'),
  ('regional_manager', 'opportunity:read', 'unit_tree'),
  ('regional_manager', 'opportunity:write', 'unit_tree'),
  ('regional_manager', 'customer:assign', 'unit_tree'),
  ('regional_manager', 'customer:pool', 'all'),
  ('regional_manager', 'customer:export', 'all'),
  ('regional_manager', 'customer:import', 'all'),
  ('sales_manager', 'customer:read', 'unit_tree'),
  ('sales_manager', 'customer:write', 'unit_tree'),
  ('sales_manager', 'customer:create', 'all'),
  ('sales_manager', 'customer:service', 'all'),
  ('sales_manager', 'inquiry:read', 'unit_tree'),
  ('sales_manager', 'inquiry:create', 'all'),
  ('sales_manager', 'opportunity:read', 'unit_tree'),
  ('sales_manager', 'opportunity:write', 'unit_tree'),
  ('sales_manager', 'customer:assign', 'unit_tree'),
  ('sales_manager', 'customer:pool', 'all'),
  ('sales_manager', 'customer:export', 'all'),
  ('sales_manager', 'customer:import', 'all'),
  ('sales_supervisor', 'customer:read', 'subordinates'),
  ('sales_supervisor', 'customer:write', 'subordinates'),
  ('sales_supervisor', 'customer:create', 'all'),
  ('sales_supervisor', 'customer:service', 'all'),
  ('sales_supervisor', 'inquiry:read', 'subordinates'),
  ('sales_supervisor', 'inquiry:create', 'all'),
  ('sales_supervisor', 'opportunity:read', 'subordinates'),
  ('sales_supervisor', 'opportunity:write', 'subordinates'),
  ('sales_supervisor', 'customer:assign', 'subordinates'),
  ('sales_supervisor', 'customer:pool', 'all'),
  ('sales_supervisor', 'customer:export', 'all'),
  ('sales_assistant', 'customer:read', 'unit_tree'),
  ('sales_assistant', 'customer:write', 'unit_tree'),
  ('sales_assistant', 'customer:create', 'all'),
  ('sales_assistant', 'customer:service', 'all'),
  ('sales_assistant', 'inquiry:read', 'unit_tree'),
  ('sales_assistant', 'inquiry:create', 'all'),
  ('sales_assistant', 'opportunity:read', 'unit_tree'),
  ('sales_assistant', 'opportunity:write', 'unit_tree'),
  ('sales_assistant', 'customer:export', 'all'),
  ('sales_assistant', 'customer:import', 'all'),
  ('sales_rep', 'customer:read', 'own'),
  ('sales_rep', 'customer:write', 'own'),
  ('sales_rep', 'customer:create', 'all'),
  ('sales_rep', 'customer:service', 'all'),
  ('sales_rep', 'inquiry:read', 'own'),
  ('sales_rep', 'inquiry:create', 'all'),
  ('sales_rep', 'opportunity:read', 'own'),
  ('sales_rep', 'opportunity:write', 'own'),
  ('sales_rep', 'customer:pool', 'all'),
  ('sales_rep', 'customer:export', 'all'),
  ('receptionist', 'inquiry:read', 'all'),
  ('receptionist', 'inquiry:create', 'all'),
  ('receptionist', 'customer:service', 'all'),
  ('finance', 'customer:read', 'all'),
  ('finance', 'customer:credit', 'all')
) AS g("code", "permission", "scope") ON g."code" = r."code"
WHERE r."preset" = true
ON CONFLICT DO NOTHING;
