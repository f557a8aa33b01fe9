DROP INDEX "dunning_items_supervisor_id_index";--> statement-breakpoint
ALTER TABLE "dunning_items" ADD COLUMN "dispatched_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "dunning_items" ADD COLUMN "dispatched_by" uuid;--> statement-breakpoint
CREATE INDEX "dunning_items_supervisor_id_dispatched_at_index" ON "dunning_items" USING btree ("supervisor_id","dispatched_at");--> statement-breakpoint
-- AR-6: items of runs before the supervisor's dispatch went straight to the reps when issued.
UPDATE "dunning_items" SET "dispatched_at" = r."issued_at"
FROM "dunning_runs" r WHERE r."id" = "dunning_items"."run_id";--> statement-breakpoint
-- Installations that already have the preset roles get what the presets now grant (a fresh
-- installation gets them from the presets at first start): AR-6 dispatch for those with direct
-- reports; ORG-7 business policies for the sales director, system settings for the administrator.
-- Grants an administrator already set are left as they are.
INSERT INTO "role_permissions" ("role_id", "permission", "scope")
SELECT r."id", g."permission", g."scope"
FROM "roles" r
JOIN (VALUES
  ('gm', 'dunning:dispatch', 'all'),
  ('sales_director', 'dunning:dispatch', 'all'),
  ('regional_manager', 'dunning:dispatch', 'all'),
  ('sales_manager', 'dunning:dispatch', 'all'),
  ('sales_supervisor', 'dunning:dispatch', 'all'),
  ('sales_director', 'policy:manage', 'all'),
  ('admin', 'policy:system', 'all')
) AS g("code", "permission", "scope") ON g."code" = r."code"
WHERE r."preset" = true
ON CONFLICT DO NOTHING;
