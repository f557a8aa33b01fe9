import { and, eq, lt, sql } from 'drizzle-orm';
import { type DbOrTx, queryRows } from '../../db/client.js';
import { readCompanyTimeZone } from '../../platform/company-time.js';
import { period, periodOf } from '../../platform/periods/periods.js';
import { readPolicy } from '../../platform/policies/read.js';
import { targetsInForce } from '../targets/index.js';
import { type BasisRecord, calcCommission, clawbackSlices, type EarnedSlice } from './calc.js';
import type { PlanRow } from './plan-queries.js';
import { commissionBasis } from './policies.js';
import { type BasisRow, basisRows } from './records.js';
import type { TStatementWhy } from './schemas.js';
import { type commissionLineKinds, type commissionLineRefTypes, commissionStatements } from './tables.js';

export interface NewLine {
  kind: (typeof commissionLineKinds)[number];
  refType: (typeof commissionLineRefTypes)[number] | null;
  refId: string | null;
  refNumber: string | null;
  refOn: string | null;
  basisFen: bigint;
  tierIndex: number | null;
  rateBp: number | null;
  amountFen: bigint;
  note: Record<string, string> | null;
}

export interface Computed {
  basis: 'signed' | 'collected';
  targetFen: bigint | null;
  basisFen: bigint;
  attainmentBp: number | null;
  reachedTier: number;
  commissionFen: bigint;
  lines: NewLine[];
  why: TStatementWhy;
}

export interface Person {
  id: string;
  unitId: string;
}

const recordLine = (
  r: BasisRow,
): Omit<NewLine, 'kind' | 'basisFen' | 'tierIndex' | 'rateBp' | 'amountFen' | 'note'> => ({
  refType: r.refType,
  refId: r.refId,
  refNumber: r.number,
  refOn: r.on,
});

async function targetOf(db: DbOrTx, basis: 'signed' | 'collected', userId: string, code: string) {
  const m = await targetsInForce(db, {
    metric: basis === 'signed' ? 'signed_amount' : 'collected_amount',
    subjects: [{ type: 'user', id: userId }],
    periods: [code],
  });
  return m.get(`user:${userId}:${code}`) ?? null;
}

/**
 * What the person's earlier statements earned on a record (its commission lines), less what
 * clawbacks already took back of it (highest rate first), and the period it was earned in.
 */
async function earnedOn(db: DbOrTx, userId: string, month: string, refType: string, refId: string) {
  const rows = await queryRows<{
    kind: string;
    basis: string;
    tier: number | null;
    rate: number;
    period: string;
  }>(
    db,
    sql`select l.kind, l.basis_fen::text as basis, l.tier_index as tier, l.rate_bp as rate, s.period
        from commission_statement_lines l join commission_statements s on s.id = l.statement_id
        where s.user_id = ${userId}::uuid and s.period < ${month}
          and ((l.kind = 'commission' and l.ref_type = ${refType} and l.ref_id = ${refId}::uuid)
            or (l.kind = 'clawback' and l.note ->> 'originalId' = ${refId}))`,
  );
  let taken = rows.filter((r) => r.kind === 'clawback').reduce((s, r) => s - BigInt(r.basis), 0n);
  const earned: EarnedSlice[] = [];
  for (const r of rows.filter((x) => x.kind === 'commission').sort((a, b) => b.rate - a.rate)) {
    let b = BigInt(r.basis);
    const cut = taken < b ? taken : b;
    b -= cut;
    taken -= cut;
    if (b > 0n) earned.push({ basisFen: b, tierIndex: r.tier, rateBp: r.rate });
  }
  return { earned, period: rows.find((r) => r.kind === 'commission')?.period ?? null };
}

/** INC-1: money taken back after its period — clawback lines at the rates it earned, highest first. */
async function clawbacks(db: DbOrTx, person: Person, month: string, rows: BasisRow[]): Promise<NewLine[]> {
  const out: NewLine[] = [];
  for (const r of rows) {
    const origType = r.refType === 'payment' ? 'payment' : 'contract';
    const { earned, period: earnedIn } = await earnedOn(db, person.id, month, origType, r.originalId!);
    for (const s of clawbackSlices(r.amountFen, earned)) {
      out.push({
        kind: 'clawback',
        ...recordLine(r),
        basisFen: s.basisFen,
        tierIndex: s.tierIndex,
        rateBp: s.rateBp,
        amountFen: s.amountFen,
        note: {
          originalId: r.originalId!,
          originalNumber: r.originalNumber ?? '',
          ...(earnedIn ? { period: earnedIn } : {}),
        },
      });
    }
  }
  return out;
}

const toCalc = (rows: BasisRow[]): BasisRecord[] =>
  rows.map((r, i) => ({ key: String(i), amountFen: r.amountFen, rateBp: r.rateBp }));

/**
 * INC-1: the true-up at the end of a quarter or year the plan names: the commission on the
 * quarter's (year's) records against its target, less what the months' statements earned
 * (commission and cap lines; clawbacks and carried amounts excluded).
 */
async function trueUp(
  db: DbOrTx,
  plan: PlanRow,
  person: Person,
  month: string,
  tz: string,
  basis: 'signed' | 'collected',
  thisMonthFen: bigint,
): Promise<NewLine | null> {
  if (plan.trueUp === 'none') return null;
  const span = periodOf(plan.trueUp === 'quarter' ? 'quarter' : 'year', `${month}-01`);
  if (span.to.slice(0, 7) !== month) return null;
  const rows = (
    await basisRows(db, basis, { userId: person.id, from: span.from, to: span.to, tz }, plan.categoryRates)
  ).filter((r) => !r.originalBefore);
  const whole = calcCommission({
    targetFen: await targetOf(db, basis, person.id, span.code),
    method: plan.method,
    tiers: plan.tiers,
    capFen: plan.capFen,
    records: toCalc(rows),
  });
  const [before] = await queryRows<{ earned: string | null }>(
    db,
    sql`select sum(l.amount_fen)::text as earned
        from commission_statement_lines l join commission_statements s on s.id = l.statement_id
        where s.user_id = ${person.id}::uuid and s.period >= ${span.from.slice(0, 7)} and s.period < ${month}
          and l.kind in ('commission', 'cap')`,
  );
  const amountFen = whole.commissionFen - thisMonthFen - BigInt(before?.earned ?? '0');
  return {
    kind: 'true_up',
    refType: null,
    refId: null,
    refNumber: null,
    refOn: null,
    basisFen: whole.basisFen,
    tierIndex: whole.reachedTier,
    rateBp: null,
    amountFen,
    note: { period: span.code },
  };
}

/** INC-1: a closed earlier statement's negative total not yet carried: a carried line. */
async function carried(db: DbOrTx, person: Person, month: string, selfId: string | null): Promise<NewLine[]> {
  const rows = await db
    .select({
      id: commissionStatements.id,
      period: commissionStatements.period,
      fen: commissionStatements.commissionFen,
    })
    .from(commissionStatements)
    .where(
      and(
        eq(commissionStatements.userId, person.id),
        eq(commissionStatements.status, 'closed'),
        lt(commissionStatements.period, month),
        lt(commissionStatements.commissionFen, 0n),
        sql`not exists (select 1 from commission_statement_lines l where l.kind = 'carry'
            and l.ref_id = ${commissionStatements.id}
            ${selfId ? sql`and l.statement_id <> ${selfId}::uuid` : sql``})`,
      ),
    );
  return rows.map((r) => ({
    kind: 'carry',
    refType: 'statement',
    refId: r.id,
    refNumber: r.period,
    refOn: null,
    basisFen: 0n,
    tierIndex: null,
    rateBp: null,
    amountFen: r.fen,
    note: { period: r.period },
  }));
}

/**
 * INC-1: a person's statement for a month under a plan: the basis in force (commission.basis),
 * the target in force, the records in order through the calculation, the cap, clawbacks of
 * money taken back after its period, the true-up the plan names, and a negative total carried
 * from a closed statement. Reads only; the caller writes.
 */
export async function computeStatement(
  db: DbOrTx,
  input: { person: Person; plan: PlanRow; month: string; at: Date; selfId: string | null },
): Promise<Computed> {
  const { person, plan, month } = input;
  const tz = await readCompanyTimeZone(db, input.at);
  const basis = await readPolicy(db, commissionBasis, input.at, person.unitId);
  const p = period(month);
  const rows = await basisRows(
    db,
    basis,
    { userId: person.id, from: p.from, to: p.to, tz },
    plan.categoryRates,
  );
  const counted = rows.filter((r) => !r.originalBefore);
  const targetFen = await targetOf(db, basis, person.id, month);
  const result = calcCommission({
    targetFen,
    method: plan.method,
    tiers: plan.tiers,
    capFen: plan.capFen,
    records: toCalc(counted),
  });
  const lines: NewLine[] = result.lines.map((l) => ({
    kind: 'commission',
    ...recordLine(counted[Number(l.key)]!),
    basisFen: l.basisFen,
    tierIndex: l.tierIndex,
    rateBp: l.rateBp,
    amountFen: l.amountFen,
    note: null,
  }));
  if (result.capAdjustFen !== 0n) {
    lines.push({
      kind: 'cap',
      refType: null,
      refId: null,
      refNumber: null,
      refOn: null,
      basisFen: 0n,
      tierIndex: null,
      rateBp: null,
      amountFen: result.capAdjustFen,
      note: null,
    });
  }
  lines.push(
    ...(await clawbacks(
      db,
      person,
      month,
      rows.filter((r) => r.originalBefore),
    )),
  );
  const up = await trueUp(db, plan, person, month, tz, basis, result.commissionFen);
  if (up) lines.push(up);
  const carry = await carried(db, person, month, input.selfId);
  lines.push(...carry);
  return {
    basis,
    targetFen: targetFen !== null && targetFen > 0n ? targetFen : null,
    basisFen: result.basisFen,
    attainmentBp: result.attainmentBp,
    reachedTier: result.reachedTier,
    commissionFen: lines.reduce((s, l) => s + l.amountFen, 0n),
    lines,
    why: {
      basis,
      basisPolicy: commissionBasis.id,
      method: plan.method,
      tiers: plan.tiers,
      capFen: plan.capFen === null ? null : plan.capFen.toString(),
      trueUp: plan.trueUp,
      noTarget: !(targetFen !== null && targetFen > 0n),
      categoryRates: basis === 'signed' ? plan.categoryRates : [],
      carriedFen: carry.length > 0 ? carry.reduce((s, l) => s + l.amountFen, 0n).toString() : null,
    },
  };
}
