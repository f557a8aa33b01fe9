ALTER TABLE "instalments" ADD COLUMN "settled_fen" bigint DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "instalments" ADD COLUMN "collected_fen" bigint DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "instalments" ADD COLUMN "reserved_fen" bigint DEFAULT 0 NOT NULL;--> statement-breakpoint
CREATE INDEX "instalments_open_due_idx" ON "instalments" USING btree ("due_date") WHERE "instalments"."superseded_at" is null and "instalments"."settled_fen" < "instalments"."amount_fen";--> statement-breakpoint
-- hand-written
-- AR-4: the stored amounts of every instalment from its unreleased settlements (confirmed: settled,
-- of payments: collected; pending: reserved).
UPDATE "instalments" i SET
  "settled_fen" = a.settled, "collected_fen" = a.collected, "reserved_fen" = a.reserved
FROM (
  SELECT s."instalment_id",
    coalesce(sum(s."amount_fen") FILTER (WHERE s."confirmed_at" IS NOT NULL), 0) AS settled,
    coalesce(sum(s."amount_fen") FILTER (WHERE s."confirmed_at" IS NOT NULL AND s."source_type" = 'payment'), 0) AS collected,
    coalesce(sum(s."amount_fen") FILTER (WHERE s."confirmed_at" IS NULL), 0) AS reserved
  FROM "settlements" s WHERE s."released_at" IS NULL GROUP BY s."instalment_id"
) a
WHERE i."id" = a."instalment_id";--> statement-breakpoint
-- AR-5/AR-9: the open rows in force by rep and by unit, covering what aging reads (index-only).
CREATE INDEX "instalments_open_owner_idx" ON "instalments" USING btree ("owner_id", "due_date")
  INCLUDE ("unit_id", "customer_id", "amount_fen", "settled_fen")
  WHERE "superseded_at" IS NULL AND "settled_fen" < "amount_fen";--> statement-breakpoint
CREATE INDEX "instalments_open_unit_idx" ON "instalments" USING btree ("unit_id", "due_date")
  INCLUDE ("owner_id", "customer_id", "amount_fen", "settled_fen")
  WHERE "superseded_at" IS NULL AND "settled_fen" < "amount_fen";
