import { and, eq, inArray, lt, sql } from 'drizzle-orm';
import { type DbOrTx, queryRows } from '../../db/client.js';
import type { Clock } from '../clock.js';
import { mailOutbox } from '../notifications/tables.js';
import type { Mailer } from './mailer.js';

const BATCH = 50;
/** A message claimed for sending longer ago than this is taken to be lost (a crashed instance) and retried. */
const STALE_SENDING_MS = 10 * 60_000;

export interface SendResult {
  sent: number;
  failed: number;
  /** Kept in the outbox because no SMTP server is configured. */
  outbox: number;
}

/**
 * Delivers queued mail. Runs after the writing transaction has committed (never inside one):
 * each message is first claimed with `FOR UPDATE SKIP LOCKED` in a short statement, so several
 * app instances never send the same message, then sent, then marked sent or failed.
 * Without a mailer (no SMTP configured) queued messages move to the outbox for admins to read.
 */
export async function sendQueuedMail(db: DbOrTx, mailer: Mailer | null, clock: Clock): Promise<SendResult> {
  const result: SendResult = { sent: 0, failed: 0, outbox: 0 };
  if (!mailer) {
    const moved = await db
      .update(mailOutbox)
      .set({ status: 'outbox' })
      .where(eq(mailOutbox.status, 'queued'))
      .returning({ id: mailOutbox.id });
    result.outbox = moved.length;
    return result;
  }
  await db
    .update(mailOutbox)
    .set({ status: 'queued' })
    .where(
      and(
        eq(mailOutbox.status, 'sending'),
        lt(mailOutbox.createdAt, new Date(clock.now().getTime() - STALE_SENDING_MS)),
      ),
    );
  for (;;) {
    const claimed = await queryRows<{ id: string; to_address: string; subject: string; body: string }>(
      db,
      sql`update mail_outbox set status = 'sending'
          where id in (select id from mail_outbox where status = 'queued'
                       order by created_at, id limit ${BATCH} for update skip locked)
          returning id, to_address, subject, body`,
    );
    if (claimed.length === 0) return result;
    const sentIds: string[] = [];
    for (const m of claimed) {
      try {
        await mailer.send({ to: m.to_address, subject: m.subject, text: m.body });
        sentIds.push(m.id);
        result.sent++;
      } catch (err) {
        result.failed++;
        const message = err instanceof Error ? err.message : String(err);
        await db
          .update(mailOutbox)
          .set({ status: 'failed', error: message.slice(0, 1000) })
          .where(eq(mailOutbox.id, m.id));
      }
    }
    if (sentIds.length > 0) {
      await db
        .update(mailOutbox)
        .set({ status: 'sent', sentAt: clock.now(), error: null })
        .where(inArray(mailOutbox.id, sentIds));
    }
  }
}
