-- AR-8: the escalation ladder of overdue instalments moves onto the deadline engine. Each
-- instalment that climbed the old ladder becomes a `receivable.overdue` due item with the
-- ladder built from the company-wide `ar.escalationDays` and `company.timeZone` in force now,
-- and the levels it reached counted as rungs already fired (overdue 1, manager 2, director 3,
-- legal 5), so nobody is told a step twice. Items of debts settled meanwhile close at the next
-- daily sweep (or when their next rung comes).
WITH settings AS (
	SELECT
		coalesce((SELECT value #>> '{}' FROM policy_values WHERE policy_id = 'company.timeZone' AND unit_id IS NULL AND effective_from <= now() ORDER BY effective_from DESC, set_at DESC LIMIT 1), 'Asia/Shanghai') AS tz,
		coalesce((SELECT value FROM policy_values WHERE policy_id = 'ar.escalationDays' AND unit_id IS NULL AND effective_from <= now() ORDER BY effective_from DESC, set_at DESC LIMIT 1), '{"manager":1,"director":30,"legal":90}'::jsonb) AS days
), reached AS (
	SELECT instalment_id,
		bool_or(level = 'overdue')::int + bool_or(level = 'manager')::int + bool_or(level = 'director')::int + 2 * bool_or(level = 'legal')::int AS fired
	FROM instalment_escalations GROUP BY instalment_id
), items AS (
	SELECT i.id, i.owner_id, i.unit_id, i.contract_id, i.due_date, k.number, c.name, r.fired, s.days,
		((i.due_date + 1)::timestamp AT TIME ZONE s.tz) AS due_at, s.tz
	FROM reached r
	JOIN instalments i ON i.id = r.instalment_id
	JOIN contracts k ON k.id = i.contract_id
	JOIN customers c ON c.id = i.customer_id
	CROSS JOIN settings s
	WHERE i.superseded_at IS NULL
), offsets AS (
	SELECT items.*,
		(extract(epoch FROM ((due_date + (days ->> 'manager')::int)::timestamp AT TIME ZONE tz) - due_at) / 60)::int AS m,
		(extract(epoch FROM ((due_date + (days ->> 'director')::int)::timestamp AT TIME ZONE tz) - due_at) / 60)::int AS d,
		(extract(epoch FROM ((due_date + (days ->> 'legal')::int)::timestamp AT TIME ZONE tz) - due_at) / 60)::int AS l
	FROM items
)
INSERT INTO "due_items" ("kind", "title", "owner_id", "unit_id", "subject_type", "subject_id", "due_at", "rule", "ladder", "rungs_fired", "status")
SELECT 'receivable.overdue',
	'回款逾期：' || name || '（' || number || '）' || to_char(due_date, 'YYYY-MM-DD') || ' 到期 / Overdue: ' || name || ' (' || number || ') due ' || to_char(due_date, 'YYYY-MM-DD'),
	owner_id, unit_id, 'instalment', id::text, due_at,
	jsonb_build_object('rule', 'AR-8', 'dueDate', to_char(due_date, 'YYYY-MM-DD'), 'contractId', contract_id, 'days', days),
	jsonb_build_array(
		jsonb_build_object('offsetMinutes', 0, 'notify', 'owner', 'event', 'receivable.overdue', 'key', 'overdue'),
		jsonb_build_object('offsetMinutes', m, 'notify', jsonb_build_object('kind', 'nearestRole', 'role', 'sales_manager'), 'event', 'receivable.escalated', 'key', 'manager'),
		jsonb_build_object('offsetMinutes', d, 'notify', jsonb_build_object('kind', 'role', 'role', 'sales_director'), 'event', 'receivable.escalated', 'key', 'director'),
		jsonb_build_object('offsetMinutes', l, 'action', 'legal-review', 'notify', jsonb_build_object('kind', 'role', 'role', 'sales_director'), 'event', 'receivable.legalReview', 'key', 'legal'),
		jsonb_build_object('offsetMinutes', l, 'notify', jsonb_build_object('kind', 'role', 'role', 'finance'), 'event', 'receivable.legalReview', 'key', 'legal')
	),
	fired, 'open'
FROM offsets;
--> statement-breakpoint
DROP TABLE "instalment_escalations" CASCADE;
