import { and, count, desc, eq, inArray, isNotNull, isNull, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { DbOrTx } from '../../db/client.js';
import { roles, userRoles } from '../../platform/access/tables.js';
import type { Actor } from '../../platform/context.js';
import { units } from '../../platform/org/tables.js';
import { definePolicy, policyDefinition } from '../../platform/policies/define.js';
import { companyPolicySql, readPolicy } from '../../platform/policies/read.js';
import { policyValues } from '../../platform/policies/tables.js';
import { defineTodoSource } from '../../platform/todo/sources.js';

const ZRoleCode = z.string().regex(/^[a-z][a-z0-9_]{0,39}$/);

/**
 * ORG-7 (各大区应结合实际情况,制定具体实施方案,并报公司销售部备案): the regions' own rules are
 * filed with the HQ sales department — by default the sales director — who reads and
 * acknowledges each one. The roles are a policy, so the company may add others (the GM …).
 */
export const filingRecipients = definePolicy({
  id: 'policy.filingRecipients',
  schema: z.array(ZRoleCode).min(1).max(10),
  default: ['sales_director'],
  unit: 'roles',
  label: { 'zh-CN': '大区实施细则备案接收人', en: 'Who receives the regions’ filings' },
  description: {
    'zh-CN':
      '大区覆盖的制度参数（实施细则）报公司销售部备案：持有这些角色的人在待办中看到并确认备案（默认：销售总监）',
    en: 'Regional overrides (the regions’ implementation rules) are filed with HQ sales: holders of these roles see them in their to-dos and acknowledge them (default: the sales director)',
  },
  ruleIds: ['ORG-7'],
  chapter: 'ORG',
  async check(db, value) {
    const known = new Set(
      (await db.select({ code: roles.code }).from(roles).where(inArray(roles.code, value))).map(
        (r) => r.code,
      ),
    );
    const bad = value.filter((c) => !known.has(c));
    if (bad.length === 0) return null;
    return {
      value: { 'zh-CN': `没有角色「${bad.join('、')}」`, en: `No role "${bad.join('", "')}"` },
    };
  },
});

/** ORG-7: whether the user holds one of the roles the filings go to (the policy in force at `at`). */
export async function receivesFilings(db: DbOrTx, userId: string, at: Date): Promise<boolean> {
  const codes = await readPolicy(db, filingRecipients, at);
  const [row] = await db
    .select({ n: count() })
    .from(userRoles)
    .innerJoin(roles, eq(roles.id, userRoles.roleId))
    .where(and(eq(userRoles.userId, userId), inArray(roles.code, codes)));
  return Number(row?.n ?? 0) > 0;
}

const pending = and(isNotNull(policyValues.unitId), isNull(policyValues.acknowledgedAt));

/** SQL: the actor holds one of the recipient roles named by the policy in force (read in SQL for the badge). */
function recipientSql(actor: Actor, codes: string[]) {
  return sql`exists (select 1 from user_roles ur join roles r on r.id = ur.role_id
    where ur.user_id = ${actor.id} and r.code in (${sql.join(
      codes.map((c) => sql`${c}`),
      sql`, `,
    )}))`;
}

/** ORG-7: the filings awaiting acknowledgement, in the 待办 of the people the policy names. */
export const filingsToAcknowledge = defineTodoSource({
  key: 'policies.filingsToAcknowledge',
  label: { 'zh-CN': '待确认的大区备案', en: 'Regional filings to acknowledge' },
  count(_db, actor, now) {
    return sql`(select count(*)::int from policy_values pv
      where pv.unit_id is not null and pv.acknowledged_at is null
        and exists (select 1 from user_roles ur join roles r on r.id = ur.role_id
          where ur.user_id = ${actor.id}
            and r.code in (select jsonb_array_elements_text(${companyPolicySql(filingRecipients, now)}))))`;
  },
  async first(db, actor, now, limit) {
    const codes = await readPolicy(db, filingRecipients, now);
    const rows = await db
      .select({
        id: policyValues.id,
        policyId: policyValues.policyId,
        setAt: policyValues.setAt,
        region: units.name,
        /** Counted over the same rows before the limit: one statement. */
        total: sql<number>`(count(*) over ())::int`,
      })
      .from(policyValues)
      .innerJoin(units, eq(units.id, policyValues.unitId))
      .where(and(pending, recipientSql(actor, codes)))
      .orderBy(desc(policyValues.setAt))
      .limit(limit);
    return {
      total: Number(rows[0]?.total ?? 0),
      items: rows.map((r) => {
        const def = policyDefinition(r.policyId);
        const name = def ? def.label : { 'zh-CN': r.policyId, en: r.policyId };
        return {
          id: r.id,
          title: {
            'zh-CN': `确认备案：${r.region}「${name['zh-CN']}」`,
            en: `Acknowledge the filing: ${r.region} "${name.en}"`,
          },
          subject: r.region,
          amountFen: null,
          dueAt: null,
          overdue: false,
          link: '/policies?tab=filings',
          detail: null,
          action: { kind: 'policyFiling.acknowledge', ids: { overrideId: r.id } },
        };
      }),
    };
  },
});
