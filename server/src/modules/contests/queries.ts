import { and, eq, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { type DbOrTx, queryRows } from '../../db/client.js';
import { type Actor, type Ctx, requireActor } from '../../platform/context.js';
import { appError } from '../../platform/errors.js';
import { listPage } from '../../platform/lists/list-page.js';
import { units, users } from '../../platform/org/tables.js';
import { iso, isoOrNull, isUuid } from '../../platform/schemas.js';
import { countedTo, leaderboardOf } from './leaderboard.js';
import type { TContest, TContestDetail, TContestQuery, TLeaderboardEntry } from './schemas.js';
import { manageScope, readScope } from './scope.js';
import { contests } from './tables.js';

const organizer = alias(users, 'organizer');

/** What a closed contest keeps: the leaderboard as it stood at the close, and the last day it counted. */
export interface FrozenResults {
  countedTo: string | null;
  leaderboard: TLeaderboardEntry[];
}

function selectContests(db: DbOrTx, actor: Actor) {
  return db
    .select({
      c: contests,
      organizerUsername: organizer.username,
      organizerName: organizer.displayName,
      unitName: units.name,
      mayManage: sql<boolean>`(${manageScope(actor)})`,
    })
    .from(contests)
    .innerJoin(organizer, eq(organizer.id, contests.organizerId))
    .innerJoin(units, eq(units.id, contests.unitId));
}
type Row = Awaited<ReturnType<ReturnType<typeof selectContests>['where']>>[number];

const toContest = ({ c, ...x }: Row): TContest => ({
  id: c.id,
  name: c.name,
  description: c.description,
  fromOn: c.fromOn,
  toOn: c.toOn,
  metric: c.metric,
  prize: c.prize,
  winnerCount: c.winnerCount,
  winnerPoints: c.winnerPoints,
  status: c.status,
  organizer: { id: c.organizerId, username: x.organizerUsername, displayName: x.organizerName },
  unit: { id: c.unitId, name: x.unitName },
  closedAt: isoOrNull(c.closedAt),
  announcedAt: isoOrNull(c.announcedAt),
  createdAt: iso(c.createdAt),
  canManage: x.mayManage === true && c.status !== 'closed',
});

/** INC-9: the contests (running and closed ones to everyone; drafts to those who run them), by status; paged in SQL. */
export function listContests(ctx: Ctx, q: TContestQuery) {
  const actor = requireActor(ctx);
  return listPage({
    db: ctx.db,
    rows: selectContests(ctx.db, actor).$dynamic(),
    count: ctx.db.select().from(contests).$dynamic(),
    scope: readScope(actor),
    filters: [q.status ? eq(contests.status, q.status) : undefined],
    sort: {
      keys: { fromOn: contests.fromOn, toOn: contests.toOn, createdAt: contests.createdAt },
      default: 'fromOn',
      order: 'desc',
      tieBreaker: contests.id,
    },
    query: q,
    toItems: async (rows) => rows.map(toContest),
  });
}

/** One contest the actor may read (404 otherwise), as its row. */
export async function contestRow(db: DbOrTx, actor: Actor, id: string): Promise<Row> {
  if (!isUuid(id)) throw appError('NOT_FOUND');
  const [row] = await selectContests(db, actor).where(and(eq(contests.id, id), readScope(actor)));
  if (!row) throw appError('NOT_FOUND');
  return row;
}

/** INC-9: a contest with its participants and leaderboard — live while it runs, as frozen once closed. */
export async function getContest(ctx: Ctx, id: string): Promise<TContestDetail> {
  const actor = requireActor(ctx);
  const row = await contestRow(ctx.db, actor, id);
  const at = ctx.clock.now();
  const people = await queryRows<{ id: string; username: string; display_name: string }>(
    ctx.db,
    sql`select u.id::text as id, u.username, u.display_name from contest_participants p
        join users u on u.id = p.user_id where p.contest_id = ${id} and p.kind = 'user' order by u.username`,
  );
  const unitRows = await queryRows<{ id: string; name: string }>(
    ctx.db,
    sql`select un.id::text as id, un.name from contest_participants p
        join units un on un.id = p.unit_id where p.contest_id = ${id} and p.kind = 'unit' order by un.sort, un.name`,
  );
  const frozen = row.c.status === 'closed' ? (row.c.results as FrozenResults | null) : null;
  return {
    ...toContest(row),
    participants: {
      users: people.map((u) => ({ id: u.id, username: u.username, displayName: u.display_name })),
      units: unitRows,
    },
    leaderboard: frozen ? frozen.leaderboard : await leaderboardOf(ctx.db, row.c, at),
    countedTo: frozen ? frozen.countedTo : await countedTo(ctx.db, row.c, at),
  };
}
