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
ALTER TABLE "market_intel_entries" ADD CONSTRAINT "market_intel_entries_customer_id_customers_id_fk" FOREIGN KEY ("customer_id") REFERENCES "public"."customers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "market_intel_entries" ADD CONSTRAINT "market_intel_entries_visit_id_visits_id_fk" FOREIGN KEY ("visit_id") REFERENCES "public"."visits"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "market_intel_entries" ADD CONSTRAINT "market_intel_entries_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "market_intel_entries" ADD CONSTRAINT "market_intel_entries_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "suggestions" ADD CONSTRAINT "suggestions_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "suggestions" ADD CONSTRAINT "suggestions_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "suggestions" ADD CONSTRAINT "suggestions_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "market_intel_entries_user_id_observed_on_index" ON "market_intel_entries" USING btree ("user_id","observed_on");--> statement-breakpoint
CREATE INDEX "market_intel_entries_unit_id_observed_on_index" ON "market_intel_entries" USING btree ("unit_id","observed_on");--> statement-breakpoint
CREATE INDEX "market_intel_entries_customer_id_index" ON "market_intel_entries" USING btree ("customer_id");--> statement-breakpoint
CREATE INDEX "market_intel_entries_kind_observed_on_index" ON "market_intel_entries" USING btree ("kind","observed_on");--> statement-breakpoint
CREATE UNIQUE INDEX "suggestions_number_index" ON "suggestions" USING btree ("number");--> statement-breakpoint
CREATE INDEX "suggestions_user_id_created_at_index" ON "suggestions" USING btree ("user_id","created_at");--> statement-breakpoint
CREATE INDEX "suggestions_unit_id_status_index" ON "suggestions" USING btree ("unit_id","status");