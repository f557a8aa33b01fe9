import type { DbOrTx } from '../../db/client.js';
import type { Clock } from '../clock.js';
import type { Mailer } from './mailer.js';
import { type SendResult, sendQueuedMail } from './send-queued.js';

/** The dispatcher of each open database, so the scheduled job sends with the app's mailer. */
const byDatabase = new WeakMap<object, MailDispatcher>();

export function dispatcherFor(db: DbOrTx): MailDispatcher | undefined {
  return byDatabase.get(db);
}

/**
 * Runs sendQueuedMail after a request that queued mail has answered, one run at a time:
 * a kick during a run schedules exactly one more run. Errors are reported, never thrown.
 */
export class MailDispatcher {
  private running: Promise<void> | null = null;
  private again = false;

  constructor(
    private readonly db: DbOrTx,
    readonly mailer: Mailer | null,
    private readonly clock: Clock,
    private readonly onError: (err: unknown) => void = () => {},
  ) {
    byDatabase.set(db, this);
  }

  kick(): void {
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = this.loop().finally(() => {
      this.running = null;
    });
  }

  /** Resolves when no run is in progress (tests, shutdown). */
  async idle(): Promise<void> {
    while (this.running) await this.running;
  }

  /** One pass now, with its result (the scheduled job and tests). */
  runOnce(): Promise<SendResult> {
    return sendQueuedMail(this.db, this.mailer, this.clock);
  }

  private async loop(): Promise<void> {
    do {
      this.again = false;
      try {
        await this.runOnce();
      } catch (err) {
        this.onError(err);
      }
    } while (this.again);
  }
}
