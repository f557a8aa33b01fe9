CREATE TABLE "ledger_lot_consumptions" (
	"entry_id" uuid NOT NULL,
	"lot_id" uuid NOT NULL,
	"amount" bigint NOT NULL,
	CONSTRAINT "ledger_lot_consumptions_entry_id_lot_id_pk" PRIMARY KEY("entry_id","lot_id")
);
--> statement-breakpoint
ALTER TABLE "ledger_entries" ADD COLUMN "seq" bigserial NOT NULL;--> statement-breakpoint
ALTER TABLE "ledger_entries" ADD COLUMN "expires_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "ledger_lot_consumptions" ADD CONSTRAINT "ledger_lot_consumptions_entry_id_ledger_entries_id_fk" FOREIGN KEY ("entry_id") REFERENCES "public"."ledger_entries"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ledger_lot_consumptions" ADD CONSTRAINT "ledger_lot_consumptions_lot_id_ledger_entries_id_fk" FOREIGN KEY ("lot_id") REFERENCES "public"."ledger_entries"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "ledger_lot_consumptions_lot_id_index" ON "ledger_lot_consumptions" USING btree ("lot_id");--> statement-breakpoint
CREATE INDEX "ledger_entries_expires_at_index" ON "ledger_entries" USING btree ("expires_at") WHERE "ledger_entries"."expires_at" is not null;--> statement-breakpoint
-- Entries posted before lots existed: every negative entry takes from the positive entries that
-- reverse nothing, first in first out per account and holder (none of them expires), so each
-- lot's remainder is what the balance already said. The receivables code never reversed a
-- negative entry, so there are no positive reversals to give back.
INSERT INTO "ledger_lot_consumptions" ("entry_id", "lot_id", "amount")
SELECT d."id", l."id", least(d."hi", l."hi") - greatest(d."lo", l."lo")
FROM (
  SELECT "id", "account", "holder_id", sum("amount") OVER w - "amount" AS "lo", sum("amount") OVER w AS "hi"
  FROM "ledger_entries" WHERE "amount" > 0 AND "reverses_id" IS NULL
  WINDOW w AS (PARTITION BY "account", "holder_id" ORDER BY "at", "seq")
) l
JOIN (
  SELECT "id", "account", "holder_id", sum(-"amount") OVER w + "amount" AS "lo", sum(-"amount") OVER w AS "hi"
  FROM "ledger_entries" WHERE "amount" < 0
  WINDOW w AS (PARTITION BY "account", "holder_id" ORDER BY "at", "seq")
) d ON d."account" = l."account" AND d."holder_id" = l."holder_id" AND d."lo" < l."hi" AND l."lo" < d."hi";
