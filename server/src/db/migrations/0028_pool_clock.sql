-- CUS-8: the moment the pool clock counts from (the later of the last follow-up and the start of
-- the current ownership, else creation), stored so that the "returns to the pool soon" count of
-- a rep's 待办 is read from an index alone (ADR 35). Not declared in the Drizzle schema, like
-- search_bigrams (ADR 19): whole-row reads and audit snapshots never carry it.
ALTER TABLE "customers" ADD COLUMN "pool_clock_at" timestamp with time zone
  GENERATED ALWAYS AS (coalesce(greatest("last_follow_up_at", "owned_since"), "created_at")) STORED;--> statement-breakpoint
CREATE INDEX "customers_owner_level_pool_clock" ON "customers" ("owner_id", "level", "pool_clock_at");
