CREATE TABLE "service_tickets" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"number" text NOT NULL,
	"type" text NOT NULL,
	"priority" text DEFAULT 'normal' NOT NULL,
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"customer_id" uuid NOT NULL,
	"contract_id" uuid,
	"order_id" uuid,
	"product_id" uuid,
	"owner_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"opened_by" uuid NOT NULL,
	"status" text DEFAULT 'new' NOT NULL,
	"resolution" text,
	"time_spent_minutes" integer DEFAULT 0 NOT NULL,
	"responded_at" timestamp with time zone,
	"resolved_at" timestamp with time zone,
	"closed_at" timestamp with time zone,
	"return_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "service_tickets" ADD CONSTRAINT "service_tickets_customer_id_customers_id_fk" FOREIGN KEY ("customer_id") REFERENCES "public"."customers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_tickets" ADD CONSTRAINT "service_tickets_owner_id_users_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_tickets" ADD CONSTRAINT "service_tickets_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_tickets" ADD CONSTRAINT "service_tickets_opened_by_users_id_fk" FOREIGN KEY ("opened_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "service_tickets_number_index" ON "service_tickets" USING btree ("number");--> statement-breakpoint
CREATE INDEX "service_tickets_owner_id_status_index" ON "service_tickets" USING btree ("owner_id","status");--> statement-breakpoint
CREATE INDEX "service_tickets_unit_id_status_index" ON "service_tickets" USING btree ("unit_id","status");--> statement-breakpoint
CREATE INDEX "service_tickets_customer_id_created_at_index" ON "service_tickets" USING btree ("customer_id","created_at");--> statement-breakpoint
CREATE INDEX "service_tickets_opened_by_index" ON "service_tickets" USING btree ("opened_by");