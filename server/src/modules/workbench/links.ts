import { type PeriodCode, period } from '../../platform/periods/periods.js';
import type { TargetMetric, TargetSubject } from '../targets/index.js';

/**
 * OPS-5: the list behind each figure of the 工作台, as a path with the filters that list page
 * reads from its URL (receivables: ownerId, unitId, status, bucket, drillLabel; opportunities:
 * tab, stage, status, ownerId, expectedFrom, expectedTo, unitId on the funnel; payments: status,
 * ownerId, receivedFrom, receivedTo; indicators: subject, period, metric — the drawer that lists
 * the records a figure sums).
 */
function path(base: string, params: Record<string, string | null | undefined>): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== '') q.set(k, v);
  const text = q.toString();
  return text ? `${base}?${text}` : base;
}

/** Whose records: a person (owner) or a unit and the units below it; none: the reader's whole scope. */
export interface Whose {
  ownerId?: string;
  unitId?: string;
  /** Shown on the list as what it is narrowed to. */
  label?: string;
}

const drill = (w: Whose) => ({ ownerId: w.ownerId, unitId: w.unitId, drillLabel: w.label });

export const links = {
  /** PLAN-5: the records an indicator sums. */
  indicator: (subject: TargetSubject | null, p: PeriodCode, metric: TargetMetric) =>
    path('/indicators', {
      subject: subject ? `${subject.type}:${subject.id}` : undefined,
      period: p,
      metric,
    }),
  /** AR-9: this month's collection rate (due in the period vs confirmed on it). */
  collectionsPlan: () => path('/receivables', { tab: 'metrics' }),
  /** AR-5: the overdue instalments. */
  overdue: (w: Whose) => path('/receivables', { status: 'overdue', ...drill(w) }),
  /** AR-9: the open instalments of one aging bucket. */
  bucket: (key: string, w: Whose) => path('/receivables', { bucket: key, ...drill(w) }),
  receivables: (w: Whose) => path('/receivables', drill(w)),
  /** CUS-8: open opportunities, of a stage. */
  pipeline: (w: Whose, stage?: string) =>
    w.unitId
      ? path('/opportunities', { tab: 'funnel', unitId: w.unitId })
      : path('/opportunities', {
          tab: 'list',
          status: 'open',
          stage,
          ownerId: w.ownerId,
        }),
  /** CUS-8: open opportunities expected to close in a month (null: without a date). */
  closeMonth: (w: Whose, month: string | null) => {
    const p = month ? period(month) : null;
    return path('/opportunities', {
      tab: 'list',
      status: 'open',
      ownerId: w.ownerId,
      expectedFrom: p?.from,
      expectedTo: p?.to,
    });
  },
  funnel: (w: Whose) => path('/opportunities', { tab: 'funnel', unitId: w.unitId, ownerId: w.ownerId }),
  visit: (id: string) => `/visits/${id}`,
  visitsToday: () => '/today',
  todo: () => '/todo',
  /** AR-4: payments waiting for finance. */
  pendingPayments: () => path('/payments', { status: 'pending' }),
  /** AR-4: payments confirmed, received in [from, to]. */
  confirmedPayments: (from: string, to: string) =>
    path('/payments', { status: 'confirmed', receivedFrom: from, receivedTo: to }),
  salesStatus: (p: PeriodCode) => path('/sales-status', { period: p }),
};
