DROP INDEX "customers_owner_id_updated_at_index";--> statement-breakpoint
DROP INDEX "customers_unit_id_updated_at_index";--> statement-breakpoint
CREATE INDEX "customers_owner_id_lifecycle_updated_at_index" ON "customers" USING btree ("owner_id","lifecycle","updated_at");--> statement-breakpoint
CREATE INDEX "customers_unit_id_lifecycle_updated_at_index" ON "customers" USING btree ("unit_id","lifecycle","updated_at");