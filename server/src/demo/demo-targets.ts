import { eq, inArray } from 'drizzle-orm';
import type { Db, Tx } from '../db/client.js';
import { loadModules } from '../modules/index.js';
import { indicatorsFor } from '../modules/indicators/index.js';
import type { TargetMetric } from '../modules/targets/index.js';
import {
  marketSizes,
  salesPlans,
  salesPlanTargets,
  targetLines,
  targetSets,
} from '../modules/targets/tables.js';
import type { Clock } from '../platform/clock.js';
import { localDate, startOfLocalDay } from '../platform/deadlines/calendar.js';
import { companyTimeZone } from '../platform/deadlines/policies.js';
import { units, users } from '../platform/org/tables.js';
import { elapsedShare, monthsOf } from '../platform/periods/periods.js';
import { readPolicy } from '../platform/policies/read.js';
import { demoUnits, demoUsers } from './demo-org.js';

/**
 * What a rep is given per month when nobody has anything to measure against yet, and the step
 * targets are rounded to (fen for amounts: ¥100).
 */
const metrics: { metric: TargetMetric; base: bigint; step: bigint }[] = [
  { metric: 'signed_amount', base: 30_000_000n, step: 10_000n },
  { metric: 'collected_amount', base: 25_000_000n, step: 10_000n },
  { metric: 'volume', base: 20n, step: 1n },
  { metric: 'new_customers', base: 2n, step: 1n },
];

/** Who splits each level's target (the head of the unit). */
const splitBy: Record<string, string> = {
  HQ: 'director',
  EAST: 'rm_east',
  SOUTH: 'rm_south',
  'EAST-SALES': 'manager_east',
  'SOUTH-SALES': 'manager_south',
  'EAST-T1': 'sup_east1',
  'EAST-T2': 'sup_east2',
  'SOUTH-T1': 'sup_south1',
  'SOUTH-T2': 'sup_south2',
};

/** The regions' market (PLAN-5 market share), this year and last, in fen. */
const markets: Record<string, bigint> = { EAST: 8_000_000_000n, SOUTH: 6_000_000_000n };

/** The plan's text (PLAN-1), in the company's words. */
const planText = {
  goal: '全年签约额与回款额均比上年增长 20%，新增客户 60 家，重点产品市场占有率提升 2 个百分点。',
  strategy:
    '巩固华东存量客户，深耕汽车零部件与电子制造行业；华南以新客户开发为主，依托样板工程带动区域突破；全员执行拜访计划，回款与签约并重。',
  productMix: '自动化控制系统（PLC、变频器）占 45%，泵阀与密封件占 35%，备品备件与服务占 20%。',
  regions: '华东大区：上海、江苏、浙江（两个销售小组）；华南大区：广东、福建（两个销售小组）。',
  channels: '以直销为主，重点行业设立大客户经理；电商平台与展会作为获客补充渠道。',
  partners: '与两家区域系统集成商签订合作协议，共同开发中小型项目；核心供应商保障交期与技术支持。',
};

/** How a rep stands against the working-day pace: what completion their target is set for. */
type Standing = 'ahead' | 'onTrack' | 'behind';
const standings: Standing[] = ['ahead', 'onTrack', 'behind'];

/** The completion (in basis points) a target is set to give: ahead, on pace, or well behind it. */
function completionBp(standing: Standing, paceBp: bigint): bigint {
  if (standing === 'ahead') return paceBp + 2_500n;
  if (standing === 'onTrack') return paceBp;
  return (paceBp * 3n) / 10n;
}

const roundTo = (v: bigint, step: bigint, up: boolean) => {
  const down = (v / step) * step;
  return up && down < v ? down + step : down;
};

/**
 * A rep's target for a period from what they have done so far: the actual over the completion
 * their standing asks for (rounded so the standing holds); with nothing done yet (or no time
 * gone), the base.
 */
function targetFor(actual: bigint, standing: Standing, paceBp: bigint, base: bigint, step: bigint): bigint {
  const bp = completionBp(standing, paceBp);
  if (actual <= 0n || bp <= 0n) return base;
  const exact = (actual * 10_000n + bp - 1n) / bp;
  return roundTo(exact, step, standing === 'behind') || step;
}

const paceBp = (code: string, today: string) => {
  const { elapsed, total } = elapsedShare(code, today);
  return (BigInt(elapsed) * 10_000n) / BigInt(total);
};

/**
 * Each rep's year and months for one metric: the year and this month as their standing asks, the
 * other months the rest of the year evenly.
 */
function repTargets(
  a: { year: bigint; month: bigint },
  s: { year: Standing; month: Standing },
  pace: { year: bigint; month: bigint },
  m: (typeof metrics)[number] & { yearBase: bigint },
  months: string[],
  thisMonth: string,
): Map<string, bigint> {
  let yearTarget = targetFor(a.year, s.year, pace.year, m.yearBase, m.step);
  const others = BigInt(months.length - 1);
  // Nothing done this month yet: the month gets its even share of the year (and is behind once time passes).
  const share = roundTo(yearTarget / BigInt(months.length), m.step, true) || m.step;
  const monthTarget = a.month > 0n ? targetFor(a.month, s.month, pace.month, m.base, m.step) : share;
  // A month that asks more than the year: the year is twelve such months.
  if (yearTarget < monthTarget) yearTarget = monthTarget * BigInt(months.length);
  // The rest of the year over the other months, in steps, spread evenly (a running share, rounded).
  const rest = (yearTarget - monthTarget) / m.step;
  const out = new Map<string, bigint>();
  const otherMonths = months.filter((x) => x !== thisMonth);
  for (const [i, month] of otherMonths.entries()) {
    const upTo = (k: number) => (rest * BigInt(k)) / others;
    out.set(month, (upTo(i + 1) - upTo(i)) * m.step);
  }
  out.set(thisMonth, monthTarget);
  out.set(months[0]!.slice(0, 4), yearTarget);
  return out;
}

/**
 * The standing each rep's target is set for, per period: those who have done something, by how
 * much (most first), take ahead, on track and behind in turn; those with nothing are behind.
 */
function standingsOf(actuals: Map<string, bigint>): Map<string, Standing> {
  const done = [...actuals]
    .filter(([, v]) => v > 0n)
    .sort((x, y) => (y[1] > x[1] ? 1 : y[1] < x[1] ? -1 : 0));
  const out = new Map<string, Standing>();
  for (const [i, [id]] of done.entries()) out.set(id, standings[i % standings.length]!);
  for (const [id, v] of actuals) if (v <= 0n) out.set(id, 'behind');
  return out;
}

/**
 * PLAN-1 … PLAN-3, PLAN-6 (demo): this year's annual sales plan approved by the GM with its
 * company targets, and the approved splits company → regions → sales departments → teams → each
 * rep, by year and month, for signed amount, collections, volume and new customers; the regions'
 * market sizes. Each rep's targets are set from what the demo records show they have done this
 * year and this month (the indicators read model), so that against the working-day pace some are
 * clearly ahead, some on track and some behind; every level is the sum of the one below (no gap).
 * Written as fixtures (approved, without approval history), relative to the clock; does nothing
 * when this year already has a plan.
 */
export async function loadDemoTargets(db: Db, clock: Clock): Promise<void> {
  loadModules();
  const now = clock.now();
  const tz = await readPolicy(db, companyTimeZone, now);
  const today = localDate(now, tz);
  const year = today.slice(0, 4);
  const thisMonth = today.slice(0, 7);
  const [planned] = await db
    .select({ id: salesPlans.id })
    .from(salesPlans)
    .where(eq(salesPlans.year, Number(year)))
    .limit(1);
  if (planned) return;
  const unitRows = await db
    .select({ id: units.id, code: units.code })
    .from(units)
    .where(
      inArray(
        units.code,
        demoUnits.map((u) => u.code),
      ),
    );
  const unitId = new Map(unitRows.map((u) => [u.code, u.id]));
  const reps = demoUsers.filter((u) => u.roles.includes('sales_rep'));
  const userRows = await db
    .select({ id: users.id, username: users.username })
    .from(users)
    .where(inArray(users.username, [...reps.map((r) => r.username), ...Object.values(splitBy)]));
  const userId = new Map(userRows.map((u) => [u.username, u.id]));
  if (!unitId.get('HQ') || reps.some((r) => !userId.has(r.username))) return;

  // The sales units: those with reps at or below them, and what each splits its target among.
  const parentOf = new Map(demoUnits.map((u) => [u.code, u.parent ?? null]));
  const sales = new Set<string>();
  for (const r of reps) for (let c: string | null = r.unit; c; c = parentOf.get(c) ?? null) sales.add(c);
  const childUnits = (code: string) => demoUnits.filter((u) => u.parent === code && sales.has(u.code));
  const repsIn = (code: string) => reps.filter((r) => r.unit === code);

  const months = monthsOf(year);
  const periods = [year, ...months];
  const pace = { year: paceBp(year, today), month: paceBp(thisMonth, today) };
  const subjects = reps.map((r) => ({ type: 'user' as const, id: userId.get(r.username)! }));
  const rows = await indicatorsFor(db, { subjects, periods: [year, thisMonth], at: now });
  const actual = (id: string, p: string, metric: TargetMetric) =>
    BigInt(rows.find((r) => r.subject.id === id && r.period === p)!.metrics[metric].actual);

  // metric → subject code (unit code or username) → period → value
  const plan = new Map<TargetMetric, Map<string, Map<string, bigint>>>();
  for (const m of metrics) {
    const values = new Map<string, Map<string, bigint>>();
    const ids = reps.map((r) => userId.get(r.username)!);
    const yearStanding = standingsOf(new Map(ids.map((id) => [id, actual(id, year, m.metric)])));
    const monthStanding = standingsOf(new Map(ids.map((id) => [id, actual(id, thisMonth, m.metric)])));
    // Who has done nothing this year is given what the others are given on average.
    const given = ids
      .filter((id) => actual(id, year, m.metric) > 0n)
      .map((id) => targetFor(actual(id, year, m.metric), yearStanding.get(id)!, pace.year, 0n, m.step));
    const average = given.length ? given.reduce((x, y) => x + y, 0n) / BigInt(given.length) : 0n;
    const yearBase = roundTo(average, m.step * 12n, true) || m.base * 12n;
    for (const r of reps) {
      const id = userId.get(r.username)!;
      values.set(
        r.username,
        repTargets(
          { year: actual(id, year, m.metric), month: actual(id, thisMonth, m.metric) },
          { year: yearStanding.get(id)!, month: monthStanding.get(id)! },
          pace,
          { ...m, yearBase },
          months,
          thisMonth,
        ),
      );
    }
    // Every unit's target is the sum of what it splits (no gap), from the teams up.
    const sumUp = (code: string): Map<string, bigint> => {
      const parts = [
        ...childUnits(code).map((u) => sumUp(u.code)),
        ...repsIn(code).map((r) => values.get(r.username)!),
      ];
      const total = new Map(periods.map((p) => [p, parts.reduce((s, v) => s + (v.get(p) ?? 0n), 0n)]));
      values.set(code, total);
      return total;
    };
    sumUp('HQ');
    plan.set(m.metric, values);
  }

  const approvedAt = new Date(
    Math.min(now.getTime() - 3_600_000, startOfLocalDay(`${year}-01-05`, tz).getTime() + 10 * 3_600_000),
  );
  const submittedAt = new Date(approvedAt.getTime() - 2 * 86_400_000);
  await db.transaction(async (tx) => {
    const director = userId.get('director')!;
    const [doc] = await tx
      .insert(salesPlans)
      .values({
        year: Number(year),
        version: 1,
        status: 'approved',
        ...planText,
        submittedAt,
        approvedAt,
        createdAt: submittedAt,
        createdBy: director,
        updatedAt: approvedAt,
      })
      .returning({ id: salesPlans.id });
    await tx.insert(salesPlanTargets).values(
      metrics.flatMap((m) =>
        periods.map((p) => ({
          planId: doc!.id,
          metric: m.metric,
          period: p,
          value: plan.get(m.metric)!.get('HQ')!.get(p)!,
        })),
      ),
    );
    for (const code of sales) await writeSplit(tx, code);
    for (const [code, size] of Object.entries(markets)) {
      for (const [y, factor] of [
        [Number(year), 100n],
        [Number(year) - 1, 90n],
      ] as const) {
        await tx.insert(marketSizes).values({
          unitId: unitId.get(code)!,
          year: y,
          sizeFen: (size * factor) / 100n,
          source: '行业协会年度市场规模报告（估算）',
          enteredOn: `${y}-01-05`,
          createdAt: submittedAt,
          createdBy: director,
          updatedAt: submittedAt,
        });
      }
    }
  });

  /** One unit's approved split of each metric among its child units and reps, by year and month. */
  async function writeSplit(tx: Tx, code: string) {
    const children = [
      ...childUnits(code).map((u) => ({ type: 'unit' as const, key: u.code, id: unitId.get(u.code)! })),
      ...repsIn(code).map((r) => ({ type: 'user' as const, key: r.username, id: userId.get(r.username)! })),
    ];
    if (children.length === 0) return;
    for (const m of metrics) {
      const [set] = await tx
        .insert(targetSets)
        .values({
          unitId: unitId.get(code)!,
          year: Number(year),
          metric: m.metric,
          version: 1,
          status: 'approved',
          method: 'manual',
          submittedAt,
          approvedAt,
          createdAt: submittedAt,
          createdBy: userId.get(splitBy[code] ?? 'director') ?? null,
          updatedAt: approvedAt,
        })
        .returning({ id: targetSets.id });
      await tx.insert(targetLines).values(
        children.flatMap((c) =>
          periods.map((p) => ({
            setId: set!.id,
            subjectType: c.type,
            subjectId: c.id,
            period: p,
            value: plan.get(m.metric)!.get(c.key)!.get(p)!,
          })),
        ),
      );
    }
  }
}
