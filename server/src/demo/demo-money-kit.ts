import { and, desc, eq } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { approveRequest } from '../modules/approvals/decide-approval.js';
import { loadActor } from '../platform/access/actor.js';
import { approvalRequests, approvalSteps } from '../platform/approvals/tables.js';
import type { Clock } from '../platform/clock.js';
import type { Ctx } from '../platform/context.js';
import { type LocalDate, localDate } from '../platform/deadlines/calendar.js';
import { companyTimeZone } from '../platform/deadlines/policies.js';
import { readPolicy } from '../platform/policies/read.js';
import { userIdByUsername } from './load-demo.js';

export const DAY_MS = 24 * 3_600_000;
export const HOUR_MS = 3_600_000;

interface Step {
  at: number;
  seq: number;
  run: () => Promise<void>;
}

/**
 * A small scheduler for the demo story: every deal books its steps at some time in the past
 * (days ago + hours), then all steps run in time order on one clock that shows each step's time,
 * so credit checks, oldest-first allocation and numbering see the world as it was then. Every
 * step is a use case called with the ctx of the demo user acting.
 */
export class DemoTimeline {
  private readonly steps: Step[] = [];
  private readonly actors = new Map<string, Ctx['actor']>();
  private current: number;

  private constructor(
    readonly db: Db,
    private readonly nowMs: number,
    private readonly tz: string,
  ) {
    this.current = nowMs;
  }

  static async start(db: Db, clock: Clock): Promise<DemoTimeline> {
    const now = clock.now();
    return new DemoTimeline(db, now.getTime(), await readPolicy(db, companyTimeZone, now));
  }

  /** Books a step `daysAgo` days before now, `hours` later in that day's offset. Never in the future. */
  at(daysAgo: number, hours: number, run: () => Promise<void>): void {
    const at = this.nowMs - daysAgo * DAY_MS + hours * HOUR_MS;
    if (at > this.nowMs) throw new Error(`demo step ${daysAgo}d ago +${hours}h lies in the future`);
    this.steps.push({ at, seq: this.steps.length, run });
  }

  /** Runs every booked step, oldest first (booking order on ties). */
  async run(): Promise<void> {
    const ordered = [...this.steps].sort((a, b) => a.at - b.at || a.seq - b.seq);
    for (const s of ordered) {
      this.current = s.at;
      await s.run();
    }
    this.current = this.nowMs;
  }

  /** Moves the step's own clock a little forward (e.g. one approver after the other). */
  later(minutes: number): void {
    this.current = Math.min(this.current + minutes * 60_000, this.nowMs);
  }

  /** The company calendar date of the running step, days added. */
  today(): LocalDate {
    return localDate(new Date(this.current), this.tz);
  }

  async ctxOfId(userId: string): Promise<Ctx> {
    if (!this.actors.has(userId)) this.actors.set(userId, await loadActor(this.db, userId));
    return {
      db: this.db,
      clock: { now: () => new Date(this.current) },
      actor: this.actors.get(userId) ?? null,
      requestId: 'demo-load',
      ip: null,
      userAgent: null,
      lang: 'zh-CN',
    };
  }

  async ctx(username: string): Promise<Ctx> {
    return this.ctxOfId(await userIdByUsername(this.db, username));
  }

  /** Each approver of the document's pending request agrees in turn, an hour apart. */
  async approveAll(docType: string, docId: string): Promise<void> {
    for (let guard = 0; guard < 10; guard++) {
      const [request] = await this.db
        .select({ id: approvalRequests.id })
        .from(approvalRequests)
        .where(
          and(
            eq(approvalRequests.docType, docType),
            eq(approvalRequests.docId, docId),
            eq(approvalRequests.status, 'pending'),
          ),
        )
        .orderBy(desc(approvalRequests.round))
        .limit(1);
      if (!request) return;
      const [step] = await this.db
        .select({ approverId: approvalSteps.approverId })
        .from(approvalSteps)
        .where(and(eq(approvalSteps.requestId, request.id), eq(approvalSteps.status, 'pending')));
      if (!step) throw new Error(`demo: approval ${request.id} has no pending step`);
      this.later(60);
      await approveRequest(await this.ctxOfId(step.approverId), request.id, '同意');
    }
    throw new Error(`demo: approval of ${docType} ${docId} did not finish`);
  }
}
