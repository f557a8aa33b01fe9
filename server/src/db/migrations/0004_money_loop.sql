CREATE TABLE "dunning_items" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"run_id" uuid NOT NULL,
	"instalment_id" uuid NOT NULL,
	"contract_id" uuid NOT NULL,
	"customer_id" uuid NOT NULL,
	"rep_id" uuid NOT NULL,
	"supervisor_id" uuid,
	"unit_id" uuid NOT NULL,
	"outstanding_fen" bigint NOT NULL,
	"due_date" date NOT NULL,
	"days_overdue" integer NOT NULL,
	"due_item_id" uuid,
	"outcome" text,
	"outcome_note" text,
	"promised_on" date,
	"outcome_at" timestamp with time zone,
	"outcome_by" uuid
);
--> statement-breakpoint
CREATE TABLE "dunning_runs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"period" text NOT NULL,
	"run_on" date NOT NULL,
	"item_count" integer DEFAULT 0 NOT NULL,
	"issued_at" timestamp with time zone NOT NULL,
	"issued_by" uuid,
	CONSTRAINT "dunning_runs_period_unique" UNIQUE("period")
);
--> statement-breakpoint
CREATE TABLE "instalment_escalations" (
	"instalment_id" uuid NOT NULL,
	"level" text NOT NULL,
	"days_overdue" integer NOT NULL,
	"at" timestamp with time zone NOT NULL,
	CONSTRAINT "instalment_escalations_instalment_id_level_pk" PRIMARY KEY("instalment_id","level")
);
--> statement-breakpoint
CREATE TABLE "write_offs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"contract_id" uuid NOT NULL,
	"owner_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"amount_fen" bigint NOT NULL,
	"reason" text NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "contracts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"number" text NOT NULL,
	"kind" text NOT NULL,
	"main_contract_id" uuid,
	"customer_id" uuid NOT NULL,
	"quote_id" uuid,
	"title" text NOT NULL,
	"owner_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"amount_fen" bigint NOT NULL,
	"delta_fen" bigint,
	"status" text DEFAULT 'draft' NOT NULL,
	"start_date" date,
	"end_date" date,
	"payment_terms" text,
	"credit_check" jsonb,
	"planned_instalments" jsonb,
	"signed_on" date,
	"entered_at" timestamp with time zone,
	"entered_by" uuid,
	"verified_at" timestamp with time zone,
	"verified_by" uuid,
	"signed_at" timestamp with time zone,
	"legal_status" text DEFAULT 'none' NOT NULL,
	"legal_status_at" timestamp with time zone,
	"remark" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "contracts_number_unique" UNIQUE("number")
);
--> statement-breakpoint
CREATE TABLE "delivery_documents" (
	"order_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"provided" boolean DEFAULT false NOT NULL,
	"file_id" uuid,
	"checked_at" timestamp with time zone,
	"checked_by" uuid,
	CONSTRAINT "delivery_documents_order_id_kind_pk" PRIMARY KEY("order_id","kind")
);
--> statement-breakpoint
CREATE TABLE "order_lines" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"order_id" uuid NOT NULL,
	"seq" integer NOT NULL,
	"product_id" uuid,
	"product_name" text NOT NULL,
	"unit" text NOT NULL,
	"quantity" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "orders" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"number" text NOT NULL,
	"contract_id" uuid NOT NULL,
	"customer_id" uuid NOT NULL,
	"owner_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"status" text DEFAULT 'production' NOT NULL,
	"expected_ship_date" date,
	"delivered_at" timestamp with time zone,
	"accepted_at" timestamp with time zone,
	"remark" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "orders_number_unique" UNIQUE("number")
);
--> statement-breakpoint
CREATE TABLE "return_requests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"number" text NOT NULL,
	"kind" text NOT NULL,
	"contract_id" uuid NOT NULL,
	"order_id" uuid,
	"customer_id" uuid NOT NULL,
	"owner_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"reason" text NOT NULL,
	"credit_fen" bigint DEFAULT 0 NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "return_requests_number_unique" UNIQUE("number")
);
--> statement-breakpoint
CREATE TABLE "shipment_lines" (
	"shipment_id" uuid NOT NULL,
	"order_line_id" uuid NOT NULL,
	"quantity" integer NOT NULL,
	CONSTRAINT "shipment_lines_shipment_id_order_line_id_pk" PRIMARY KEY("shipment_id","order_line_id")
);
--> statement-breakpoint
CREATE TABLE "shipments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"order_id" uuid NOT NULL,
	"shipped_on" date NOT NULL,
	"carrier" text,
	"tracking_no" text,
	"note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "product_categories" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"sort" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "product_categories_name_unique" UNIQUE("name")
);
--> statement-breakpoint
CREATE TABLE "product_price_versions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"product_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"list_price_fen" bigint NOT NULL,
	"floor_price_fen" bigint NOT NULL,
	"cost_fen" bigint,
	"reason" text,
	"effective_at" timestamp with time zone NOT NULL,
	"actor_id" uuid
);
--> statement-breakpoint
CREATE TABLE "products" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"category_id" uuid,
	"unit" text NOT NULL,
	"spec" text,
	"list_price_fen" bigint NOT NULL,
	"floor_price_fen" bigint NOT NULL,
	"cost_fen" bigint,
	"status" text DEFAULT 'active' NOT NULL,
	"price_version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "products_code_unique" UNIQUE("code")
);
--> statement-breakpoint
CREATE TABLE "order_intents" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"customer_id" uuid NOT NULL,
	"quote_id" uuid,
	"owner_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"supervisor_id" uuid,
	"expected_amount_fen" bigint,
	"expected_order_date" date,
	"note" text NOT NULL,
	"reported_at" timestamp with time zone NOT NULL,
	"acknowledged_at" timestamp with time zone,
	"acknowledged_by" uuid,
	"ack_comment" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "quote_lines" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"quote_id" uuid NOT NULL,
	"seq" integer NOT NULL,
	"product_id" uuid NOT NULL,
	"product_name" text NOT NULL,
	"unit" text NOT NULL,
	"quantity" integer NOT NULL,
	"list_price_fen" bigint NOT NULL,
	"floor_price_fen" bigint NOT NULL,
	"unit_price_fen" bigint NOT NULL,
	"discount_bp" integer NOT NULL,
	"amount_fen" bigint NOT NULL,
	"remark" text
);
--> statement-breakpoint
CREATE TABLE "quotes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"number" text NOT NULL,
	"customer_id" uuid NOT NULL,
	"opportunity_id" uuid,
	"owner_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"tax_rate_pct" integer NOT NULL,
	"valid_until" date NOT NULL,
	"list_total_fen" bigint DEFAULT 0 NOT NULL,
	"net_total_fen" bigint DEFAULT 0 NOT NULL,
	"tax_fen" bigint DEFAULT 0 NOT NULL,
	"total_fen" bigint DEFAULT 0 NOT NULL,
	"max_discount_bp" integer DEFAULT 0 NOT NULL,
	"below_floor" boolean DEFAULT false NOT NULL,
	"remark" text,
	"sent_at" timestamp with time zone,
	"decided_at" timestamp with time zone,
	"contract_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "quotes_number_unique" UNIQUE("number")
);
--> statement-breakpoint
CREATE TABLE "credit_notes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"contract_id" uuid NOT NULL,
	"customer_id" uuid NOT NULL,
	"source_type" text NOT NULL,
	"source_id" uuid NOT NULL,
	"amount_fen" bigint NOT NULL,
	"unallocated_fen" bigint DEFAULT 0 NOT NULL,
	"issued_at" timestamp with time zone NOT NULL,
	"actor_id" uuid
);
--> statement-breakpoint
CREATE TABLE "instalments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"contract_id" uuid NOT NULL,
	"customer_id" uuid NOT NULL,
	"owner_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"plan_version" integer DEFAULT 1 NOT NULL,
	"seq" integer NOT NULL,
	"due_date" date NOT NULL,
	"amount_fen" bigint NOT NULL,
	"origin" text NOT NULL,
	"origin_id" uuid,
	"superseded_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "invoices" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"contract_id" uuid NOT NULL,
	"customer_id" uuid NOT NULL,
	"owner_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"fapiao_no" text NOT NULL,
	"kind" text NOT NULL,
	"amount_fen" bigint NOT NULL,
	"issued_on" date NOT NULL,
	"remark" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "invoices_fapiaoNo_unique" UNIQUE("fapiao_no")
);
--> statement-breakpoint
CREATE TABLE "payments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"number" text NOT NULL,
	"kind" text DEFAULT 'receipt' NOT NULL,
	"reversal_of_id" uuid,
	"customer_id" uuid NOT NULL,
	"contract_id" uuid,
	"owner_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"method" text NOT NULL,
	"amount_fen" bigint NOT NULL,
	"unallocated_fen" bigint DEFAULT 0 NOT NULL,
	"received_on" date NOT NULL,
	"payer" text NOT NULL,
	"voucher_no" text,
	"status" text DEFAULT 'pending' NOT NULL,
	"confirmed_at" timestamp with time zone,
	"confirmed_by" uuid,
	"reject_reason" text,
	"remark" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "payments_number_unique" UNIQUE("number")
);
--> statement-breakpoint
CREATE TABLE "plan_changes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"contract_id" uuid NOT NULL,
	"owner_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"proposed" jsonb NOT NULL,
	"reason" text NOT NULL,
	"status" text DEFAULT 'reviewing' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "settlements" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"instalment_id" uuid NOT NULL,
	"source_type" text NOT NULL,
	"source_id" uuid NOT NULL,
	"amount_fen" bigint NOT NULL,
	"confirmed_at" timestamp with time zone,
	"released_at" timestamp with time zone,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "seal_log" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"seal_id" uuid NOT NULL,
	"request_id" uuid,
	"action" text NOT NULL,
	"user_id" uuid NOT NULL,
	"violation" boolean DEFAULT false NOT NULL,
	"note" text,
	"at" timestamp with time zone NOT NULL,
	"actor_id" uuid
);
--> statement-breakpoint
CREATE TABLE "seal_requests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"seal_id" uuid NOT NULL,
	"contract_id" uuid,
	"purpose" text NOT NULL,
	"requester_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "seal_violations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"seal_id" uuid NOT NULL,
	"log_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"description" text NOT NULL,
	"harm" boolean DEFAULT false NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"actor_id" uuid
);
--> statement-breakpoint
CREATE TABLE "seals" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"kind" text NOT NULL,
	"custodian_id" uuid NOT NULL,
	"status" text DEFAULT 'in_custody' NOT NULL,
	"remark" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "idempotency_keys" (
	"actor_id" uuid NOT NULL,
	"scope" text NOT NULL,
	"key" text NOT NULL,
	"body_hash" text NOT NULL,
	"response_status" integer,
	"response_body" jsonb,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "idempotency_keys_actor_id_scope_key_pk" PRIMARY KEY("actor_id","scope","key")
);
--> statement-breakpoint
CREATE TABLE "ledger_entries" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"account" text NOT NULL,
	"holder_id" uuid NOT NULL,
	"amount" bigint NOT NULL,
	"kind" text NOT NULL,
	"ref_type" text,
	"ref_id" uuid,
	"reverses_id" uuid,
	"idempotency_key" text,
	"memo" jsonb,
	"at" timestamp with time zone NOT NULL,
	"actor_id" uuid
);
--> statement-breakpoint
ALTER TABLE "dunning_items" ADD CONSTRAINT "dunning_items_run_id_dunning_runs_id_fk" FOREIGN KEY ("run_id") REFERENCES "public"."dunning_runs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dunning_items" ADD CONSTRAINT "dunning_items_instalment_id_instalments_id_fk" FOREIGN KEY ("instalment_id") REFERENCES "public"."instalments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dunning_items" ADD CONSTRAINT "dunning_items_contract_id_contracts_id_fk" FOREIGN KEY ("contract_id") REFERENCES "public"."contracts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dunning_items" ADD CONSTRAINT "dunning_items_rep_id_users_id_fk" FOREIGN KEY ("rep_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dunning_items" ADD CONSTRAINT "dunning_items_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "instalment_escalations" ADD CONSTRAINT "instalment_escalations_instalment_id_instalments_id_fk" FOREIGN KEY ("instalment_id") REFERENCES "public"."instalments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "write_offs" ADD CONSTRAINT "write_offs_contract_id_contracts_id_fk" FOREIGN KEY ("contract_id") REFERENCES "public"."contracts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "write_offs" ADD CONSTRAINT "write_offs_owner_id_users_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "write_offs" ADD CONSTRAINT "write_offs_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contracts" ADD CONSTRAINT "contracts_customer_id_customers_id_fk" FOREIGN KEY ("customer_id") REFERENCES "public"."customers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contracts" ADD CONSTRAINT "contracts_owner_id_users_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contracts" ADD CONSTRAINT "contracts_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "delivery_documents" ADD CONSTRAINT "delivery_documents_order_id_orders_id_fk" FOREIGN KEY ("order_id") REFERENCES "public"."orders"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "order_lines" ADD CONSTRAINT "order_lines_order_id_orders_id_fk" FOREIGN KEY ("order_id") REFERENCES "public"."orders"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "order_lines" ADD CONSTRAINT "order_lines_product_id_products_id_fk" FOREIGN KEY ("product_id") REFERENCES "public"."products"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "orders" ADD CONSTRAINT "orders_contract_id_contracts_id_fk" FOREIGN KEY ("contract_id") REFERENCES "public"."contracts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "orders" ADD CONSTRAINT "orders_customer_id_customers_id_fk" FOREIGN KEY ("customer_id") REFERENCES "public"."customers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "orders" ADD CONSTRAINT "orders_owner_id_users_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "orders" ADD CONSTRAINT "orders_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "return_requests" ADD CONSTRAINT "return_requests_contract_id_contracts_id_fk" FOREIGN KEY ("contract_id") REFERENCES "public"."contracts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "return_requests" ADD CONSTRAINT "return_requests_order_id_orders_id_fk" FOREIGN KEY ("order_id") REFERENCES "public"."orders"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "return_requests" ADD CONSTRAINT "return_requests_customer_id_customers_id_fk" FOREIGN KEY ("customer_id") REFERENCES "public"."customers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "return_requests" ADD CONSTRAINT "return_requests_owner_id_users_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "return_requests" ADD CONSTRAINT "return_requests_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "shipment_lines" ADD CONSTRAINT "shipment_lines_shipment_id_shipments_id_fk" FOREIGN KEY ("shipment_id") REFERENCES "public"."shipments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "shipment_lines" ADD CONSTRAINT "shipment_lines_order_line_id_order_lines_id_fk" FOREIGN KEY ("order_line_id") REFERENCES "public"."order_lines"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "shipments" ADD CONSTRAINT "shipments_order_id_orders_id_fk" FOREIGN KEY ("order_id") REFERENCES "public"."orders"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "product_price_versions" ADD CONSTRAINT "product_price_versions_product_id_products_id_fk" FOREIGN KEY ("product_id") REFERENCES "public"."products"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "products" ADD CONSTRAINT "products_category_id_product_categories_id_fk" FOREIGN KEY ("category_id") REFERENCES "public"."product_categories"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "order_intents" ADD CONSTRAINT "order_intents_customer_id_customers_id_fk" FOREIGN KEY ("customer_id") REFERENCES "public"."customers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "order_intents" ADD CONSTRAINT "order_intents_quote_id_quotes_id_fk" FOREIGN KEY ("quote_id") REFERENCES "public"."quotes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "order_intents" ADD CONSTRAINT "order_intents_owner_id_users_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "order_intents" ADD CONSTRAINT "order_intents_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "order_intents" ADD CONSTRAINT "order_intents_supervisor_id_users_id_fk" FOREIGN KEY ("supervisor_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "quote_lines" ADD CONSTRAINT "quote_lines_quote_id_quotes_id_fk" FOREIGN KEY ("quote_id") REFERENCES "public"."quotes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "quote_lines" ADD CONSTRAINT "quote_lines_product_id_products_id_fk" FOREIGN KEY ("product_id") REFERENCES "public"."products"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "quotes" ADD CONSTRAINT "quotes_customer_id_customers_id_fk" FOREIGN KEY ("customer_id") REFERENCES "public"."customers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "quotes" ADD CONSTRAINT "quotes_opportunity_id_opportunities_id_fk" FOREIGN KEY ("opportunity_id") REFERENCES "public"."opportunities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "quotes" ADD CONSTRAINT "quotes_owner_id_users_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "quotes" ADD CONSTRAINT "quotes_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "credit_notes" ADD CONSTRAINT "credit_notes_contract_id_contracts_id_fk" FOREIGN KEY ("contract_id") REFERENCES "public"."contracts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "credit_notes" ADD CONSTRAINT "credit_notes_customer_id_customers_id_fk" FOREIGN KEY ("customer_id") REFERENCES "public"."customers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "instalments" ADD CONSTRAINT "instalments_contract_id_contracts_id_fk" FOREIGN KEY ("contract_id") REFERENCES "public"."contracts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "instalments" ADD CONSTRAINT "instalments_customer_id_customers_id_fk" FOREIGN KEY ("customer_id") REFERENCES "public"."customers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "instalments" ADD CONSTRAINT "instalments_owner_id_users_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "instalments" ADD CONSTRAINT "instalments_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "invoices" ADD CONSTRAINT "invoices_contract_id_contracts_id_fk" FOREIGN KEY ("contract_id") REFERENCES "public"."contracts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "invoices" ADD CONSTRAINT "invoices_customer_id_customers_id_fk" FOREIGN KEY ("customer_id") REFERENCES "public"."customers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "invoices" ADD CONSTRAINT "invoices_owner_id_users_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "invoices" ADD CONSTRAINT "invoices_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "payments" ADD CONSTRAINT "payments_customer_id_customers_id_fk" FOREIGN KEY ("customer_id") REFERENCES "public"."customers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "payments" ADD CONSTRAINT "payments_contract_id_contracts_id_fk" FOREIGN KEY ("contract_id") REFERENCES "public"."contracts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "payments" ADD CONSTRAINT "payments_owner_id_users_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "payments" ADD CONSTRAINT "payments_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_changes" ADD CONSTRAINT "plan_changes_contract_id_contracts_id_fk" FOREIGN KEY ("contract_id") REFERENCES "public"."contracts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_changes" ADD CONSTRAINT "plan_changes_owner_id_users_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_changes" ADD CONSTRAINT "plan_changes_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "settlements" ADD CONSTRAINT "settlements_instalment_id_instalments_id_fk" FOREIGN KEY ("instalment_id") REFERENCES "public"."instalments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "seal_log" ADD CONSTRAINT "seal_log_seal_id_seals_id_fk" FOREIGN KEY ("seal_id") REFERENCES "public"."seals"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "seal_log" ADD CONSTRAINT "seal_log_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "seal_requests" ADD CONSTRAINT "seal_requests_seal_id_seals_id_fk" FOREIGN KEY ("seal_id") REFERENCES "public"."seals"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "seal_requests" ADD CONSTRAINT "seal_requests_requester_id_users_id_fk" FOREIGN KEY ("requester_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "seal_requests" ADD CONSTRAINT "seal_requests_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "seal_violations" ADD CONSTRAINT "seal_violations_seal_id_seals_id_fk" FOREIGN KEY ("seal_id") REFERENCES "public"."seals"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "seal_violations" ADD CONSTRAINT "seal_violations_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "seals" ADD CONSTRAINT "seals_custodian_id_users_id_fk" FOREIGN KEY ("custodian_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "dunning_items_run_id_rep_id_index" ON "dunning_items" USING btree ("run_id","rep_id");--> statement-breakpoint
CREATE INDEX "dunning_items_rep_id_outcome_index" ON "dunning_items" USING btree ("rep_id","outcome");--> statement-breakpoint
CREATE INDEX "dunning_items_supervisor_id_index" ON "dunning_items" USING btree ("supervisor_id");--> statement-breakpoint
CREATE INDEX "write_offs_contract_id_index" ON "write_offs" USING btree ("contract_id");--> statement-breakpoint
CREATE INDEX "contracts_owner_id_status_index" ON "contracts" USING btree ("owner_id","status");--> statement-breakpoint
CREATE INDEX "contracts_unit_id_status_index" ON "contracts" USING btree ("unit_id","status");--> statement-breakpoint
CREATE INDEX "contracts_customer_id_index" ON "contracts" USING btree ("customer_id");--> statement-breakpoint
CREATE INDEX "contracts_main_contract_id_index" ON "contracts" USING btree ("main_contract_id");--> statement-breakpoint
CREATE INDEX "order_lines_order_id_seq_index" ON "order_lines" USING btree ("order_id","seq");--> statement-breakpoint
CREATE INDEX "orders_owner_id_status_index" ON "orders" USING btree ("owner_id","status");--> statement-breakpoint
CREATE INDEX "orders_unit_id_status_index" ON "orders" USING btree ("unit_id","status");--> statement-breakpoint
CREATE INDEX "orders_contract_id_index" ON "orders" USING btree ("contract_id");--> statement-breakpoint
CREATE INDEX "return_requests_owner_id_index" ON "return_requests" USING btree ("owner_id");--> statement-breakpoint
CREATE INDEX "return_requests_unit_id_index" ON "return_requests" USING btree ("unit_id");--> statement-breakpoint
CREATE INDEX "return_requests_contract_id_index" ON "return_requests" USING btree ("contract_id");--> statement-breakpoint
CREATE INDEX "shipments_order_id_index" ON "shipments" USING btree ("order_id");--> statement-breakpoint
CREATE UNIQUE INDEX "product_price_versions_product_id_version_index" ON "product_price_versions" USING btree ("product_id","version");--> statement-breakpoint
CREATE INDEX "products_category_id_index" ON "products" USING btree ("category_id");--> statement-breakpoint
CREATE INDEX "order_intents_owner_id_index" ON "order_intents" USING btree ("owner_id");--> statement-breakpoint
CREATE INDEX "order_intents_supervisor_id_acknowledged_at_index" ON "order_intents" USING btree ("supervisor_id","acknowledged_at");--> statement-breakpoint
CREATE INDEX "order_intents_customer_id_index" ON "order_intents" USING btree ("customer_id");--> statement-breakpoint
CREATE INDEX "quote_lines_quote_id_seq_index" ON "quote_lines" USING btree ("quote_id","seq");--> statement-breakpoint
CREATE INDEX "quotes_owner_id_status_index" ON "quotes" USING btree ("owner_id","status");--> statement-breakpoint
CREATE INDEX "quotes_unit_id_status_index" ON "quotes" USING btree ("unit_id","status");--> statement-breakpoint
CREATE INDEX "quotes_customer_id_index" ON "quotes" USING btree ("customer_id");--> statement-breakpoint
CREATE INDEX "credit_notes_contract_id_index" ON "credit_notes" USING btree ("contract_id");--> statement-breakpoint
CREATE INDEX "instalments_contract_id_seq_index" ON "instalments" USING btree ("contract_id","seq");--> statement-breakpoint
CREATE INDEX "instalments_owner_id_due_date_index" ON "instalments" USING btree ("owner_id","due_date");--> statement-breakpoint
CREATE INDEX "instalments_unit_id_due_date_index" ON "instalments" USING btree ("unit_id","due_date");--> statement-breakpoint
CREATE INDEX "instalments_customer_id_index" ON "instalments" USING btree ("customer_id");--> statement-breakpoint
CREATE INDEX "instalments_due_date_index" ON "instalments" USING btree ("due_date");--> statement-breakpoint
CREATE INDEX "invoices_contract_id_index" ON "invoices" USING btree ("contract_id");--> statement-breakpoint
CREATE INDEX "payments_owner_id_status_index" ON "payments" USING btree ("owner_id","status");--> statement-breakpoint
CREATE INDEX "payments_unit_id_status_index" ON "payments" USING btree ("unit_id","status");--> statement-breakpoint
CREATE INDEX "payments_customer_id_index" ON "payments" USING btree ("customer_id");--> statement-breakpoint
CREATE INDEX "payments_contract_id_index" ON "payments" USING btree ("contract_id");--> statement-breakpoint
CREATE UNIQUE INDEX "payments_reversal_of_id_index" ON "payments" USING btree ("reversal_of_id") WHERE "payments"."reversal_of_id" is not null;--> statement-breakpoint
CREATE INDEX "plan_changes_contract_id_index" ON "plan_changes" USING btree ("contract_id");--> statement-breakpoint
CREATE INDEX "settlements_instalment_id_index" ON "settlements" USING btree ("instalment_id");--> statement-breakpoint
CREATE INDEX "settlements_source_type_source_id_index" ON "settlements" USING btree ("source_type","source_id");--> statement-breakpoint
CREATE INDEX "seal_log_seal_id_at_index" ON "seal_log" USING btree ("seal_id","at");--> statement-breakpoint
CREATE INDEX "seal_requests_requester_id_index" ON "seal_requests" USING btree ("requester_id");--> statement-breakpoint
CREATE INDEX "seal_requests_seal_id_status_index" ON "seal_requests" USING btree ("seal_id","status");--> statement-breakpoint
CREATE INDEX "seal_violations_user_id_index" ON "seal_violations" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "ledger_entries_account_holder_id_index" ON "ledger_entries" USING btree ("account","holder_id");--> statement-breakpoint
CREATE INDEX "ledger_entries_ref_type_ref_id_index" ON "ledger_entries" USING btree ("ref_type","ref_id");--> statement-breakpoint
CREATE UNIQUE INDEX "ledger_entries_account_idempotency_key_index" ON "ledger_entries" USING btree ("account","idempotency_key") WHERE "ledger_entries"."idempotency_key" is not null;--> statement-breakpoint
CREATE UNIQUE INDEX "ledger_entries_reverses_id_index" ON "ledger_entries" USING btree ("reverses_id") WHERE "ledger_entries"."reverses_id" is not null;--> statement-breakpoint
-- Installations that already have the preset roles get the money-loop permissions the presets
-- grant (a fresh installation gets them from the presets at first start). Grants an administrator
-- already set are left as they are.
INSERT INTO "role_permissions" ("role_id", "permission", "scope")
SELECT r."id", g."permission", g."scope"
FROM "roles" r
JOIN (VALUES
  ('gm', 'product:read', 'all'),
  ('gm', 'seal:request', 'all'),
  ('gm', 'quote:read', 'all'),
  ('gm', 'contract:read', 'all'),
  ('gm', 'order:read', 'all'),
  ('gm', 'payment:read', 'all'),
  ('gm', 'receivable:read', 'all'),
  ('gm', 'receivable:export', 'all'),
  ('gm', 'product:cost', 'all'),
  ('gm', 'seal:read', 'all'),
  ('sales_director', 'product:read', 'all'),
  ('sales_director', 'seal:request', 'all'),
  ('sales_director', 'quote:read', 'all'),
  ('sales_director', 'quote:write', 'all'),
  ('sales_director', 'contract:read', 'all'),
  ('sales_director', 'contract:write', 'all'),
  ('sales_director', 'order:read', 'all'),
  ('sales_director', 'order:write', 'all'),
  ('sales_director', 'return:write', 'all'),
  ('sales_director', 'payment:read', 'all'),
  ('sales_director', 'payment:create', 'all'),
  ('sales_director', 'plan:change', 'all'),
  ('sales_director', 'receivable:read', 'all'),
  ('sales_director', 'dunning:outcome', 'all'),
  ('sales_director', 'writeoff:request', 'all'),
  ('sales_director', 'contract:verify', 'all'),
  ('sales_director', 'product:manage', 'all'),
  ('sales_director', 'product:price', 'all'),
  ('sales_director', 'product:cost', 'all'),
  ('sales_director', 'receivable:export', 'all'),
  ('sales_director', 'receivable:legal', 'all'),
  ('sales_director', 'seal:read', 'all'),
  ('regional_manager', 'product:read', 'all'),
  ('regional_manager', 'seal:request', 'all'),
  ('regional_manager', 'quote:read', 'unit_tree'),
  ('regional_manager', 'quote:write', 'unit_tree'),
  ('regional_manager', 'contract:read', 'unit_tree'),
  ('regional_manager', 'contract:write', 'unit_tree'),
  ('regional_manager', 'order:read', 'unit_tree'),
  ('regional_manager', 'order:write', 'unit_tree'),
  ('regional_manager', 'return:write', 'unit_tree'),
  ('regional_manager', 'payment:read', 'unit_tree'),
  ('regional_manager', 'payment:create', 'unit_tree'),
  ('regional_manager', 'plan:change', 'unit_tree'),
  ('regional_manager', 'receivable:read', 'unit_tree'),
  ('regional_manager', 'dunning:outcome', 'unit_tree'),
  ('regional_manager', 'writeoff:request', 'unit_tree'),
  ('regional_manager', 'receivable:export', 'all'),
  ('sales_manager', 'product:read', 'all'),
  ('sales_manager', 'seal:request', 'all'),
  ('sales_manager', 'quote:read', 'unit_tree'),
  ('sales_manager', 'quote:write', 'unit_tree'),
  ('sales_manager', 'contract:read', 'unit_tree'),
  ('sales_manager', 'contract:write', 'unit_tree'),
  ('sales_manager', 'order:read', 'unit_tree'),
  ('sales_manager', 'order:write', 'unit_tree'),
  ('sales_manager', 'return:write', 'unit_tree'),
  ('sales_manager', 'payment:read', 'unit_tree'),
  ('sales_manager', 'payment:create', 'unit_tree'),
  ('sales_manager', 'plan:change', 'unit_tree'),
  ('sales_manager', 'receivable:read', 'unit_tree'),
  ('sales_manager', 'dunning:outcome', 'unit_tree'),
  ('sales_manager', 'writeoff:request', 'unit_tree'),
  ('sales_manager', 'receivable:export', 'all'),
  ('sales_supervisor', 'product:read', 'all'),
  ('sales_supervisor', 'seal:request', 'all'),
  ('sales_supervisor', 'quote:read', 'subordinates'),
  ('sales_supervisor', 'quote:write', 'subordinates'),
  ('sales_supervisor', 'contract:read', 'subordinates'),
  ('sales_supervisor', 'contract:write', 'subordinates'),
  ('sales_supervisor', 'order:read', 'subordinates'),
  ('sales_supervisor', 'order:write', 'subordinates'),
  ('sales_supervisor', 'return:write', 'subordinates'),
  ('sales_supervisor', 'payment:read', 'subordinates'),
  ('sales_supervisor', 'payment:create', 'subordinates'),
  ('sales_supervisor', 'plan:change', 'subordinates'),
  ('sales_supervisor', 'receivable:read', 'subordinates'),
  ('sales_supervisor', 'dunning:outcome', 'subordinates'),
  ('sales_supervisor', 'receivable:export', 'all'),
  ('sales_assistant', 'product:read', 'all'),
  ('sales_assistant', 'seal:request', 'all'),
  ('sales_assistant', 'quote:read', 'unit_tree'),
  ('sales_assistant', 'quote:write', 'unit_tree'),
  ('sales_assistant', 'contract:read', 'unit_tree'),
  ('sales_assistant', 'contract:write', 'unit_tree'),
  ('sales_assistant', 'order:read', 'unit_tree'),
  ('sales_assistant', 'order:write', 'unit_tree'),
  ('sales_assistant', 'return:write', 'unit_tree'),
  ('sales_assistant', 'payment:read', 'unit_tree'),
  ('sales_assistant', 'payment:create', 'unit_tree'),
  ('sales_assistant', 'plan:change', 'unit_tree'),
  ('sales_assistant', 'receivable:read', 'unit_tree'),
  ('sales_assistant', 'dunning:outcome', 'unit_tree'),
  ('sales_assistant', 'contract:enter', 'unit_tree'),
  ('sales_assistant', 'contract:verify', 'unit_tree'),
  ('sales_assistant', 'receivable:export', 'all'),
  ('sales_assistant', 'product:manage', 'all'),
  ('sales_assistant', 'seal:read', 'all'),
  ('sales_assistant', 'seal:manage', 'all'),
  ('sales_rep', 'product:read', 'all'),
  ('sales_rep', 'seal:request', 'all'),
  ('sales_rep', 'quote:read', 'own'),
  ('sales_rep', 'quote:write', 'own'),
  ('sales_rep', 'contract:read', 'own'),
  ('sales_rep', 'contract:write', 'own'),
  ('sales_rep', 'order:read', 'own'),
  ('sales_rep', 'order:write', 'own'),
  ('sales_rep', 'return:write', 'own'),
  ('sales_rep', 'payment:read', 'own'),
  ('sales_rep', 'payment:create', 'own'),
  ('sales_rep', 'plan:change', 'own'),
  ('sales_rep', 'receivable:read', 'own'),
  ('sales_rep', 'dunning:outcome', 'own'),
  ('receptionist', 'product:read', 'all'),
  ('receptionist', 'seal:request', 'all'),
  ('finance', 'product:read', 'all'),
  ('finance', 'seal:request', 'all'),
  ('finance', 'contract:read', 'all'),
  ('finance', 'contract:verify', 'all'),
  ('finance', 'order:read', 'all'),
  ('finance', 'payment:read', 'all'),
  ('finance', 'payment:create', 'all'),
  ('finance', 'payment:confirm', 'all'),
  ('finance', 'invoice:write', 'all'),
  ('finance', 'receivable:read', 'all'),
  ('finance', 'receivable:export', 'all'),
  ('finance', 'receivable:legal', 'all'),
  ('finance', 'dunning:run', 'all'),
  ('finance', 'writeoff:request', 'all'),
  ('finance', 'product:cost', 'all'),
  ('hr', 'product:read', 'all'),
  ('hr', 'seal:request', 'all'),
  ('admin', 'product:read', 'all'),
  ('admin', 'seal:request', 'all')
) AS g("code", "permission", "scope") ON g."code" = r."code"
WHERE r."preset" = true
ON CONFLICT DO NOTHING;
