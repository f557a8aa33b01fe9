CREATE TABLE "sanctions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"person_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"reasons" text NOT NULL,
	"fine_fen" bigint,
	"violation_ids" uuid[] DEFAULT '{}' NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"decided_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "violations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"person_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"category" text NOT NULL,
	"occurred_at" timestamp with time zone NOT NULL,
	"description" text NOT NULL,
	"source" text NOT NULL,
	"source_ref" text,
	"minutes_late" integer,
	"fine_fen" bigint NOT NULL,
	"harm_fine_fen" bigint DEFAULT 0 NOT NULL,
	"harm_note" text,
	"repeat_count" integer,
	"dismissal_flag" boolean DEFAULT false NOT NULL,
	"status" text DEFAULT 'recorded' NOT NULL,
	"appeal_reason" text,
	"appeal_to_id" uuid,
	"appealed_at" timestamp with time zone,
	"decided_by_id" uuid,
	"decided_at" timestamp with time zone,
	"decision_reason" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "sanctions" ADD CONSTRAINT "sanctions_person_id_users_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sanctions" ADD CONSTRAINT "sanctions_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "violations" ADD CONSTRAINT "violations_person_id_users_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "violations" ADD CONSTRAINT "violations_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "sanctions_person_id_index" ON "sanctions" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "violations_person_id_occurred_at_index" ON "violations" USING btree ("person_id","occurred_at");--> statement-breakpoint
CREATE INDEX "violations_appeal_to_id_status_index" ON "violations" USING btree ("appeal_to_id","status");--> statement-breakpoint
-- Q2C-9/PEN-2: seal incidents recorded before the move become violations with their fines, on the ledger.
WITH moved AS (
	INSERT INTO "violations" ("person_id", "unit_id", "category", "occurred_at", "description", "source", "source_ref", "fine_fen", "harm_note", "created_at", "created_by", "updated_at")
	SELECT sv."user_id", u."unit_id", 'seal_misuse', sv."at", s."name" || '：' || sv."description", 'seal', sv."id"::text, coalesce(sv."fine_fen", 0), sv."harm_note", sv."at", sv."actor_id", sv."at"
	FROM "seal_violations" sv JOIN "users" u ON u."id" = sv."user_id" JOIN "seals" s ON s."id" = sv."seal_id"
	RETURNING "id", "person_id", "fine_fen", "occurred_at", "created_by"
)
INSERT INTO "ledger_entries" ("account", "holder_id", "amount", "kind", "ref_type", "ref_id", "idempotency_key", "at", "actor_id")
SELECT 'fines', m."person_id", m."fine_fen", 'fine', 'violation', m."id", 'violation:' || m."id" || ':fine', m."occurred_at", m."created_by"
FROM moved m WHERE m."fine_fen" > 0;--> statement-breakpoint
ALTER TABLE "seal_violations" DROP COLUMN "fine_fen";