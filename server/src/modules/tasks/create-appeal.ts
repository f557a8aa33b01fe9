import type { z } from 'zod';
import { audit } from '../../platform/audit/audit.js';
import { type Ctx, inTx, requireActor } from '../../platform/context.js';
import { appError } from '../../platform/errors.js';
import { notify } from '../../platform/notifications/notify.js';
import { superiorChain } from '../../platform/org/chain.js';
import { getAppeal } from './appeal-queries.js';
import { getTaskInScope } from './queries.js';
import type { TAppeal, ZAppealCreate } from './schemas.js';
import { appeals } from './tables.js';

/** ORG-3: a subordinate may appeal skip-level — to anyone above, at any level; never to a peer or below. */
export async function createAppeal(ctx: Ctx, input: z.output<typeof ZAppealCreate>): Promise<TAppeal> {
  const actor = requireActor(ctx);
  const now = ctx.clock.now();
  return inTx(ctx, async (tx) => {
    const chain = await superiorChain(tx, actor.id);
    if (!chain.includes(input.toUserId)) {
      throw appError('APPEAL_NOT_SUPERIOR', {
        toUserId: {
          'zh-CN': '请选择您的上级（可越级），不能是同级或下级',
          en: 'Choose someone above you (any level), not a peer or someone below',
        },
      });
    }
    // An appeal about a task must be about one the appellant can see (else it does not exist).
    if (input.taskId) await getTaskInScope(tx, actor, input.taskId, now);
    const [row] = await tx
      .insert(appeals)
      .values({
        appellantId: actor.id,
        toUserId: input.toUserId,
        taskId: input.taskId ?? null,
        content: input.content,
        createdAt: now,
        updatedAt: now,
        createdBy: actor.id,
      })
      .returning({ id: appeals.id });
    if (!row) throw new Error('appeal insert failed');
    const appeal = await getAppeal(tx, actor, row.id);
    await notify(tx, ctx, {
      userId: input.toUserId,
      event: 'appeal.new',
      title: { 'zh-CN': `${actor.displayName} 向您提出申诉`, en: `${actor.displayName} appealed to you` },
      body: { 'zh-CN': input.content, en: input.content },
      subjectType: 'appeal',
      subjectId: row.id,
      link: `/appeals?box=tome&id=${row.id}`,
    });
    await audit(tx, ctx, { entity: 'appeal', entityId: row.id, action: 'appeal.create', after: appeal });
    return appeal;
  });
}
