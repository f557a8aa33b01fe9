import type { Actor } from '../../platform/context.js';
import type { VisitRow } from './visit-scope.js';

/** VIS-4: the statuses before the visit is made — it may still be prepared, started or cancelled. */
export const BEFORE_VISIT = ['planned', 'prepared'] as const satisfies readonly VisitRow['status'][];
/** The visit has been made (or is under way): people met and photos belong to it. */
export const VISIT_MADE = ['in_progress', 'done'] as const satisfies readonly VisitRow['status'][];

const isBefore = (v: VisitRow) => (BEFORE_VISIT as readonly string[]).includes(v.status);
const isMade = (v: VisitRow) => (VISIT_MADE as readonly string[]).includes(v.status);

/** VIS-4: expense, a gift or entertainment asked for needs pre-approval before the visit. */
export function needsPreApproval(v: Pick<VisitRow, 'expenseFen' | 'giftNote' | 'entertainmentNote'>) {
  return (v.expenseFen ?? 0n) > 0n || !!v.giftNote || !!v.entertainmentNote;
}

/**
 * What the actor may do with the visit now, as the page offers it. The use cases check the same
 * rules again; `canWrite` is whether the visit lies in the actor's visit:write scope.
 */
export function visitActions(actor: Actor, v: VisitRow, canWrite: boolean) {
  const own = v.repId === actor.id;
  return {
    prepare: own && isBefore(v) && v.preApproval !== 'pending',
    checkIn: own && isBefore(v),
    checkOut: own && v.status === 'in_progress',
    // A pending pre-approval is withdrawn by its submitter, the rep, when they cancel.
    cancel: canWrite && isBefore(v) && (own || v.preApproval !== 'pending'),
    people: canWrite && isMade(v),
    photos: canWrite && isMade(v),
  };
}
