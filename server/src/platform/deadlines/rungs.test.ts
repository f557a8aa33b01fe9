import { and, eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { createTestApp } from '../../../test/test-app.js';
import { queryRows } from '../../db/client.js';
import { type Ctx, inTx } from '../context.js';
import { executeJob } from '../jobs/runner.js';
import { notifications } from '../notifications/tables.js';
import { users } from '../org/tables.js';
import { openDueItem } from './due-items.js';
import { deadlineJob } from './job.js';
import { defineDueItemKind, registerDueItemKind } from './kinds.js';
import { dueItems } from './tables.js';

const HOUR = 3_600_000;

/** ORG-4: a rung tells the people its rule names and may run an action its kind declares. */
describe('deadline rungs: rules of the org resolver and actions', async () => {
  const t = await createTestApp();
  const db = t.database.db;
  const ctx: Ctx = {
    db,
    clock: t.clock,
    actor: null,
    requestId: 'test',
    ip: null,
    userAgent: null,
    lang: 'zh-CN',
  };
  const ran: string[] = [];
  let due = true;
  // A module would list the kind in its manifest; the test registers it itself.
  registerDueItemKind(
    defineDueItemKind({
      kind: 'test.rungs',
      label: { 'zh-CN': '测试', en: 'Test' },
      link: (id) => `/test/${id}`,
      actions: {
        mark: async (_tx, _ctx, f) => {
          ran.push(f.item.subjectId);
          return { marked: f.item.subjectId };
        },
      },
      stillDue: async () => due,
    }),
  );
  const runJob = () => executeJob(db, t.clock, deadlineJob, t.clock.now(), 'test');

  async function open(subjectId: string, dueAt: Date) {
    const ownerId = await t.userId('rep01');
    const [owner] = await db.select({ unitId: users.unitId }).from(users).where(eq(users.id, ownerId));
    return inTx(ctx, (tx) =>
      openDueItem(tx, ctx, {
        kind: 'test.rungs',
        title: subjectId,
        ownerId,
        unitId: owner!.unitId,
        subjectType: 'test_rungs',
        subjectId,
        dueAt,
        rule: {},
        ladder: [
          { offsetMinutes: 0, notify: { kind: 'nearestRole', role: 'sales_manager' } },
          { offsetMinutes: 60, action: 'mark', notify: { kind: 'regionRole', role: 'regional_manager' } },
          { offsetMinutes: 120, notify: { kind: 'role', role: 'finance' }, event: 'deadline.escalated' },
        ],
      }),
    );
  }
  const told = async (subjectId: string) =>
    (
      await queryRows<{ username: string; event: string }>(
        db,
        sql`select u.username, n.event from notifications n join users u on u.id = n.user_id
          where n.subject_id = ${subjectId} order by u.username`,
      )
    ).map((r) => `${r.username}:${r.event}`);

  it('ORG-4: the nearest sales manager, the region’s manager and finance are told; the action runs once, in the rung, audited', async () => {
    const dueAt = new Date(t.clock.now().getTime() + HOUR);
    const itemId = await open('subject-a', dueAt);
    t.clock.set(new Date(dueAt.getTime() + 1));
    await runJob();
    expect(await told('subject-a')).toEqual(['manager_east:deadline.overdue']);
    expect(ran).toEqual([]);

    t.clock.set(new Date(dueAt.getTime() + HOUR + 1));
    await runJob();
    await runJob();
    expect(ran).toEqual(['subject-a']);
    expect(await told('subject-a')).toEqual(['manager_east:deadline.overdue', 'rm_east:deadline.escalated']);

    t.clock.set(new Date(dueAt.getTime() + 3 * HOUR));
    await runJob();
    expect(ran).toEqual(['subject-a']);
    expect(await told('subject-a')).toContain('finance:deadline.escalated');
    const audits = await queryRows<{ after: { actions?: unknown } }>(
      db,
      sql`select after from audit_log where entity = 'due_item' and entity_id = ${itemId} and action = 'escalate' order by id`,
    );
    expect(audits.map((a) => a.after.actions ?? null)).toEqual([
      null,
      [{ action: 'mark', result: { marked: 'subject-a' } }],
      null,
    ]);
  });

  it('ORG-4: an item its kind says is no longer due closes instead of firing', async () => {
    const dueAt = new Date(t.clock.now().getTime() + HOUR);
    const itemId = await open('subject-b', dueAt);
    due = false;
    t.clock.set(new Date(dueAt.getTime() + 2 * HOUR));
    await runJob();
    due = true;
    const [row] = await db.select().from(dueItems).where(eq(dueItems.id, itemId));
    expect(row).toMatchObject({ status: 'closed', closedReason: 'no_longer_due', rungsFired: 0 });
    expect(ran).not.toContain('subject-b');
    expect(
      await db
        .select()
        .from(notifications)
        .where(and(eq(notifications.subjectId, 'subject-b'))),
    ).toHaveLength(0);
  });

  it('ORG-4: a ladder naming an action its kind does not declare is refused', async () => {
    const ownerId = await t.userId('rep01');
    const [owner] = await db.select({ unitId: users.unitId }).from(users).where(eq(users.id, ownerId));
    await expect(
      inTx(ctx, (tx) =>
        openDueItem(tx, ctx, {
          kind: 'test.rungs',
          title: 'x',
          ownerId,
          unitId: owner!.unitId,
          subjectType: 'test_rungs',
          subjectId: 'subject-c',
          dueAt: t.clock.now(),
          rule: {},
          ladder: [{ offsetMinutes: 0, action: 'nope' }],
        }),
      ),
    ).rejects.toThrow(/no action nope/);
  });
});
