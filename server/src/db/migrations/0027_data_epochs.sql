CREATE TABLE "data_epochs" (
	"name" text PRIMARY KEY NOT NULL,
	"epoch" bigint DEFAULT 0 NOT NULL
);
--> statement-breakpoint
-- hand-written
INSERT INTO "data_epochs" ("name") VALUES ('receivables') ON CONFLICT DO NOTHING;
--> statement-breakpoint
-- Raises a data epoch once per transaction, at commit (a deferred constraint trigger): the row is
-- locked only at the very end, after the audit chain's lock, so it adds no lock-order hazard.
CREATE FUNCTION "bump_data_epoch"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF current_setting('xg.epoch_' || TG_ARGV[0], true) IS DISTINCT FROM '1' THEN
    PERFORM set_config('xg.epoch_' || TG_ARGV[0], '1', true);
    UPDATE "data_epochs" SET "epoch" = "epoch" + 1 WHERE "name" = TG_ARGV[0];
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER "instalments_receivables_epoch" AFTER INSERT OR UPDATE OR DELETE ON "instalments"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "bump_data_epoch"('receivables');
