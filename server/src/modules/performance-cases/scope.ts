import { and, eq, type SQL, sql } from 'drizzle-orm';
import type { Tx } from '../../db/client.js';
import { scopeCondition } from '../../platform/access/scopes.js';
import type { Actor } from '../../platform/context.js';
import { appError } from '../../platform/errors.js';
import { isUuid } from '../../platform/schemas.js';
import { performanceCases } from './tables.js';

export const PERF_CASE_DOC = 'performance_case';
export const PERF_CASE_ENTITY = 'performance_case';
export type CaseRow = typeof performanceCases.$inferSelect;

/**
 * INC-8/ORG-5: a case is read in perf_case:read's scope over the person — the person their own,
 * each level above them their people's (subordinates, unit, unit tree), HR all.
 */
export function caseReadScope(actor: Actor): SQL {
  return scopeCondition(actor, 'perf_case:read', {
    owner: performanceCases.personId,
    unit: performanceCases.unitId,
  });
}

/** INC-8: who works a case: perf_case:write's scope over the person, never the person themself. */
export function caseWriteScope(actor: Actor): SQL {
  return and(
    sql`${performanceCases.personId} <> ${actor.id}`,
    scopeCondition(actor, 'perf_case:write', {
      owner: performanceCases.personId,
      unit: performanceCases.unitId,
    }),
  )!;
}

/**
 * The case to work, locked: outside the actor's read scope 404; the person's own case
 * PERF_CASE_SELF; readable but outside the write scope 404 as well.
 */
export async function caseForWrite(tx: Tx, actor: Actor, id: string): Promise<CaseRow> {
  if (!isUuid(id)) throw appError('NOT_FOUND');
  const [row] = await tx
    .select()
    .from(performanceCases)
    .where(and(eq(performanceCases.id, id), caseReadScope(actor)))
    .for('update');
  if (!row) throw appError('NOT_FOUND');
  if (row.personId === actor.id) throw appError('PERF_CASE_SELF');
  const [writable] = await tx
    .select({ id: performanceCases.id })
    .from(performanceCases)
    .where(and(eq(performanceCases.id, id), caseWriteScope(actor)));
  if (!writable) throw appError('NOT_FOUND');
  return row;
}

/** The case is at the step, else PERF_CASE_WRONG_STEP. */
export function assertStep(row: CaseRow, status: CaseRow['status']): void {
  if (row.status !== status) throw appError('PERF_CASE_WRONG_STEP');
}
