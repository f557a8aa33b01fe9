import { and, eq, inArray, type SQL, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { DbOrTx } from '../../db/client.js';
import { type Actor, type Ctx, requireActor } from '../../platform/context.js';
import { appError } from '../../platform/errors.js';
import { listPage } from '../../platform/lists/list-page.js';
import { units, users } from '../../platform/org/tables.js';
import { iso, isoOrNull, isUuid } from '../../platform/schemas.js';
import type { StoredFigures } from './figures.js';
import { type ChampionMetric, tieRuleWords } from './rank.js';
import type { TChampion, TChampionDetail, TChampionQuery, TChampionReward, TRewardQuery } from './schemas.js';
import { championRewards, salesChampions } from './tables.js';

const proposer = alias(users, 'proposer');

function selectChampions(db: DbOrTx) {
  return db
    .select({
      c: salesChampions,
      username: users.username,
      displayName: users.displayName,
      unitName: units.name,
    })
    .from(salesChampions)
    .innerJoin(users, eq(users.id, salesChampions.userId))
    .innerJoin(units, eq(units.id, salesChampions.unitId));
}

type Row = Awaited<ReturnType<ReturnType<typeof selectChampions>['where']>>[number];

const toChampion = ({ c, ...x }: Row): TChampion => ({
  id: c.id,
  period: c.period,
  periodKind: c.periodKind,
  scope: c.scope,
  unit: { id: c.unitId, name: x.unitName },
  user: { id: c.userId, username: x.username, displayName: x.displayName },
  metric: c.metric,
  figures: c.figures as StoredFigures,
  announcedAt: iso(c.announcedAt),
});

/** INC-7: the champions named (published to everyone who reads champions), by period, kind and unit; paged in SQL. */
export function listChampions(ctx: Ctx, q: TChampionQuery) {
  requireActor(ctx);
  return listPage({
    db: ctx.db,
    rows: selectChampions(ctx.db).$dynamic(),
    count: ctx.db.select().from(salesChampions).$dynamic(),
    scope: undefined,
    filters: [
      q.period ? eq(salesChampions.period, q.period) : undefined,
      q.kind ? eq(salesChampions.periodKind, q.kind) : undefined,
      q.unitId ? eq(salesChampions.unitId, q.unitId) : undefined,
    ],
    sort: {
      keys: {
        period: [salesChampions.period, { asc: salesChampions.scope }],
        announcedAt: salesChampions.announcedAt,
      },
      default: 'period',
      order: 'desc',
      tieBreaker: salesChampions.id,
    },
    query: q,
    toItems: async (rows) => rows.map(toChampion),
  });
}

/** The units a person sits in, their own first, up to the company. */
const unitChainSql = (unitId: string): SQL => sql`(with recursive up as (
    select id, parent_id, 0 as depth from units where id = ${unitId}
    union all
    select u.id, u.parent_id, up.depth + 1 from units u join up on u.id = up.parent_id
  ) select id, depth from up)`;

/**
 * INC-7, the 工作台 banner: the latest champions named (the latest month, quarter and year) of
 * the reader's own unit, the units above it, and the company.
 */
export async function currentChampions(ctx: Ctx): Promise<{ items: TChampion[] }> {
  const actor = requireActor(ctx);
  const chain = unitChainSql(actor.unitId);
  const rows = await selectChampions(ctx.db)
    .where(
      and(
        sql`${salesChampions.unitId} in (select id from ${chain} ch)`,
        sql`${salesChampions.period} = (select max(c2.period) from sales_champions c2
          where c2.period_kind = ${salesChampions.periodKind})`,
      ),
    )
    .orderBy(
      sql`case ${salesChampions.periodKind} when 'month' then 0 when 'quarter' then 1 else 2 end`,
      sql`(select ch.depth from ${chain} ch where ch.id = ${salesChampions.unitId}) desc`,
      salesChampions.id,
    );
  return { items: rows.map(toChampion) };
}

function selectRewards(db: DbOrTx) {
  return db
    .select({
      r: championRewards,
      proposerUsername: proposer.username,
      proposerName: proposer.displayName,
    })
    .from(championRewards)
    .innerJoin(proposer, eq(proposer.id, championRewards.proposedBy));
}
type RewardRow = Awaited<ReturnType<ReturnType<typeof selectRewards>['where']>>[number];

const toReward = (actor: Actor, { r, ...x }: RewardRow): TChampionReward => ({
  id: r.id,
  championId: r.championId,
  kind: r.kind,
  bonusFen: r.bonusFen === null ? null : r.bonusFen.toString(),
  prize: r.prize,
  note: r.note,
  points: r.points,
  status: r.status,
  proposedBy: { id: r.proposedBy, username: x.proposerUsername, displayName: x.proposerName },
  approvedAt: isoOrNull(r.approvedAt),
  createdAt: iso(r.createdAt),
  canEdit:
    r.proposedBy === actor.id &&
    (r.status === 'draft' || r.status === 'rejected') &&
    actor.permissions['champion:manage'] !== undefined,
});

/** INC-7: one champion, with why (the top people in order, the tie rule) and the rewards recorded. */
export async function getChampion(db: DbOrTx, actor: Actor, id: string): Promise<TChampionDetail> {
  if (!isUuid(id)) throw appError('NOT_FOUND');
  const [row] = await selectChampions(db).where(eq(salesChampions.id, id));
  if (!row) throw appError('NOT_FOUND');
  const rewards = await selectRewards(db)
    .where(eq(championRewards.championId, id))
    .orderBy(championRewards.createdAt, championRewards.id);
  return {
    ...toChampion(row),
    ranking: row.c.ranking as StoredFigures[],
    tieBreak: (row.c.tieBreak as TChampionDetail['tieBreak']) ?? null,
    tieRule: tieRuleWords(row.c.metric as ChampionMetric),
    rewards: rewards.map((r) => toReward(actor, r)),
    canReward: actor.permissions['champion:manage'] !== undefined,
  };
}

/** INC-7: the rewards recorded for champions, by status (champion:manage); paged in SQL. */
export async function listRewards(ctx: Ctx, q: TRewardQuery) {
  const actor = requireActor(ctx);
  const page = await listPage({
    db: ctx.db,
    rows: selectRewards(ctx.db).$dynamic(),
    count: ctx.db.select().from(championRewards).$dynamic(),
    scope: undefined,
    filters: [q.status ? eq(championRewards.status, q.status) : undefined],
    sort: {
      keys: { createdAt: championRewards.createdAt },
      default: 'createdAt',
      order: 'desc',
      tieBreaker: championRewards.id,
    },
    query: { ...q, sort: 'createdAt', order: 'desc' },
    toItems: async (rows) => rows.map((r) => toReward(actor, r)),
  });
  const ids = [...new Set(page.items.map((r) => r.championId))];
  const champions =
    ids.length === 0 ? [] : await selectChampions(ctx.db).where(inArray(salesChampions.id, ids));
  const byId = new Map(champions.map((c) => [c.c.id, toChampion(c)]));
  return { ...page, items: page.items.map((r) => ({ ...r, champion: byId.get(r.championId)! })) };
}

/** One reward as its champion's page shows it. */
export async function getReward(db: DbOrTx, actor: Actor, id: string): Promise<TChampionReward> {
  if (!isUuid(id)) throw appError('NOT_FOUND');
  const [row] = await selectRewards(db).where(eq(championRewards.id, id));
  if (!row) throw appError('NOT_FOUND');
  return toReward(actor, row);
}
