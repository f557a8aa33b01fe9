import { and, eq, sql } from 'drizzle-orm';
import { queryRows } from '../../db/client.js';
import { audit } from '../audit/audit.js';
import { dateTimeText, zoneLabel } from '../company-time.js';
import { type Ctx, inTx } from '../context.js';
import type { Lang, Localized } from '../i18n/lang.js';
import { notify } from '../notifications/notify.js';
import { PeopleResolver, type PeopleRule } from '../org/resolve-people.js';
import { users } from '../org/tables.js';
import { readPolicy } from '../policies/read.js';
import { localDate } from './calendar.js';
import { closeDueItem, type Rung } from './due-items.js';
import { dueItemKind } from './kinds.js';
import { rungRule, rungTime } from './ladder.js';
import { companyTimeZone } from './policies.js';
import { dueItems } from './tables.js';

/** The events a ladder raises; notification preferences are per event. */
export const deadlineEvents = {
  reminder: 'deadline.reminder',
  overdue: 'deadline.overdue',
  escalated: 'deadline.escalated',
} as const;

const BATCH = 500;

/** Open items whose next rung's time has come (the ladder is stored sorted by offset). */
async function itemsWithDueRungs(ctx: Ctx, now: Date): Promise<string[]> {
  const rows = await queryRows<{ id: string }>(
    ctx.db,
    sql`select id from due_items
        where status = 'open'
          and rungs_fired < jsonb_array_length(ladder)
          and due_at + make_interval(mins => ((ladder -> rungs_fired) ->> 'offsetMinutes')::int) <= ${now.toISOString()}::timestamptz
        order by due_at, id
        limit ${BATCH}`,
  );
  return rows.map((r) => r.id);
}

function eventOf(rung: Rung): string {
  if (rung.offsetMinutes < 0) return deadlineEvents.reminder;
  if (rung.offsetMinutes === 0) return deadlineEvents.overdue;
  return deadlineEvents.escalated;
}

/** The due time on the company's wall clock, the zone named: "2026-03-02 17:30（北京时间 UTC+8）". */
function formatDue(at: Date, tz: string, lang: Lang): string {
  const zone = zoneLabel(tz, lang, at);
  return lang === 'en' ? `${dateTimeText(at, tz)} (${zone})` : `${dateTimeText(at, tz)}（${zone}）`;
}

function noticeText(
  event: string,
  toOwner: boolean,
  item: { title: string; dueAt: Date },
  ownerName: string,
  tz: string,
): { title: Localized; body: Localized } {
  const zhDue = formatDue(item.dueAt, tz, 'zh-CN');
  const enDue = formatDue(item.dueAt, tz, 'en');
  if (event === deadlineEvents.reminder) {
    return {
      title: { 'zh-CN': `即将到期：${item.title}`, en: `Due soon: ${item.title}` },
      body: { 'zh-CN': `截止时间 ${zhDue}`, en: `Due ${enDue}` },
    };
  }
  if (toOwner) {
    return {
      title: { 'zh-CN': `已逾期：${item.title}`, en: `Overdue: ${item.title}` },
      body: { 'zh-CN': `截止时间 ${zhDue}，请尽快处理`, en: `It was due ${enDue}; please deal with it` },
    };
  }
  const zhLead = event === deadlineEvents.escalated ? '逾期上报' : '下属事项逾期';
  const enLead = event === deadlineEvents.escalated ? 'Escalated, overdue' : 'Overdue in your team';
  return {
    title: {
      'zh-CN': `${zhLead}：${item.title}（${ownerName}）`,
      en: `${enLead}: ${item.title} (${ownerName})`,
    },
    body: { 'zh-CN': `责任人 ${ownerName}，截止时间 ${zhDue}`, en: `Owner ${ownerName}, due ${enDue}` },
  };
}

/**
 * Who a rung tells. A rule that finds nobody falls back (ORG-3, nobody is skipped silently):
 * a level with nobody active goes to the next active person above it, past the top of the chain
 * to its top, and with no superior at all to the owner; a role nobody holds up the chain goes
 * to the nearest active superior; a company or regional role nobody holds tells nobody.
 */
async function peopleFor(people: PeopleResolver, rule: PeopleRule): Promise<string[]> {
  const found = await people.resolve(rule);
  if (found.userIds.length > 0) return found.userIds;
  switch (rule.kind) {
    case 'superior':
    case 'levelsUp': {
      const level = rule.kind === 'superior' ? 1 : rule.levels;
      const above = await people.nextActiveAbove(level - 1);
      if (above) return [above.id];
      const top = (await people.chain()).filter((m) => m.active).at(-1);
      return [top?.id ?? people.subject.userId];
    }
    case 'nearestRole': {
      const superior = await people.nextActiveAbove(0);
      return superior ? [superior.id] : [];
    }
    default:
      return [];
  }
}

/**
 * Fires the rungs of one item whose time has come, in one transaction: the item row is
 * locked (SKIP LOCKED: another run busy with it leaves it alone), rungs_fired moves on, each
 * rung's action (declared by the item's kind) runs, the people are notified, and the step is
 * audited. A reminder whose moment passed while the item was already overdue is counted but
 * not sent. An item its kind says is no longer due closes instead.
 */
async function fireItem(ctx: Ctx, id: string, now: Date, tz: string): Promise<number> {
  return inTx(ctx, async (tx) => {
    const [item] = await tx
      .select()
      .from(dueItems)
      .where(and(eq(dueItems.id, id), eq(dueItems.status, 'open')))
      .for('update', { skipLocked: true });
    if (!item) return 0;
    const ladder = item.ladder as Rung[];
    let fired = item.rungsFired;
    const firing: Rung[] = [];
    while (fired < ladder.length && rungTime(item.dueAt, ladder[fired] as Rung).getTime() <= now.getTime()) {
      firing.push(ladder[fired] as Rung);
      fired += 1;
    }
    if (firing.length === 0) return 0;

    const kind = dueItemKind(item.kind);
    if (kind?.stillDue && !(await kind.stillDue(tx, item))) {
      await closeDueItem(tx, ctx, item, 'no_longer_due');
      return 0;
    }

    const people = new PeopleResolver(tx, { userId: item.ownerId, unitId: item.unitId });
    const [owner] = await tx
      .select({ name: users.displayName })
      .from(users)
      .where(eq(users.id, item.ownerId));
    const ownerName = owner?.name ?? '';
    const overdue = item.dueAt.getTime() < now.getTime();
    const sent: { userId: string; event: string; level: number | null }[] = [];
    const actions: { action: string; result: unknown }[] = [];
    const seen = new Set<string>();
    const chain = await people.chain();
    for (const rung of firing) {
      if (rung.action) {
        const run = kind?.actions?.[rung.action];
        const result = run ? await run(tx, ctx, { item, rung, now, tz }) : 'undeclared';
        actions.push({ action: rung.action, result: result ?? null });
      }
      const rule = rungRule(rung);
      if (!rule) continue;
      const event = rung.event ?? eventOf(rung);
      if (event === deadlineEvents.reminder && overdue) continue;
      for (const userId of await peopleFor(people, rule)) {
        const key = `${userId}|${event}`;
        if (seen.has(key)) continue;
        seen.add(key);
        const toOwner = userId === item.ownerId;
        const own = await kind?.notice?.(tx, { item, rung, now, tz, event, toOwner, ownerName });
        const text = own ?? noticeText(event, toOwner, item, ownerName, tz);
        await notify(tx, ctx, {
          userId,
          event,
          title: text.title,
          ...(text.body ? { body: text.body } : {}),
          subjectType: item.subjectType,
          subjectId: item.subjectId,
          link: own?.link ?? '/deadlines',
        });
        const level = toOwner ? 0 : (chain.find((m) => m.id === userId)?.depth ?? null);
        sent.push({ userId, event, level });
      }
    }
    await tx
      .update(dueItems)
      .set({ rungsFired: fired, updatedAt: now })
      .where(and(eq(dueItems.id, id), eq(dueItems.rungsFired, item.rungsFired)));
    await audit(tx, ctx, {
      entity: 'due_item',
      entityId: id,
      action: 'escalate',
      before: { rungsFired: item.rungsFired },
      after: {
        rungsFired: fired,
        notified: sent,
        ...(actions.length > 0 ? { actions } : {}),
        localDueDate: localDate(item.dueAt, tz),
      },
    });
    return sent.length;
  });
}

/**
 * ORG-3/ORG-4: the deadline job. Every open item whose next ladder rung's time has come
 * (business clock) fires it: reminders to the owner, at the due time the owner and the
 * superior, later the next levels up.
 */
export async function fireDueRungs(ctx: Ctx): Promise<{ items: number; notices: number }> {
  const now = ctx.clock.now();
  const tz = await readPolicy(ctx.db, companyTimeZone, now);
  // One batch per run; whatever is left is picked up on the next tick.
  const ids = await itemsWithDueRungs(ctx, now);
  let notices = 0;
  for (const id of ids) notices += await fireItem(ctx, id, now, tz);
  const items = ids.length;
  return { items, notices };
}
