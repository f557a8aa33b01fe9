import { sql } from 'drizzle-orm';
import { type DbOrTx, queryRows } from '../../db/client.js';
import { holdersOfSql } from '../../platform/access/holders.js';
import { readCompanyTimeZone } from '../../platform/company-time.js';
import { localDate } from '../../platform/deadlines/calendar.js';
import { metricFacts } from '../indicators/index.js';
import type { TLeaderboardEntry } from './schemas.js';
import type { contests } from './tables.js';

type ContestRow = typeof contests.$inferSelect;

interface Person {
  id: string;
  username: string;
  display_name: string;
  unit_id: string;
  unit_name: string;
}

/**
 * INC-9: who competes — the people named, and the people selling (opportunity:write) in each unit
 * named and the units below it; units do not compete as teams: each of their people is on the
 * leaderboard on their own. Active people only.
 */
export function participantPeopleSql(contestId: string) {
  return sql`select u.id::text as id, u.username, u.display_name, un.id::text as unit_id, un.name as unit_name
    from users u join units un on un.id = u.unit_id
    where u.status = 'active' and (
      u.id in (select p.user_id from contest_participants p where p.contest_id = ${contestId} and p.kind = 'user')
      or (u.id in ${holdersOfSql('opportunity:write')} and u.unit_id in (with recursive tree as (
          select p.unit_id as id from contest_participants p where p.contest_id = ${contestId} and p.kind = 'unit'
          union all
          select c.id from units c join tree on c.parent_id = tree.id
        ) select id from tree)))`;
}

/** The last day a contest counts as of now: its end, or today while it runs; null before it starts. */
export async function countedTo(db: DbOrTx, c: Pick<ContestRow, 'fromOn' | 'toOn'>, at: Date) {
  const today = localDate(at, await readCompanyTimeZone(db, at));
  if (today < c.fromOn) return null;
  return [today, c.toOn].sort()[0]!;
}

/**
 * INC-9, the leaderboard: each participant's figure of the contest's metric over its days (to
 * today while it runs), from the indicators' facts (metricFacts: the same definition as every
 * figure). Ranked by the figure, highest first; the tie rule: equal figures share a place (1, 1,
 * 3 …) and are listed by name. Winners: the places up to winnerCount with a figure above zero.
 */
export async function leaderboardOf(db: DbOrTx, c: ContestRow, at: Date): Promise<TLeaderboardEntry[]> {
  const people = await queryRows<Person>(db, participantPeopleSql(c.id));
  const upTo = await countedTo(db, c, at);
  const totals = new Map<string, bigint>();
  if (upTo && people.length > 0) {
    const tz = await readCompanyTimeZone(db, at);
    const ids = sql.join(
      people.map((p) => sql`${p.id}::uuid`),
      sql`, `,
    );
    const facts = await metricFacts(db, c.metric, {
      from: c.fromOn,
      to: upTo,
      bucket: 'month',
      tz,
      where: sql`f.owner_id in (${ids})`,
    });
    for (const f of facts) if (f.ownerId) totals.set(f.ownerId, (totals.get(f.ownerId) ?? 0n) + f.value);
  }
  const sorted = people
    .map((p) => ({ p, value: totals.get(p.id) ?? 0n }))
    .sort((a, b) =>
      a.value === b.value
        ? a.p.display_name.localeCompare(b.p.display_name, 'zh-CN') ||
          a.p.username.localeCompare(b.p.username)
        : a.value > b.value
          ? -1
          : 1,
    );
  let rank = 0;
  return sorted.map((x, i) => {
    if (i === 0 || x.value !== sorted[i - 1]!.value) rank = i + 1;
    return {
      rank,
      user: { id: x.p.id, username: x.p.username, displayName: x.p.display_name },
      unit: { id: x.p.unit_id, name: x.p.unit_name },
      value: x.value.toString(),
      winner: rank <= c.winnerCount && x.value > 0n,
    };
  });
}
