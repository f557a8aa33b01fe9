import { and, eq, inArray, lt, sql } from 'drizzle-orm';
import { queryRows } from '../../db/client.js';
import { type Ctx, inTx } from '../../platform/context.js';
import {
  addLocalDays,
  fromWallTime,
  type LocalDate,
  localDate,
  localDaysBetween,
} from '../../platform/deadlines/calendar.js';
import { closeDueItems, openDueItem, type Rung } from '../../platform/deadlines/due-items.js';
import { defineDueItemLink } from '../../platform/deadlines/links.js';
import { companyTimeZone } from '../../platform/deadlines/policies.js';
import { dueItems } from '../../platform/deadlines/tables.js';
import { readPolicy } from '../../platform/policies/read.js';
import { festivals, festivalsBetween } from './festival-dates.js';
import { type GreetingRules, greetingRulesReader } from './greeting-rules.js';

export const GREETING_KIND = 'greeting';
export const GREETING_SUBJECT = 'greeting';
// A birthday leads to the customer; a festival to the owner's own customers.
export const greetingDueItems = defineDueItemLink({
  subjectType: GREETING_SUBJECT,
  link: (_id, rule) =>
    typeof rule.customerId === 'string' ? `/customers/${rule.customerId}` : '/customers?view=mine',
});
/** A greeting is due in the morning of the day (company time). */
const GREETING_HOUR = 9;
const MINUTES_PER_DAY = 24 * 60;

interface Greeting {
  subjectId: string;
  title: string;
  ownerId: string;
  unitId: string;
  date: LocalDate;
  rule: Record<string, unknown>;
}

/** Month-day of each date in the window → the date (29 February greeted on the 28th in other years). */
function monthDays(from: LocalDate, days: number): Map<string, LocalDate> {
  const map = new Map<string, LocalDate>();
  for (let i = 0; i <= days; i += 1) {
    const date = addLocalDays(from, i);
    map.set(date.slice(5), date);
    const year = Number(date.slice(0, 4));
    const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
    if (date.slice(5) === '02-28' && !leap) map.set('02-29', date);
  }
  return map;
}

/** People who own customers, with their unit (only active owners are reminded). */
async function owners(ctx: Ctx) {
  return queryRows<{ owner_id: string; unit_id: string; customers: number }>(
    ctx.db,
    sql`select c.owner_id, u.unit_id, count(*) filter (where c.lifecycle = 'customer')::int as customers
        from customers c join users u on u.id = c.owner_id
        where u.status = 'active'
        group by c.owner_id, u.unit_id`,
  );
}

async function birthdayGreetings(
  ctx: Ctx,
  today: LocalDate,
  ownerList: { owner_id: string; unit_id: string }[],
  rulesOf: (unitId: string) => Promise<GreetingRules>,
): Promise<Greeting[]> {
  if (ownerList.length === 0) return [];
  const windows = await Promise.all(ownerList.map(async (o) => (await rulesOf(o.unit_id)).daysBefore));
  const dates = monthDays(today, Math.max(...windows));
  const rows = await queryRows<{
    contact_id: string;
    contact_name: string;
    birthday: string;
    customer_id: string;
    customer_name: string;
    owner_id: string;
    unit_id: string;
  }>(
    ctx.db,
    sql`select cc.id as contact_id, cc.name as contact_name, to_char(cc.birthday, 'MM-DD') as birthday,
               c.id as customer_id, c.name as customer_name, c.owner_id, u.unit_id
        from customer_contacts cc
        join customers c on c.id = cc.customer_id
        join users u on u.id = c.owner_id
        where cc.deleted_at is null and cc.birthday is not null and u.status = 'active'
          and to_char(cc.birthday, 'MM-DD') in (${sql.join(
            [...dates.keys()].map((md) => sql`${md}`),
            sql`, `,
          )})`,
  );
  const found: Greeting[] = [];
  for (const r of rows) {
    const date = dates.get(r.birthday);
    if (!date) continue;
    const { daysBefore } = await rulesOf(r.unit_id);
    if (localDaysBetween(today, date) > daysBefore) continue;
    found.push({
      subjectId: `${r.contact_id}:birthday:${date}`,
      title: `生日问候 / Birthday: ${r.contact_name}（${r.customer_name}）`,
      ownerId: r.owner_id,
      unitId: r.unit_id,
      date,
      rule: {
        rule: 'CUS-7',
        occasion: 'birthday',
        contactId: r.contact_id,
        customerId: r.customer_id,
        date,
        daysBefore,
      },
    });
  }
  return found;
}

async function festivalGreetings(
  today: LocalDate,
  ownerList: { owner_id: string; unit_id: string; customers: number }[],
  rulesOf: (unitId: string) => Promise<GreetingRules>,
): Promise<Greeting[]> {
  const found: Greeting[] = [];
  for (const o of ownerList) {
    if (o.customers === 0) continue;
    const rules = await rulesOf(o.unit_id);
    for (const { festival, date } of festivalsBetween(
      rules.festivals,
      today,
      addLocalDays(today, rules.daysBefore),
    )) {
      found.push({
        subjectId: `${o.owner_id}:${festival}:${date}`,
        title: `${festivals[festival].label['zh-CN']}问候：您负责的 ${o.customers} 位客户 / ${festivals[festival].label.en} greetings: ${o.customers} customers`,
        ownerId: o.owner_id,
        unitId: o.unit_id,
        date,
        rule: {
          rule: 'CUS-7',
          occasion: festival,
          date,
          daysBefore: rules.daysBefore,
          customers: o.customers,
        },
      });
    }
  }
  return found;
}

/** Opens the greetings not opened before (for any status); each in its own transaction. */
async function openNew(ctx: Ctx, tz: string, greetings: Greeting[]): Promise<number> {
  if (greetings.length === 0) return 0;
  const existing = await ctx.db
    .select({ subjectId: dueItems.subjectId })
    .from(dueItems)
    .where(
      and(
        eq(dueItems.subjectType, GREETING_SUBJECT),
        inArray(
          dueItems.subjectId,
          greetings.map((g) => g.subjectId),
        ),
      ),
    );
  const seen = new Set(existing.map((e) => e.subjectId));
  let opened = 0;
  for (const g of greetings) {
    if (seen.has(g.subjectId)) continue;
    seen.add(g.subjectId);
    const done = await inTx(ctx, async (tx) => {
      // A run-now overlapping the scheduled run must not open the same greeting twice.
      await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`greeting:${g.subjectId}`}))`);
      const [again] = await tx
        .select({ id: dueItems.id })
        .from(dueItems)
        .where(and(eq(dueItems.subjectType, GREETING_SUBJECT), eq(dueItems.subjectId, g.subjectId)));
      if (again) return false;
      const [year, month, day] = g.date.split('-').map(Number) as [number, number, number];
      const dueAt = fromWallTime({ year, month, day, hour: GREETING_HOUR, minute: 0, second: 0, ms: 0 }, tz);
      const daysBefore = Number(g.rule.daysBefore);
      // Remind the owner when the greeting comes up; a greeting is not escalated to anyone.
      const ladder: Rung[] =
        daysBefore > 0 ? [{ offsetMinutes: -daysBefore * MINUTES_PER_DAY, notify: 'owner' }] : [];
      await openDueItem(tx, ctx, {
        kind: GREETING_KIND,
        title: g.title,
        ownerId: g.ownerId,
        unitId: g.unitId,
        subjectType: GREETING_SUBJECT,
        subjectId: g.subjectId,
        dueAt,
        rule: g.rule,
        ladder,
      });
      return true;
    });
    if (done) opened += 1;
  }
  return opened;
}

/** Greetings whose day has passed leave the to-do list. */
async function closePassed(ctx: Ctx, today: LocalDate, tz: string): Promise<number> {
  const [year, month, day] = today.split('-').map(Number) as [number, number, number];
  const startOfToday = fromWallTime({ year, month, day, hour: 0, minute: 0, second: 0, ms: 0 }, tz);
  const stale = await ctx.db
    .select({ subjectId: dueItems.subjectId })
    .from(dueItems)
    .where(
      and(
        eq(dueItems.subjectType, GREETING_SUBJECT),
        eq(dueItems.status, 'open'),
        lt(dueItems.dueAt, startOfToday),
      ),
    );
  for (const s of stale) {
    await inTx(ctx, (tx) =>
      closeDueItems(tx, ctx, {
        subjectType: GREETING_SUBJECT,
        subjectId: s.subjectId,
        reason: 'occasion_passed',
      }),
    );
  }
  return stale.length;
}

/**
 * CUS-7: festival and birthday greetings. `customer.greetingDaysBefore` days before a
 * contact's birthday, the customer's owner gets a to-do; before each festival of
 * `customer.greetingFestivals` (lunar ones converted by calendar), each owner gets one to-do
 * for all their customers. Never twice for the same occasion; missed days are caught up
 * while the occasion is still ahead.
 */
export async function runGreetings(
  ctx: Ctx,
): Promise<{ birthdays: number; festivals: number; closed: number }> {
  const now = ctx.clock.now();
  const tz = await readPolicy(ctx.db, companyTimeZone, now);
  const today = localDate(now, tz);
  const rulesOf = greetingRulesReader(ctx.db, now);
  const ownerList = await owners(ctx);
  const closed = await closePassed(ctx, today, tz);
  const birthdays = await openNew(ctx, tz, await birthdayGreetings(ctx, today, ownerList, rulesOf));
  const festivalCount = await openNew(ctx, tz, await festivalGreetings(today, ownerList, rulesOf));
  return { birthdays, festivals: festivalCount, closed };
}
