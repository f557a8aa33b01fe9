import { and, eq, inArray } from 'drizzle-orm';
import type { Tx } from '../../../db/client.js';
import type { Actor, Ctx } from '../../../platform/context.js';
import { appError } from '../../../platform/errors.js';
import type { Localized } from '../../../platform/i18n/lang.js';
import { users } from '../../../platform/org/tables.js';
import { visitCommitments } from '../tables.js';
import type { TVisitCommitmentDraft } from './schemas.js';

const notMineOrReport: Localized = {
  'zh-CN': '负责人只能是您本人或您的直接下属',
  en: 'The owner must be you or one of your direct reports',
};
const dueInPast: Localized = {
  'zh-CN': '完成期限必须晚于现在',
  en: 'The deadline must be in the future',
};

/**
 * VIS-6/ORG-4/ORG-3: each commitment is carried out by the rep or by one of the rep's active
 * direct reports (no skip-level command), by a deadline still ahead. A refusal names the field
 * (`commitments.<n>.ownerId`, `commitments.<n>.dueAt`).
 */
export async function checkCommitmentDrafts(
  tx: Tx,
  actor: Actor,
  drafts: readonly { ownerId: string; dueAt: Date | string }[],
  now: Date,
): Promise<void> {
  if (drafts.length === 0) return;
  const others = [...new Set(drafts.map((d) => d.ownerId).filter((id) => id !== actor.id))];
  const reports = others.length
    ? await tx
        .select({ id: users.id })
        .from(users)
        .where(and(inArray(users.id, others), eq(users.superiorId, actor.id), eq(users.status, 'active')))
    : [];
  const allowed = new Set([actor.id, ...reports.map((r) => r.id)]);
  const fields: Record<string, Localized> = {};
  drafts.forEach((d, i) => {
    if (!allowed.has(d.ownerId)) fields[`commitments.${i}.ownerId`] = notMineOrReport;
    if (new Date(d.dueAt).getTime() <= now.getTime()) fields[`commitments.${i}.dueAt`] = dueInPast;
  });
  if (Object.keys(fields).length > 0) throw appError('VALIDATION_FAILED', fields);
}

/**
 * VIS-6: the report's draft commitments become what the rep wrote now (the earlier drafts are
 * replaced); commitments already submitted are tracked on their own and stay as they are.
 */
export async function replaceCommitmentDrafts(
  tx: Tx,
  ctx: Ctx,
  visitId: string,
  drafts: readonly TVisitCommitmentDraft[],
) {
  const now = ctx.clock.now();
  const removed = await tx
    .delete(visitCommitments)
    .where(and(eq(visitCommitments.visitId, visitId), eq(visitCommitments.status, 'draft')))
    .returning();
  const added = drafts.length
    ? await tx
        .insert(visitCommitments)
        .values(
          drafts.map((d) => ({
            visitId,
            content: d.content,
            ownerId: d.ownerId,
            dueAt: new Date(d.dueAt),
            checkMethod: d.checkMethod,
            status: 'draft' as const,
            createdAt: now,
            updatedAt: now,
            createdBy: ctx.actor?.id ?? null,
          })),
        )
        .returning()
    : [];
  return { removed, added };
}
