import { sql } from 'drizzle-orm';
import { queryRows, type Tx } from '../../db/client.js';
import type { Ctx } from '../../platform/context.js';
import { defineNotificationEvent } from '../../platform/notifications/events.js';
import { notify } from '../../platform/notifications/notify.js';
import { superiorChainSql } from '../../platform/org/tree.js';
import type { ContractRow } from './scope.js';

export const signedCopyEvent = defineNotificationEvent({
  key: 'contract.signedCopy',
  label: { 'zh-CN': '下属签订的合同已归档（副本）', en: 'A contract of my team was signed and filed' },
  emailByDefault: false,
});
export const entryReturnedEvent = defineNotificationEvent({
  key: 'contract.entryReturned',
  label: { 'zh-CN': '我录入的合同被退回', en: 'A contract entry of mine was returned' },
  emailByDefault: true,
});

/** The nearest active sales manager up a user's superior chain (Q2C-7: the copy goes to them). */
export async function nearestSalesManager(tx: Tx, userId: string): Promise<string | null> {
  const rows = await queryRows<{ id: string }>(
    tx,
    sql`select up.id from ${superiorChainSql(userId)} up
      join users u on u.id = up.id and u.status = 'active'
      where exists (select 1 from user_roles ur join roles r on r.id = ur.role_id
        where ur.user_id = up.id and r.code = 'sales_manager')
      order by up.depth limit 1`,
  );
  return rows[0]?.id ?? null;
}

/** Q2C-7: after signing, a copy goes to the manager — the owner's nearest sales manager is told it is filed. */
export async function tellManagerSigned(tx: Tx, ctx: Ctx, c: ContractRow) {
  const managerId = await nearestSalesManager(tx, c.ownerId);
  if (!managerId) return;
  await notify(tx, ctx, {
    userId: managerId,
    event: 'contract.signedCopy',
    title: {
      'zh-CN': `合同 ${c.number}「${c.title}」已签订，签字扫描件已归档`,
      en: `Contract ${c.number} "${c.title}" is signed; the signed scan is filed`,
    },
    subjectType: 'contract',
    subjectId: c.id,
    link: `/contracts/${c.id}`,
  });
}

/** The person who entered the signing data learns why it was returned. */
export async function tellEntryReturned(tx: Tx, ctx: Ctx, c: ContractRow, reason: string) {
  if (!c.enteredBy) return;
  await notify(tx, ctx, {
    userId: c.enteredBy,
    event: 'contract.entryReturned',
    title: {
      'zh-CN': `合同 ${c.number} 的录入被退回，请核对后重新录入`,
      en: `The entry of contract ${c.number} was returned; check it and enter it again`,
    },
    body: { 'zh-CN': `退回原因：${reason}`, en: `Reason: ${reason}` },
    subjectType: 'contract',
    subjectId: c.id,
    link: `/contracts/${c.id}`,
  });
}
