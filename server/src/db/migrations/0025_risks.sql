CREATE TABLE "risk_reviews" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"risk_id" uuid NOT NULL,
	"reviewed_by" uuid NOT NULL,
	"reviewed_at" timestamp with time zone NOT NULL,
	"note" text NOT NULL,
	"next_review_on" date
);
--> statement-breakpoint
CREATE TABLE "risks" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"number" text NOT NULL,
	"title" text NOT NULL,
	"description" text,
	"category" text NOT NULL,
	"likelihood" integer NOT NULL,
	"impact" integer NOT NULL,
	"owner_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"controls" text,
	"review_on" date NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"customer_id" uuid,
	"source" text DEFAULT 'manual' NOT NULL,
	"signal" text,
	"closed_at" timestamp with time zone,
	"closed_note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "risk_reviews" ADD CONSTRAINT "risk_reviews_risk_id_risks_id_fk" FOREIGN KEY ("risk_id") REFERENCES "public"."risks"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "risk_reviews" ADD CONSTRAINT "risk_reviews_reviewed_by_users_id_fk" FOREIGN KEY ("reviewed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "risks" ADD CONSTRAINT "risks_owner_id_users_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "risks" ADD CONSTRAINT "risks_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "risks" ADD CONSTRAINT "risks_customer_id_customers_id_fk" FOREIGN KEY ("customer_id") REFERENCES "public"."customers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "risk_reviews_risk_id_reviewed_at_index" ON "risk_reviews" USING btree ("risk_id","reviewed_at");--> statement-breakpoint
CREATE UNIQUE INDEX "risks_number_index" ON "risks" USING btree ("number");--> statement-breakpoint
CREATE INDEX "risks_status_review_on_index" ON "risks" USING btree ("status","review_on");--> statement-breakpoint
CREATE INDEX "risks_owner_id_status_index" ON "risks" USING btree ("owner_id","status");--> statement-breakpoint
CREATE INDEX "risks_unit_id_status_index" ON "risks" USING btree ("unit_id","status");--> statement-breakpoint
CREATE INDEX "risks_customer_id_index" ON "risks" USING btree ("customer_id");--> statement-breakpoint
CREATE UNIQUE INDEX "risks_open_signal" ON "risks" USING btree ("customer_id","signal") WHERE source = 'system' and status <> 'closed';