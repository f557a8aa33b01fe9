import { and, eq, inArray, sql } from 'drizzle-orm';
import { queryRows } from '../../db/client.js';
import { submitForApproval } from '../../platform/approvals/transitions.js';
import { audit } from '../../platform/audit/audit.js';
import { type Ctx, inTx, requireActor } from '../../platform/context.js';
import { appError } from '../../platform/errors.js';
import { getSanction } from './queries.js';
import type { TSanction, TSanctionCreate } from './schemas.js';
import { personScopeSql, SANCTION_ENTITY } from './scope.js';
import { type SanctionKind, sanctions, violations } from './tables.js';

/** PEN-4: each kind has its own approval flow, whose chain is a policy. */
export const sanctionDocType = (kind: SanctionKind) => `sanction_${kind}`;

/**
 * PEN-4 (处分：警告、罚款、降级、辞退): a superior with sanction:propose over the person proposes a
 * sanction with reasons and the violations it rests on (the person's own), and submits it to the
 * approvers of the kind's chain policy, walking up the person's chain. Audited.
 */
export function proposeSanction(ctx: Ctx, input: TSanctionCreate): Promise<TSanction> {
  const actor = requireActor(ctx);
  return inTx(ctx, async (tx) => {
    if (input.userId === actor.id) throw appError('VIOLATION_SELF');
    const [person] = await queryRows<{ id: string; unit_id: string }>(
      tx,
      sql`select u.id::text as id, u.unit_id::text as unit_id from users u
          where u.id = ${input.userId}::uuid and u.status = 'active' and (${personScopeSql(actor, 'sanction:propose')})`,
    );
    if (!person) {
      throw appError('VALIDATION_FAILED', {
        userId: {
          'zh-CN': '此人不在您可提出处分的范围内',
          en: 'This person is not among those you may propose sanctions for',
        },
      });
    }
    if (input.violationIds.length > 0) {
      const found = await tx
        .select({ id: violations.id })
        .from(violations)
        .where(and(inArray(violations.id, input.violationIds), eq(violations.personId, person.id)));
      if (found.length !== new Set(input.violationIds).size) {
        throw appError('VALIDATION_FAILED', {
          violationIds: {
            'zh-CN': '所列违规须为此人的违规',
            en: 'The violations listed must be this person’s',
          },
        });
      }
    }
    const at = ctx.clock.now();
    const [row] = await tx
      .insert(sanctions)
      .values({
        personId: person.id,
        unitId: person.unit_id,
        kind: input.kind,
        reasons: input.reasons,
        fineFen: input.kind === 'fine' && input.fineFen ? BigInt(input.fineFen) : null,
        violationIds: [...new Set(input.violationIds)],
        createdAt: at,
        createdBy: actor.id,
        updatedAt: at,
      })
      .returning();
    await audit(tx, ctx, {
      entity: SANCTION_ENTITY,
      entityId: row!.id,
      action: 'sanction.propose',
      after: row,
    });
    await submitForApproval(tx, ctx, { docType: sanctionDocType(input.kind), docId: row!.id });
    return getSanction(tx, actor, row!.id);
  });
}
