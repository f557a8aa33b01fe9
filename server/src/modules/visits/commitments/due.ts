import { sql } from 'drizzle-orm';
import { type DbOrTx, queryRows, type Tx } from '../../../db/client.js';
import type { Ctx } from '../../../platform/context.js';
import { closeDueItems, openDueItem } from '../../../platform/deadlines/due-items.js';
import { deadlineEvents } from '../../../platform/deadlines/escalate.js';
import { defineDueItemKind, type KindNotice, type RungFiring } from '../../../platform/deadlines/kinds.js';
import { defaultLadder } from '../../../platform/deadlines/ladder.js';

/** VIS-6: an open commitment is a due item of this kind, owned by the one who carries it out. */
export const VISIT_COMMITMENT_KIND = 'visit.commitment';
/** The subject type of visit commitments (due items, audit trail). */
export const VISIT_COMMITMENT = 'visit_commitment';

export const commitmentLink = (id: string) => `/visit-commitments?id=${id}`;

interface CommitmentFacts {
  id: string;
  status: string;
  content: string;
  customer_name: string;
  owner_name: string;
}

async function factsOf(db: DbOrTx, id: string): Promise<CommitmentFacts | undefined> {
  const [row] = await queryRows<CommitmentFacts>(
    db,
    sql`select vc.id, vc.status, left(vc.content, 60) as content, c.name as customer_name,
          u.display_name as owner_name
        from visit_commitments vc
        join visits v on v.id = vc.visit_id
        join customers c on c.id = v.customer_id
        join users u on u.id = vc.owner_id
        where vc.id::text = ${id}`,
  );
  return row;
}

/** VIS-6: the ladder's notices name the commitment, the customer and (to those above) the owner. */
async function notice(
  tx: Tx,
  f: RungFiring & { event: string; toOwner: boolean },
): Promise<KindNotice | null> {
  const c = await factsOf(tx, f.item.subjectId);
  if (!c) return null;
  const link = commitmentLink(c.id);
  if (f.event === deadlineEvents.reminder) {
    return {
      link,
      title: {
        'zh-CN': `拜访承诺即将到期：${c.content}（${c.customer_name}）`,
        en: `Visit commitment due soon: ${c.content} (${c.customer_name})`,
      },
    };
  }
  if (f.toOwner) {
    return {
      link,
      title: {
        'zh-CN': `拜访承诺已逾期：${c.content}（${c.customer_name}），请尽快完成`,
        en: `Visit commitment overdue: ${c.content} (${c.customer_name}) — please carry it out`,
      },
    };
  }
  return {
    link,
    title: {
      'zh-CN': `下属拜访承诺逾期：${c.owner_name} 的「${c.content}」（${c.customer_name}）`,
      en: `Overdue visit commitment in your team: ${c.owner_name}, "${c.content}" (${c.customer_name})`,
    },
  };
}

/** VIS-6: open commitments on the deadline engine; one reported done meanwhile is no longer due. */
export const visitCommitmentDueKind = defineDueItemKind({
  kind: VISIT_COMMITMENT_KIND,
  label: { 'zh-CN': '拜访承诺事项', en: 'Visit commitment' },
  link: (id) => commitmentLink(id),
  notice,
  stillDue: async (tx, item) => (await factsOf(tx, item.subjectId))?.status === 'open',
});

/**
 * VIS-6: the commitment's deadline, owned by its owner, with the usual ladder (ORG-4: the owner
 * reminded, at the due time the owner and the superior told, later the next level up).
 */
export async function openCommitmentDueItem(
  tx: Tx,
  ctx: Ctx,
  c: { id: string; ownerId: string; content: string; dueAt: Date },
  visit: { unitId: string; customerName: string },
): Promise<void> {
  const at = ctx.clock.now();
  await openDueItem(tx, ctx, {
    kind: VISIT_COMMITMENT_KIND,
    title: `拜访承诺：${c.content.slice(0, 60)}（${visit.customerName}）/ Visit commitment: ${c.content.slice(0, 60)} (${visit.customerName})`,
    ownerId: c.ownerId,
    unitId: visit.unitId,
    subjectType: VISIT_COMMITMENT,
    subjectId: c.id,
    dueAt: c.dueAt,
    rule: { rule: 'VIS-6', from: at.toISOString(), fixed: c.dueAt.toISOString() },
    ladder: await defaultLadder(tx, at),
  });
}

/** The owner reported the commitment done: its deadline closes (audited). */
export function closeCommitmentDueItem(tx: Tx, ctx: Ctx, id: string): Promise<void> {
  return closeDueItems(tx, ctx, {
    subjectType: VISIT_COMMITMENT,
    subjectId: id,
    kind: VISIT_COMMITMENT_KIND,
    reason: 'visitCommitment.done',
  });
}
