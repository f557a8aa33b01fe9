-- ORG-3/ORG-5: installations that already have the preset roles get team:read (团队) as the presets
-- grant it (a fresh installation gets it from the presets at first start). Grants an administrator
-- already set are left as they are.
INSERT INTO "role_permissions" ("role_id", "permission", "scope")
SELECT r."id", g."permission", g."scope"
FROM "roles" r
JOIN (VALUES
  ('gm', 'team:read', 'all'),
  ('sales_director', 'team:read', 'all'),
  ('regional_manager', 'team:read', 'unit_tree'),
  ('sales_manager', 'team:read', 'unit_tree'),
  ('sales_supervisor', 'team:read', 'subordinates')
) AS g("code", "permission", "scope") ON g."code" = r."code"
WHERE r."preset" = true
ON CONFLICT DO NOTHING;
--> statement-breakpoint
-- ORG-6/ORG-7: the policy centre (制度参数) is no longer granted to the preset rep and receptionist
-- roles, who work under the rules without administering them.
DELETE FROM "role_permissions" rp
USING "roles" r
WHERE rp."role_id" = r."id" AND r."preset" = true AND rp."permission" = 'policy:read'
  AND r."code" IN ('sales_rep', 'receptionist');
