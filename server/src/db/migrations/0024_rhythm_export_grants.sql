-- OPS-9/OPS-10/ORG-5: exporting suggestions and market information is a permission of its own,
-- granted to the preset roles that lead people and to the assistant (roles/presets.ts).
INSERT INTO "role_permissions" ("role_id", "permission", "scope")
SELECT r."id", g."permission", g."scope"
FROM "roles" r
JOIN (VALUES
  ('gm', 'suggestion:export', 'all'),
  ('gm', 'market_intel:export', 'all'),
  ('sales_director', 'suggestion:export', 'all'),
  ('sales_director', 'market_intel:export', 'all'),
  ('regional_manager', 'suggestion:export', 'all'),
  ('regional_manager', 'market_intel:export', 'all'),
  ('sales_manager', 'suggestion:export', 'all'),
  ('sales_manager', 'market_intel:export', 'all'),
  ('sales_supervisor', 'suggestion:export', 'all'),
  ('sales_supervisor', 'market_intel:export', 'all'),
  ('sales_assistant', 'market_intel:export', 'all')
) AS g("code", "permission", "scope") ON g."code" = r."code"
WHERE r."preset" = true
ON CONFLICT DO NOTHING;
