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
CREATE TABLE "document_borrows" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"document_id" uuid NOT NULL,
	"borrower_id" uuid NOT NULL,
	"borrower_unit_id" uuid NOT NULL,
	"purpose" text NOT NULL,
	"due_on" date NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"decided_by" uuid,
	"decided_at" timestamp with time zone,
	"decision_note" text,
	"signature_file_id" uuid,
	"signed_at" timestamp with time zone,
	"returned_at" timestamp with time zone,
	"returned_to" uuid,
	"return_note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "document_versions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"document_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"file_id" uuid NOT NULL,
	"note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "documents" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"number" text NOT NULL,
	"title" text NOT NULL,
	"description" text,
	"category" text NOT NULL,
	"retention_class" text NOT NULL,
	"retain_until" date,
	"confidentiality" text NOT NULL,
	"unit_id" uuid NOT NULL,
	"keeper_id" uuid NOT NULL,
	"customer_id" uuid,
	"contract_id" uuid,
	"status" text DEFAULT 'active' NOT NULL,
	"version_count" integer DEFAULT 0 NOT NULL,
	"reviewed_at" timestamp with time zone,
	"reviewed_by" uuid,
	"review_note" text,
	"disposed_at" timestamp with time zone,
	"disposed_by" uuid,
	"disposal_reason" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
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
ALTER TABLE "expense_claim_lines" ADD CONSTRAINT "expense_claim_lines_claim_id_expense_claims_id_fk" FOREIGN KEY ("claim_id") REFERENCES "public"."expense_claims"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "expense_claim_lines" ADD CONSTRAINT "expense_claim_lines_pre_approval_id_expense_pre_approvals_id_fk" FOREIGN KEY ("pre_approval_id") REFERENCES "public"."expense_pre_approvals"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "expense_claim_lines" ADD CONSTRAINT "expense_claim_lines_flag_cleared_by_users_id_fk" FOREIGN KEY ("flag_cleared_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "expense_claim_lines" ADD CONSTRAINT "expense_claim_lines_rejected_by_users_id_fk" FOREIGN KEY ("rejected_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "expense_claims" ADD CONSTRAINT "expense_claims_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "expense_claims" ADD CONSTRAINT "expense_claims_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "expense_claims" ADD CONSTRAINT "expense_claims_paid_by_users_id_fk" FOREIGN KEY ("paid_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "expense_pre_approvals" ADD CONSTRAINT "expense_pre_approvals_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "expense_pre_approvals" ADD CONSTRAINT "expense_pre_approvals_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "document_borrows" ADD CONSTRAINT "document_borrows_document_id_documents_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."documents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "document_borrows" ADD CONSTRAINT "document_borrows_borrower_id_users_id_fk" FOREIGN KEY ("borrower_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "document_borrows" ADD CONSTRAINT "document_borrows_borrower_unit_id_units_id_fk" FOREIGN KEY ("borrower_unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "document_borrows" ADD CONSTRAINT "document_borrows_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "document_borrows" ADD CONSTRAINT "document_borrows_signature_file_id_files_id_fk" FOREIGN KEY ("signature_file_id") REFERENCES "public"."files"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "document_borrows" ADD CONSTRAINT "document_borrows_returned_to_users_id_fk" FOREIGN KEY ("returned_to") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "document_versions" ADD CONSTRAINT "document_versions_document_id_documents_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."documents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "document_versions" ADD CONSTRAINT "document_versions_file_id_files_id_fk" FOREIGN KEY ("file_id") REFERENCES "public"."files"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "documents" ADD CONSTRAINT "documents_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "documents" ADD CONSTRAINT "documents_keeper_id_users_id_fk" FOREIGN KEY ("keeper_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "documents" ADD CONSTRAINT "documents_reviewed_by_users_id_fk" FOREIGN KEY ("reviewed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "documents" ADD CONSTRAINT "documents_disposed_by_users_id_fk" FOREIGN KEY ("disposed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "risk_reviews" ADD CONSTRAINT "risk_reviews_risk_id_risks_id_fk" FOREIGN KEY ("risk_id") REFERENCES "public"."risks"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "risk_reviews" ADD CONSTRAINT "risk_reviews_reviewed_by_users_id_fk" FOREIGN KEY ("reviewed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "risks" ADD CONSTRAINT "risks_owner_id_users_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "risks" ADD CONSTRAINT "risks_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "risks" ADD CONSTRAINT "risks_customer_id_customers_id_fk" FOREIGN KEY ("customer_id") REFERENCES "public"."customers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "praise_records" ADD CONSTRAINT "praise_records_customer_id_customers_id_fk" FOREIGN KEY ("customer_id") REFERENCES "public"."customers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "praise_records" ADD CONSTRAINT "praise_records_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "praise_records" ADD CONSTRAINT "praise_records_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "satisfaction_surveys" ADD CONSTRAINT "satisfaction_surveys_customer_id_customers_id_fk" FOREIGN KEY ("customer_id") REFERENCES "public"."customers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "satisfaction_surveys" ADD CONSTRAINT "satisfaction_surveys_rep_id_users_id_fk" FOREIGN KEY ("rep_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "satisfaction_surveys" ADD CONSTRAINT "satisfaction_surveys_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_tickets" ADD CONSTRAINT "service_tickets_customer_id_customers_id_fk" FOREIGN KEY ("customer_id") REFERENCES "public"."customers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_tickets" ADD CONSTRAINT "service_tickets_owner_id_users_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_tickets" ADD CONSTRAINT "service_tickets_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_tickets" ADD CONSTRAINT "service_tickets_opened_by_users_id_fk" FOREIGN KEY ("opened_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "expense_claim_lines_claim_id_seq_index" ON "expense_claim_lines" USING btree ("claim_id","seq");--> statement-breakpoint
CREATE INDEX "expense_claim_lines_invoice_no_index" ON "expense_claim_lines" USING btree ("invoice_no");--> statement-breakpoint
CREATE INDEX "expense_claim_lines_receipt_sha256_index" ON "expense_claim_lines" USING btree ("receipt_sha256");--> statement-breakpoint
CREATE INDEX "expense_claim_lines_spent_on_amount_fen_index" ON "expense_claim_lines" USING btree ("spent_on","amount_fen");--> statement-breakpoint
CREATE UNIQUE INDEX "expense_claims_number_index" ON "expense_claims" USING btree ("number");--> statement-breakpoint
CREATE INDEX "expense_claims_user_id_status_index" ON "expense_claims" USING btree ("user_id","status");--> statement-breakpoint
CREATE INDEX "expense_claims_unit_id_status_index" ON "expense_claims" USING btree ("unit_id","status");--> statement-breakpoint
CREATE UNIQUE INDEX "expense_pre_approvals_number_index" ON "expense_pre_approvals" USING btree ("number");--> statement-breakpoint
CREATE INDEX "expense_pre_approvals_user_id_status_index" ON "expense_pre_approvals" USING btree ("user_id","status");--> statement-breakpoint
CREATE INDEX "expense_pre_approvals_unit_id_index" ON "expense_pre_approvals" USING btree ("unit_id");--> statement-breakpoint
CREATE INDEX "document_borrows_document_id_created_at_index" ON "document_borrows" USING btree ("document_id","created_at");--> statement-breakpoint
CREATE INDEX "document_borrows_borrower_id_status_index" ON "document_borrows" USING btree ("borrower_id","status");--> statement-breakpoint
CREATE UNIQUE INDEX "document_versions_document_id_version_index" ON "document_versions" USING btree ("document_id","version");--> statement-breakpoint
CREATE UNIQUE INDEX "documents_number_index" ON "documents" USING btree ("number");--> statement-breakpoint
CREATE INDEX "documents_unit_id_category_index" ON "documents" USING btree ("unit_id","category");--> statement-breakpoint
CREATE INDEX "documents_keeper_id_index" ON "documents" USING btree ("keeper_id");--> statement-breakpoint
CREATE INDEX "documents_status_retain_until_index" ON "documents" USING btree ("status","retain_until");--> statement-breakpoint
CREATE INDEX "risk_reviews_risk_id_reviewed_at_index" ON "risk_reviews" USING btree ("risk_id","reviewed_at");--> statement-breakpoint
CREATE UNIQUE INDEX "risks_number_index" ON "risks" USING btree ("number");--> statement-breakpoint
CREATE INDEX "risks_status_review_on_index" ON "risks" USING btree ("status","review_on");--> statement-breakpoint
CREATE INDEX "risks_owner_id_status_index" ON "risks" USING btree ("owner_id","status");--> statement-breakpoint
CREATE INDEX "risks_unit_id_status_index" ON "risks" USING btree ("unit_id","status");--> statement-breakpoint
CREATE INDEX "risks_customer_id_index" ON "risks" USING btree ("customer_id");--> statement-breakpoint
CREATE UNIQUE INDEX "risks_open_signal" ON "risks" USING btree ("customer_id","signal") WHERE source = 'system' and status <> 'closed';--> statement-breakpoint
CREATE INDEX "praise_records_user_id_day_index" ON "praise_records" USING btree ("user_id","day");--> statement-breakpoint
CREATE INDEX "praise_records_unit_id_day_index" ON "praise_records" USING btree ("unit_id","day");--> statement-breakpoint
CREATE INDEX "praise_records_customer_id_day_index" ON "praise_records" USING btree ("customer_id","day");--> statement-breakpoint
CREATE UNIQUE INDEX "satisfaction_surveys_token_hash_index" ON "satisfaction_surveys" USING btree ("token_hash");--> statement-breakpoint
CREATE UNIQUE INDEX "satisfaction_surveys_source_source_ref_index" ON "satisfaction_surveys" USING btree ("source","source_ref") WHERE "satisfaction_surveys"."source_ref" is not null;--> statement-breakpoint
CREATE INDEX "satisfaction_surveys_customer_id_sent_at_index" ON "satisfaction_surveys" USING btree ("customer_id","sent_at");--> statement-breakpoint
CREATE INDEX "satisfaction_surveys_rep_id_answered_at_index" ON "satisfaction_surveys" USING btree ("rep_id","answered_at");--> statement-breakpoint
CREATE INDEX "satisfaction_surveys_unit_id_answered_at_index" ON "satisfaction_surveys" USING btree ("unit_id","answered_at");--> statement-breakpoint
CREATE UNIQUE INDEX "service_tickets_number_index" ON "service_tickets" USING btree ("number");--> statement-breakpoint
CREATE INDEX "service_tickets_owner_id_status_index" ON "service_tickets" USING btree ("owner_id","status");--> statement-breakpoint
CREATE INDEX "service_tickets_unit_id_status_index" ON "service_tickets" USING btree ("unit_id","status");--> statement-breakpoint
CREATE INDEX "service_tickets_customer_id_created_at_index" ON "service_tickets" USING btree ("customer_id","created_at");--> statement-breakpoint
CREATE INDEX "service_tickets_opened_by_index" ON "service_tickets" USING btree ("opened_by");