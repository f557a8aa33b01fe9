import { eq } from 'drizzle-orm';
import type { z } from 'zod';
import { audit } from '../../platform/audit/audit.js';
import { type Ctx, inTx, requireActor } from '../../platform/context.js';
import { appError } from '../../platform/errors.js';
import { notify } from '../../platform/notifications/notify.js';
import { getAppeal } from './appeal-queries.js';
import type { TAppeal, ZAppealAnswer } from './schemas.js';
import { appeals } from './tables.js';

/** ORG-3: the person appealed to answers; the appellant is told. */
export async function answerAppeal(
  ctx: Ctx,
  id: string,
  input: z.output<typeof ZAppealAnswer>,
): Promise<TAppeal> {
  const actor = requireActor(ctx);
  const now = ctx.clock.now();
  return inTx(ctx, async (tx) => {
    const before = await getAppeal(tx, actor, id);
    if (before.to.id !== actor.id) throw appError('APPEAL_NOT_ADDRESSEE');
    if (before.status !== 'open') throw appError('APPEAL_ALREADY_ANSWERED');
    await tx
      .update(appeals)
      .set({ status: 'answered', response: input.response, answeredAt: now, updatedAt: now })
      .where(eq(appeals.id, id));
    const after = await getAppeal(tx, actor, id);
    await notify(tx, ctx, {
      userId: before.appellant.id,
      event: 'appeal.answered',
      title: {
        'zh-CN': `${actor.displayName} 答复了您的申诉`,
        en: `${actor.displayName} answered your appeal`,
      },
      body: { 'zh-CN': input.response, en: input.response },
      subjectType: 'appeal',
      subjectId: id,
      link: `/appeals?box=mine&id=${id}`,
    });
    await audit(tx, ctx, { entity: 'appeal', entityId: id, action: 'appeal.answer', before, after });
    return after;
  });
}
