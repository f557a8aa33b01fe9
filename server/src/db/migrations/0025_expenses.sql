CREATE TABLE "expense_claim_lines" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"claim_id" uuid NOT NULL,
	"seq" integer NOT NULL,
	"spent_on" date NOT NULL,
	"category" text NOT NULL,
	"amount_fen" bigint NOT NULL,
	"invoice_no" text,
	"merchant" text NOT NULL,
	"pre_approval_id" uuid,
	"visit_id" uuid,
	"receipt_file_id" uuid,
	"receipt_sha256" text,
	"flags" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"flag_reason" text,
	"flag_cleared_by" uuid,
	"rejected_reason" text,
	"rejected_by" uuid,
	"rejected_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "expense_claims" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"number" text NOT NULL,
	"user_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"note" text,
	"status" text DEFAULT 'draft' NOT NULL,
	"total_fen" bigint NOT NULL,
	"over_pre_approved" boolean DEFAULT false NOT NULL,
	"submitted_at" timestamp with time zone,
	"approved_at" timestamp with time zone,
	"paid_on" date,
	"paid_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "expense_pre_approvals" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"number" text NOT NULL,
	"user_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"visit_id" uuid,
	"customer_id" uuid,
	"estimated_fen" bigint NOT NULL,
	"purpose" text NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"decided_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "expense_claim_lines" ADD CONSTRAINT "expense_claim_lines_claim_id_expense_claims_id_fk" FOREIGN KEY ("claim_id") REFERENCES "public"."expense_claims"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "expense_claim_lines" ADD CONSTRAINT "expense_claim_lines_pre_approval_id_expense_pre_approvals_id_fk" FOREIGN KEY ("pre_approval_id") REFERENCES "public"."expense_pre_approvals"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "expense_claim_lines" ADD CONSTRAINT "expense_claim_lines_flag_cleared_by_users_id_fk" FOREIGN KEY ("flag_cleared_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "expense_claim_lines" ADD CONSTRAINT "expense_claim_lines_rejected_by_users_id_fk" FOREIGN KEY ("rejected_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "expense_claims" ADD CONSTRAINT "expense_claims_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "expense_claims" ADD CONSTRAINT "expense_claims_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "expense_claims" ADD CONSTRAINT "expense_claims_paid_by_users_id_fk" FOREIGN KEY ("paid_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "expense_pre_approvals" ADD CONSTRAINT "expense_pre_approvals_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "expense_pre_approvals" ADD CONSTRAINT "expense_pre_approvals_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "expense_claim_lines_claim_id_seq_index" ON "expense_claim_lines" USING btree ("claim_id","seq");--> statement-breakpoint
CREATE INDEX "expense_claim_lines_invoice_no_index" ON "expense_claim_lines" USING btree ("invoice_no");--> statement-breakpoint
CREATE INDEX "expense_claim_lines_receipt_sha256_index" ON "expense_claim_lines" USING btree ("receipt_sha256");--> statement-breakpoint
CREATE INDEX "expense_claim_lines_spent_on_amount_fen_index" ON "expense_claim_lines" USING btree ("spent_on","amount_fen");--> statement-breakpoint
CREATE UNIQUE INDEX "expense_claims_number_index" ON "expense_claims" USING btree ("number");--> statement-breakpoint
CREATE INDEX "expense_claims_user_id_status_index" ON "expense_claims" USING btree ("user_id","status");--> statement-breakpoint
CREATE INDEX "expense_claims_unit_id_status_index" ON "expense_claims" USING btree ("unit_id","status");--> statement-breakpoint
CREATE UNIQUE INDEX "expense_pre_approvals_number_index" ON "expense_pre_approvals" USING btree ("number");--> statement-breakpoint
CREATE INDEX "expense_pre_approvals_user_id_status_index" ON "expense_pre_approvals" USING btree ("user_id","status");--> statement-breakpoint
CREATE INDEX "expense_pre_approvals_unit_id_index" ON "expense_pre_approvals" USING btree ("unit_id");