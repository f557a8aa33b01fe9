import { sql } from 'drizzle-orm';
import { type DbOrTx, queryRows } from '../../db/client.js';
import { holdersOfSql } from '../../platform/access/holders.js';
import { readCompanyTimeZone } from '../../platform/company-time.js';
import { unitSubtreeIdsSql } from '../../platform/org/tree.js';
import { type PeriodCode, period, previousPeriod, sameLastYear } from '../../platform/periods/periods.js';
import {
  type Fact,
  type IndicatorRow,
  indicatorsFor,
  type MetricFigure,
  pctOf,
  rollUp,
  sumBuckets,
  unitParents,
} from '../indicators/index.js';
import { inquiryFacts } from '../inquiries/index.js';
import type { TargetSubject } from '../targets/index.js';
import { doneVisitFacts } from '../visits/index.js';
import type { TFigure, TFigures, TIndicatorFigure, TReportFigures, TReportRow } from './schemas.js';

interface Subject extends TargetSubject {
  name: string;
  unitName: string | null;
  /** People: an active person who visits customers, listed even with nothing to count. */
  seller?: boolean;
}

const change = (now: bigint, before: bigint) => (before === 0n ? null : pctOf(now - before, before));

function figure(current: bigint, previous: bigint, lastYear: bigint): TFigure {
  return {
    current: current.toString(),
    previous: previous.toString(),
    lastYear: lastYear.toString(),
    momPct: change(current, previous),
    yoyPct: change(current, lastYear),
  };
}

/** A figure of the indicators read model: this period's row and the previous period's actual. */
function indicatorFigure(now: MetricFigure, before: MetricFigure): TIndicatorFigure {
  return {
    ...figure(BigInt(now.actual), BigInt(before.actual), BigInt(now.lastYear)),
    target: now.target,
    completionPct: now.completionPct,
  };
}

/** The unit, its child units and the people placed in it or below, with names as they are now. */
async function subjectsOf(db: DbOrTx, unitId: string): Promise<Subject[]> {
  const units = await queryRows<{ id: string; name: string; own: boolean }>(
    db,
    sql`select id::text as id, name, (id = ${unitId}) as own from units
        where id = ${unitId} or parent_id = ${unitId}
        order by (id = ${unitId}) desc, sort, name, id`,
  );
  const people = await queryRows<{ id: string; name: string; unit_name: string; seller: boolean }>(
    db,
    sql`select u.id::text as id, u.display_name as name, un.name as unit_name,
          (u.status = 'active' and u.id in ${holdersOfSql('visit:write')}) as seller
        from users u join units un on un.id = u.unit_id
        where u.unit_id in ${unitSubtreeIdsSql(unitId)}
        order by un.sort, un.name, u.username`,
  );
  return [
    ...units.map((u) => ({ type: 'unit' as const, id: u.id, name: u.name, unitName: null })),
    ...people.map((p) => ({
      type: 'user' as const,
      id: p.id,
      name: p.name,
      unitName: p.unit_name,
      seller: p.seller,
    })),
  ];
}

type Counted = Map<string, Map<string, bigint>>;

/** Visits made, first contacts and inquiry calls of the subjects, per day, over [from, to]. */
async function activityOf(
  db: DbOrTx,
  subjects: readonly TargetSubject[],
  range: { from: string; to: string },
  tz: string,
): Promise<{ visits: Counted; inquiries: Counted; inquiryCalls: Counted }> {
  const parents = await unitParents(db);
  const visits: Fact[] = (await doneVisitFacts(db, { ...range, tz })).map((v) => ({
    ownerId: v.repId,
    unitId: v.unitId,
    bucket: v.day,
    value: BigInt(v.count),
  }));
  const contacts = await inquiryFacts(db, range);
  const all: Fact[] = contacts.map((c) => ({
    ownerId: c.ownerId,
    unitId: c.unitId,
    bucket: c.day,
    value: BigInt(c.count),
  }));
  const calls = all.filter((_, i) => contacts[i]!.channel === 'phone');
  return {
    visits: rollUp(visits, subjects, parents),
    inquiries: rollUp(all, subjects, parents),
    inquiryCalls: rollUp(calls, subjects, parents),
  };
}

/**
 * OPS-4: the statistics of a unit for a month or week — for the unit, each child unit and each
 * person placed in it or below: sales volume, signed and collected amounts and new customers
 * from the indicators read model (indicatorsFor: nothing recomputed here), visits made (visits
 * module) and first contacts and inquiry calls (the register, inquiries module), each against
 * the period before and the same period a year earlier. People without a figure who do not
 * visit customers (finance, the assistant …) are left out.
 */
export async function reportFigures(
  db: DbOrTx,
  q: { unitId: string; period: PeriodCode; at: Date },
): Promise<TReportFigures> {
  const current = period(q.period);
  const previous = period(previousPeriod(q.period));
  const lastYear = period(sameLastYear(q.period));
  const subjects = await subjectsOf(db, q.unitId);
  const tz = await readCompanyTimeZone(db, q.at);
  const indicators = await indicatorsFor(db, {
    subjects: subjects.map(({ type, id }) => ({ type, id })),
    periods: [current.code, previous.code],
    at: q.at,
  });
  const byKey = new Map<string, IndicatorRow>(indicators.map((r) => [`${r.subject.id}:${r.period}`, r]));
  const span = { from: lastYear.from, to: current.to };
  const activity = await activityOf(db, subjects, span, tz);
  const count = (counted: Counted, s: Subject): TFigure => {
    const buckets = counted.get(`${s.type}:${s.id}`);
    return figure(
      sumBuckets(buckets, current.from, current.to),
      sumBuckets(buckets, previous.from, previous.to),
      sumBuckets(buckets, lastYear.from, lastYear.to),
    );
  };
  const rowOf = (s: Subject): TReportRow => {
    const now = byKey.get(`${s.id}:${current.code}`)!;
    const before = byKey.get(`${s.id}:${previous.code}`)!;
    const figures: TFigures = {
      volume: indicatorFigure(now.metrics.volume, before.metrics.volume),
      signedAmount: indicatorFigure(now.metrics.signed_amount, before.metrics.signed_amount),
      collectedAmount: indicatorFigure(now.metrics.collected_amount, before.metrics.collected_amount),
      newCustomers: indicatorFigure(now.metrics.new_customers, before.metrics.new_customers),
      visits: count(activity.visits, s),
      inquiries: count(activity.inquiries, s),
      inquiryCalls: count(activity.inquiryCalls, s),
    };
    return { id: s.id, name: s.name, unitName: s.unitName, figures };
  };
  const isEmpty = (r: TReportRow) =>
    Object.values(r.figures).every((f) => f.current === '0' && f.previous === '0' && f.lastYear === '0');
  const [own, ...rest] = subjects;
  const salesMetric = indicators[0]?.salesMetric ?? 'collected_amount';
  return {
    periods: {
      current: { code: current.code, from: current.from, to: current.to },
      previous: { code: previous.code, from: previous.from, to: previous.to },
      lastYear: { code: lastYear.code, from: lastYear.from, to: lastYear.to },
    },
    salesBasis: salesMetric === 'signed_amount' ? 'signed' : 'collected',
    total: rowOf(own!),
    units: rest.filter((s) => s.type === 'unit').map(rowOf),
    people: rest
      .filter((s) => s.type === 'user')
      .map((s) => ({ s, row: rowOf(s) }))
      .filter(({ s, row }) => s.seller || !isEmpty(row))
      .map(({ row }) => row),
  };
}
