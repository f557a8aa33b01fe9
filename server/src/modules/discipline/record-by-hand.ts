import { sql } from 'drizzle-orm';
import { queryRows } from '../../db/client.js';
import { type Ctx, inTx, requireActor } from '../../platform/context.js';
import { appError } from '../../platform/errors.js';
import { getViolation } from './queries.js';
import { insertViolation } from './record-violation.js';
import type { TViolation, TViolationCreate } from './schemas.js';
import { personScopeSql } from './scope.js';

/**
 * PEN-1/PEN-2: a supervisor or above records a violation of a person in their violation:record
 * scope (anyone else is not found), by hand or from a customer complaint (source `complaint` with
 * its reference); the fine comes from the fine table.
 */
export function recordViolation(ctx: Ctx, input: TViolationCreate): Promise<TViolation> {
  const actor = requireActor(ctx);
  return inTx(ctx, async (tx) => {
    if (input.userId === actor.id) throw appError('VIOLATION_SELF');
    const [person] = await queryRows<{ id: string }>(
      tx,
      sql`select u.id::text as id from users u
          where u.id = ${input.userId}::uuid and u.status = 'active' and (${personScopeSql(actor, 'violation:record')})`,
    );
    if (!person) {
      throw appError('VALIDATION_FAILED', {
        userId: {
          'zh-CN': '此人不在您可登记违规的范围内',
          en: 'This person is not among those you may record violations for',
        },
      });
    }
    const v = await insertViolation(tx, ctx, {
      personId: person.id,
      category: input.category,
      occurredAt: new Date(input.occurredAt),
      description: input.description,
      source: input.source,
      sourceRef: input.sourceRef ?? null,
      minutesLate: input.category === 'lateness' ? (input.minutesLate ?? null) : null,
    });
    return getViolation(tx, actor, v.id);
  });
}
