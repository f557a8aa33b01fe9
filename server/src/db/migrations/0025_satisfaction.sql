CREATE TABLE "praise_records" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"customer_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"day" date NOT NULL,
	"kind" text NOT NULL,
	"description" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "satisfaction_surveys" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"customer_id" uuid NOT NULL,
	"rep_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"source" text NOT NULL,
	"source_ref" text,
	"questions" jsonb NOT NULL,
	"token_hash" text NOT NULL,
	"sent_at" timestamp with time zone NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"mailed_to" text,
	"answers" jsonb,
	"comment" text,
	"score_sum" integer,
	"score_count" integer,
	"answered_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "praise_records" ADD CONSTRAINT "praise_records_customer_id_customers_id_fk" FOREIGN KEY ("customer_id") REFERENCES "public"."customers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "praise_records" ADD CONSTRAINT "praise_records_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "praise_records" ADD CONSTRAINT "praise_records_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "satisfaction_surveys" ADD CONSTRAINT "satisfaction_surveys_customer_id_customers_id_fk" FOREIGN KEY ("customer_id") REFERENCES "public"."customers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "satisfaction_surveys" ADD CONSTRAINT "satisfaction_surveys_rep_id_users_id_fk" FOREIGN KEY ("rep_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "satisfaction_surveys" ADD CONSTRAINT "satisfaction_surveys_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "praise_records_user_id_day_index" ON "praise_records" USING btree ("user_id","day");--> statement-breakpoint
CREATE INDEX "praise_records_unit_id_day_index" ON "praise_records" USING btree ("unit_id","day");--> statement-breakpoint
CREATE INDEX "praise_records_customer_id_day_index" ON "praise_records" USING btree ("customer_id","day");--> statement-breakpoint
CREATE UNIQUE INDEX "satisfaction_surveys_token_hash_index" ON "satisfaction_surveys" USING btree ("token_hash");--> statement-breakpoint
CREATE UNIQUE INDEX "satisfaction_surveys_source_source_ref_index" ON "satisfaction_surveys" USING btree ("source","source_ref") WHERE "satisfaction_surveys"."source_ref" is not null;--> statement-breakpoint
CREATE INDEX "satisfaction_surveys_customer_id_sent_at_index" ON "satisfaction_surveys" USING btree ("customer_id","sent_at");--> statement-breakpoint
CREATE INDEX "satisfaction_surveys_rep_id_answered_at_index" ON "satisfaction_surveys" USING btree ("rep_id","answered_at");--> statement-breakpoint
CREATE INDEX "satisfaction_surveys_unit_id_answered_at_index" ON "satisfaction_surveys" USING btree ("unit_id","answered_at");