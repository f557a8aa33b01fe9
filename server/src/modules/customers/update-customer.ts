import { eq } from 'drizzle-orm';
import type { z } from 'zod';
import { audit } from '../../platform/audit/audit.js';
import { type Ctx, inTx, requireActor } from '../../platform/context.js';
import type { Localized } from '../../platform/i18n/lang.js';
import { addTimelineEvent } from '../../platform/timeline/timeline.js';
import { assertMaySetCredit } from './credit.js';
import { assertCustomerLevel } from './levels.js';
import { nameKey, namePinyin } from './name-key.js';
import { getCustomer } from './queries.js';
import type { TCustomer, ZCustomerUpdate } from './schemas.js';
import { CUSTOMER_SUBJECT, customerInScope } from './scope.js';
import { customers } from './tables.js';

type CustomerUpdate = z.output<typeof ZCustomerUpdate>;
type Field = keyof CustomerUpdate;

/** How the timeline names a changed field. */
const fieldLabels: Record<Field, Localized> = {
  name: { 'zh-CN': '名称', en: 'name' },
  creditCode: { 'zh-CN': '统一社会信用代码', en: 'credit code' },
  industry: { 'zh-CN': '行业', en: 'industry' },
  address: { 'zh-CN': '地址', en: 'address' },
  phone: { 'zh-CN': '电话', en: 'phone' },
  website: { 'zh-CN': '网站', en: 'website' },
  type: { 'zh-CN': '类型', en: 'type' },
  level: { 'zh-CN': '等级', en: 'level' },
  source: { 'zh-CN': '来源', en: 'source' },
  creditLimitFen: { 'zh-CN': '信用额度', en: 'credit limit' },
  creditRating: { 'zh-CN': '信用评级', en: 'credit rating' },
  tags: { 'zh-CN': '标签', en: 'tags' },
  remark: { 'zh-CN': '备注', en: 'remark' },
};

const comparable = (v: unknown): string => (v === null || v === undefined ? '' : JSON.stringify(v));

/**
 * CUS-1: edits the customer file (customer:write in scope, or a read-write collaborator).
 * Only the fields that change are written and audited, before and after; the timeline says
 * which fields changed.
 */
export async function updateCustomer(ctx: Ctx, id: string, input: CustomerUpdate): Promise<TCustomer> {
  const actor = requireActor(ctx);
  return inTx(ctx, async (tx) => {
    const found = await customerInScope(tx, actor, id, 'write');
    const [row] = await tx.select().from(customers).where(eq(customers.id, found.id)).for('update');
    if (!row) throw new Error('customer vanished');
    const at = ctx.clock.now();
    const current: Record<Field, unknown> = {
      name: row.name,
      creditCode: row.creditCode,
      industry: row.industry,
      address: row.address,
      phone: row.phone,
      website: row.website,
      type: row.type,
      level: row.level,
      source: row.source,
      creditLimitFen: row.creditLimitFen === null ? null : String(row.creditLimitFen),
      creditRating: row.creditRating,
      tags: row.tags,
      remark: row.remark,
    };
    const before: Record<string, unknown> = {};
    const after: Record<string, unknown> = {};
    for (const field of Object.keys(fieldLabels) as Field[]) {
      const next = input[field];
      if (next === undefined || comparable(next) === comparable(current[field])) continue;
      before[field] = current[field] ?? null;
      after[field] = next;
    }
    const changed = Object.keys(after) as Field[];
    if (changed.length === 0) return getCustomer(tx, actor, found.id);
    assertMaySetCredit(actor, after);
    if (after.level !== undefined) await assertCustomerLevel(tx, String(after.level), at, row.unitId);
    const set: Partial<typeof customers.$inferInsert> = { updatedAt: at };
    for (const field of changed) {
      const value = after[field];
      if (field === 'creditLimitFen') set.creditLimitFen = value === null ? null : BigInt(String(value));
      else Object.assign(set, { [field]: value });
    }
    if (after.name !== undefined) {
      set.nameKey = nameKey(String(after.name));
      set.namePinyin = namePinyin(String(after.name));
    }
    await tx.update(customers).set(set).where(eq(customers.id, found.id));
    await audit(tx, ctx, {
      entity: CUSTOMER_SUBJECT,
      entityId: found.id,
      action: 'customer.update',
      before,
      after,
    });
    await addTimelineEvent(tx, ctx, {
      subjectType: CUSTOMER_SUBJECT,
      subjectId: found.id,
      kind: 'customer.updated',
      summary: {
        'zh-CN': `${actor.displayName} 修改了${changed.map((f) => fieldLabels[f]['zh-CN']).join('、')}`,
        en: `${actor.displayName} changed the ${changed.map((f) => fieldLabels[f].en).join(', ')}`,
      },
      data: { fields: changed },
    });
    return getCustomer(tx, actor, found.id);
  });
}
