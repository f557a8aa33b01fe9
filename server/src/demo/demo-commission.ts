import { and, desc, eq, sql } from 'drizzle-orm';
import { type Db, queryRows } from '../db/client.js';
import { computeStatement } from '../modules/commission/compute-statement.js';
import { writeStatement } from '../modules/commission/generate-statements.js';
import { commissionPlans } from '../modules/commission/tables.js';
import { contracts } from '../modules/contracts/tables.js';
import { loadModules } from '../modules/index.js';
import { confirmPayment } from '../modules/receivables/confirm-payment.js';
import { recordPayment } from '../modules/receivables/record-payment.js';
import type { Clock } from '../platform/clock.js';
import type { Ctx } from '../platform/context.js';
import { companyToday } from '../platform/deadlines/company-date.js';
import { period, previousPeriod } from '../platform/periods/periods.js';
import { DAY_MS, DemoTimeline } from './demo-money-kit.js';
import { userIdByUsername } from './load-demo.js';

/** rep01's collections last month (days of the month, yuan), so their statement has lines. */
const rep01Collections = [
  { day: 8, yuan: 60_000 },
  { day: 21, yuan: 45_000 },
];

/** The east team's reps (华东一组、二组). */
const eastUnits = ['EAST-T1', 'EAST-T2'];

/**
 * INC-1: the demo's commission — the sales reps' plan (3% / 5% / 8% from 0 / 50% / 100% of the
 * collections target, marginal), approved by the GM from January of last month's year; two
 * payments of rep01's confirmed last month; and last month's draft statements of the east team,
 * generated as the monthly job does. Runs once, after the targets.
 */
export async function loadDemoCommission(db: Db, clock: Clock): Promise<void> {
  loadModules();
  const [any] = await db.select({ id: commissionPlans.id }).from(commissionPlans).limit(1);
  if (any) return;
  const now = clock.now();
  const today = await companyToday(db, now);
  const month = previousPeriod(today.slice(0, 7));
  const director = await userIdByUsername(db, 'director').catch(() => null);
  if (!director) return;
  const [plan] = await db
    .insert(commissionPlans)
    .values({
      name: '销售代表提成方案',
      roleCode: 'sales_rep',
      effectiveFrom: `${month.slice(0, 4)}-01`,
      version: 1,
      status: 'approved',
      method: 'marginal',
      tiers: [
        { fromBp: 0, rateBp: 300 },
        { fromBp: 5000, rateBp: 500 },
        { fromBp: 10000, rateBp: 800 },
      ],
      trueUp: 'none',
      submittedAt: new Date(now.getTime() - 40 * DAY_MS),
      approvedAt: new Date(now.getTime() - 39 * DAY_MS),
      createdAt: new Date(now.getTime() - 41 * DAY_MS),
      createdBy: director,
      updatedAt: new Date(now.getTime() - 39 * DAY_MS),
    })
    .returning();

  // rep01's payments on their signed contract, recorded and confirmed by finance the next day.
  const rep01 = await userIdByUsername(db, 'rep01');
  const [contract] = await db
    .select()
    .from(contracts)
    .where(and(eq(contracts.ownerId, rep01), eq(contracts.status, 'signed'), eq(contracts.kind, 'main')))
    .orderBy(desc(contracts.amountFen))
    .limit(1);
  if (contract) {
    const tl = await DemoTimeline.start(db, clock);
    const first = period(month).from;
    for (const c of rep01Collections) {
      const on = `${first.slice(0, 8)}${String(c.day).padStart(2, '0')}`;
      const daysAgo = Math.round((Date.parse(`${today}T00:00:00Z`) - Date.parse(`${on}T00:00:00Z`)) / DAY_MS);
      if (daysAgo < 2) continue;
      let id = '';
      tl.at(daysAgo, 2, async () => {
        const p = await recordPayment(await tl.ctx('rep01'), {
          customerId: contract.customerId,
          contractId: contract.id,
          method: 'pos_card',
          amountFen: (BigInt(c.yuan) * 100n).toString(),
          receivedOn: tl.today(),
          payer: '客户财务部',
          voucherNo: `HD${tl.today().replaceAll('-', '')}${c.yuan}`,
          remark: null,
        });
        id = p.id;
      });
      tl.at(daysAgo - 1, 3, async () => {
        await confirmPayment(await tl.ctx('finance'), id);
      });
    }
    await tl.run();
  }

  // Last month's statements of the east team's reps, as drafts.
  const reps = await queryRows<{ id: string; unit_id: string }>(
    db,
    sql`select u.id::text as id, u.unit_id::text as unit_id from users u
        join units n on n.id = u.unit_id
        join user_roles ur on ur.user_id = u.id join roles r on r.id = ur.role_id
        where r.code = 'sales_rep' and u.status = 'active'
          and n.code in (${sql.join(
            eastUnits.map((c) => sql`${c}`),
            sql`, `,
          )})
        order by u.username`,
  );
  const ctx: Ctx = {
    db,
    clock,
    actor: null,
    requestId: 'demo-load',
    ip: null,
    userAgent: null,
    lang: 'zh-CN',
  };
  await db.transaction(async (tx) => {
    for (const r of reps) {
      const person = { id: r.id, unitId: r.unit_id };
      const c = await computeStatement(tx, { person, plan: plan!, month, at: now, selfId: null });
      await writeStatement(tx, ctx, { earner: person, plan: plan!, month, existing: null, c });
    }
  });
}
