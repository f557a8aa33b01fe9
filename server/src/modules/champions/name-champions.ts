import { sql } from 'drizzle-orm';
import { type DbOrTx, queryRows } from '../../db/client.js';
import { audit } from '../../platform/audit/audit.js';
import { readCompanyTimeZone } from '../../platform/company-time.js';
import { type Ctx, inTx } from '../../platform/context.js';
import { localDate } from '../../platform/deadlines/calendar.js';
import { moneyText } from '../../platform/money.js';
import { notify } from '../../platform/notifications/notify.js';
import { unitSubtreeIdsSql } from '../../platform/org/tree.js';
import { monthCodeOf, type PeriodCode, previousPeriod } from '../../platform/periods/periods.js';
import { readPolicy } from '../../platform/policies/read.js';
import { indicatorsFor, measuredPeople, unitParents } from '../indicators/index.js';
import { moneyMetrics, type TargetMetric } from '../targets/index.js';
import { championEvent, championLink } from './events.js';
import { storedFigures } from './figures.js';
import { championMetric } from './policies.js';
import { type Candidate, type ChampionMetric, rankCandidates } from './rank.js';
import { salesChampions } from './tables.js';
import { periodWords, titleWords } from './words.js';

type PeriodKindOf = 'month' | 'quarter' | 'year';

/** INC-7: the periods a closed month closes — itself, its quarter when it ends one, its year in December. */
export function periodsClosedBy(month: PeriodCode): { code: PeriodCode; kind: PeriodKindOf }[] {
  const y = month.slice(0, 4);
  const m = Number(month.slice(5, 7));
  const out: { code: PeriodCode; kind: PeriodKindOf }[] = [{ code: month, kind: 'month' }];
  if (m % 3 === 0) out.push({ code: `${y}-Q${m / 3}`, kind: 'quarter' });
  if (m === 12) out.push({ code: y, kind: 'year' });
  return out;
}

/** Every unit a unit sits in, itself first, up to the company. */
function ancestorsOf(parents: Map<string, string | null>, unitId: string): string[] {
  const out: string[] = [];
  for (let u: string | null | undefined = unitId; u && out.length < 100; u = parents.get(u)) out.push(u);
  return out;
}

/** The active people of a unit and every unit below it (the company: everyone). */
async function membersOf(db: DbOrTx, unitId: string): Promise<string[]> {
  const rows = await queryRows<{ id: string }>(
    db,
    sql`select id::text as id from users where status = 'active' and unit_id in ${unitSubtreeIdsSql(unitId)}`,
  );
  return rows.map((r) => r.id);
}

const figureText = (metric: TargetMetric, v: string) =>
  moneyMetrics.includes(metric) ? moneyText(BigInt(v)) : v;

/**
 * INC-7 (月度、季度、年度销售冠军): for the month before the tick's day — and the quarter and year it
 * closes — the champion of every unit with people measured (teams, departments, regions) and of
 * the company, from the indicators of the people in the unit's subtree, ranked by champions.metric
 * and the tie rule. Each is stored once per period and unit (a rerun names nobody again) and
 * announced in the same transaction to everyone in the unit (the company's to everyone).
 */
export async function nameChampions(ctx: Ctx, tickAt?: Date): Promise<{ named: number; notified: number }> {
  const at = ctx.clock.now();
  const tz = await readCompanyTimeZone(ctx.db, at);
  const month = previousPeriod(monthCodeOf(localDate(tickAt ?? at, tz)));
  const metric = (await readPolicy(ctx.db, championMetric, at)) as ChampionMetric;
  const periods = periodsClosedBy(month);
  // Named already (the company's champion of each period closed): the later runs of the month read nothing more.
  const [alreadyNamed] = await queryRows<{ n: number }>(
    ctx.db,
    sql`select count(distinct period)::int as n from sales_champions
        where scope = 'company' and period in (${sql.join(
          periods.map((p) => sql`${p.code}`),
          sql`, `,
        )})`,
  );
  if (alreadyNamed!.n === periods.length) return { named: 0, notified: 0 };
  const people = await measuredPeople(ctx.db);
  const personById = new Map(people.map((p) => [p.id, p]));
  const rows = await indicatorsFor(ctx.db, { subjects: people, periods: periods.map((p) => p.code), at });
  const parents = await unitParents(ctx.db);
  const usernames = new Map(
    (
      await queryRows<{ id: string; username: string }>(
        ctx.db,
        sql`select id::text as id, username from users`,
      )
    ).map((r) => [r.id, r.username]),
  );
  const unitNames = new Map(
    (await queryRows<{ id: string; name: string }>(ctx.db, sql`select id::text as id, name from units`)).map(
      (r) => [r.id, r.name],
    ),
  );
  let named = 0;
  let notified = 0;
  for (const p of periods) {
    const done = new Set(
      (
        await queryRows<{ unit_id: string }>(
          ctx.db,
          sql`select unit_id::text as unit_id from sales_champions where period = ${p.code}`,
        )
      ).map((r) => r.unit_id),
    );
    // The people of each unit's subtree, with their figures for the period.
    const byUnit = new Map<string, Candidate[]>();
    let salesMetric: TargetMetric = 'collected_amount';
    for (const row of rows) {
      if (row.period !== p.code) continue;
      const person = personById.get(row.subject.id)!;
      salesMetric = row.salesMetric;
      const sales = row.metrics[row.salesMetric];
      const c: Candidate = {
        userId: person.id,
        username: usernames.get(person.id) ?? '',
        name: person.name,
        unitId: person.unit?.id ?? '',
        sales: BigInt(sales.actual),
        completionPct: sales.completionPct,
        collected: BigInt(row.metrics.collected_amount.actual),
        newCustomers: BigInt(row.metrics.new_customers.actual),
      };
      for (const u of ancestorsOf(parents, c.unitId)) byUnit.set(u, [...(byUnit.get(u) ?? []), c]);
    }
    const targets = new Map(
      rows
        .filter((r) => r.period === p.code)
        .map((r) => [r.subject.id, r.metrics[r.salesMetric].target] as const),
    );
    for (const [unitId, candidates] of byUnit) {
      if (done.has(unitId)) continue;
      const { ranked, tieBreak } = rankCandidates(candidates, metric);
      const champion = ranked[0];
      if (!champion) continue;
      const withTarget = (c: Candidate) => ({
        ...storedFigures(c, salesMetric),
        target: targets.get(c.userId) ?? null,
      });
      const company = parents.get(unitId) === null;
      const unitName = unitNames.get(unitId) ?? '';
      await inTx(ctx, async (tx) => {
        const [row] = await tx
          .insert(salesChampions)
          .values({
            period: p.code,
            periodKind: p.kind,
            scope: company ? 'company' : 'unit',
            unitId,
            userId: champion.userId,
            metric,
            figures: withTarget(champion),
            ranking: ranked.slice(0, 5).map(withTarget),
            tieBreak,
            announcedAt: at,
            createdAt: at,
            updatedAt: at,
          })
          .onConflictDoNothing()
          .returning();
        if (!row) return;
        named += 1;
        await audit(tx, ctx, {
          entity: 'sales_champion',
          entityId: row.id,
          action: 'champion.announce',
          after: row,
        });
        const words = periodWords(p.code);
        const title = titleWords[p.kind];
        const figure = figureText(salesMetric, champion.sales.toString());
        for (const userId of await membersOf(tx, unitId)) {
          await notify(tx, ctx, {
            userId,
            event: championEvent.key,
            title: {
              'zh-CN': `${unitName} ${words['zh-CN']}${title['zh-CN']}：${champion.name}`,
              en: `${unitName}: ${champion.name} is the ${title.en} for ${words.en}`,
            },
            body: {
              'zh-CN': `销售额 ${figure}${champion.completionPct === null ? '' : `，完成率 ${champion.completionPct}%`}`,
              en: `Sales ${figure}${champion.completionPct === null ? '' : `, ${champion.completionPct}% of target`}`,
            },
            subjectType: 'sales_champion',
            subjectId: row.id,
            link: championLink(row.id),
          });
          notified += 1;
        }
      });
    }
  }
  return { named, notified };
}
