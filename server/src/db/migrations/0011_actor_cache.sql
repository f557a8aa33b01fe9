CREATE TABLE "cache_epochs" (
	"id" integer PRIMARY KEY DEFAULT 1 NOT NULL,
	"auth_epoch" integer DEFAULT 0 NOT NULL,
	"policy_epoch" integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "auth_version" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
-- hand-written
INSERT INTO "cache_epochs" ("id") VALUES (1) ON CONFLICT DO NOTHING;
--> statement-breakpoint
CREATE FUNCTION "users_auth_version"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.status IS DISTINCT FROM OLD.status
    OR NEW.unit_id IS DISTINCT FROM OLD.unit_id
    OR NEW.superior_id IS DISTINCT FROM OLD.superior_id
    OR NEW.username IS DISTINCT FROM OLD.username
    OR NEW.display_name IS DISTINCT FROM OLD.display_name
    OR NEW.password_hash IS DISTINCT FROM OLD.password_hash THEN
    NEW.auth_version := OLD.auth_version + 1;
  END IF;
  RETURN NEW;
END $$;
--> statement-breakpoint
CREATE TRIGGER "users_auth_version" BEFORE UPDATE ON "users"
  FOR EACH ROW EXECUTE FUNCTION "users_auth_version"();
--> statement-breakpoint
CREATE FUNCTION "user_roles_auth_version"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    UPDATE "users" SET "auth_version" = "auth_version" + 1 WHERE "id" = NEW.user_id;
  END IF;
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    UPDATE "users" SET "auth_version" = "auth_version" + 1 WHERE "id" = OLD.user_id;
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER "user_roles_auth_version" AFTER INSERT OR UPDATE OR DELETE ON "user_roles"
  FOR EACH ROW EXECUTE FUNCTION "user_roles_auth_version"();
--> statement-breakpoint
CREATE FUNCTION "bump_auth_epoch"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "cache_epochs" SET "auth_epoch" = "auth_epoch" + 1 WHERE "id" = 1;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER "role_permissions_auth_epoch" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "role_permissions"
  FOR EACH STATEMENT EXECUTE FUNCTION "bump_auth_epoch"();
--> statement-breakpoint
CREATE FUNCTION "bump_policy_epoch"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "cache_epochs" SET "policy_epoch" = "policy_epoch" + 1 WHERE "id" = 1;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER "policy_values_policy_epoch" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "policy_values"
  FOR EACH STATEMENT EXECUTE FUNCTION "bump_policy_epoch"();
--> statement-breakpoint
CREATE TRIGGER "units_policy_epoch" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "units"
  FOR EACH STATEMENT EXECUTE FUNCTION "bump_policy_epoch"();
