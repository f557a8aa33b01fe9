/**
 * The business clock. Nothing reads the wall clock directly: tests set and advance it,
 * so deadlines, lock-outs and session timeouts can be exercised without waiting.
 */
export interface Clock {
  now(): Date;
}

/**
 * The business clock stays between these instants: wide enough for any test, demo or
 * back-dated run, and narrow enough that every time derived from it (session expiry, due
 * dates, lock-outs) is one PostgreSQL and the clients store and read back exactly.
 */
export const CLOCK_EARLIEST = new Date('2000-01-01T00:00:00Z');
export const CLOCK_LATEST = new Date('2100-01-01T00:00:00Z');
export const inClockRange = (at: Date): boolean =>
  at.getTime() >= CLOCK_EARLIEST.getTime() && at.getTime() <= CLOCK_LATEST.getTime();

function assertInRange(at: Date): void {
  if (!inClockRange(at)) throw new RangeError(`business clock out of range: ${at.toISOString()}`);
}

export class BusinessClock implements Clock {
  private offsetMs = 0;
  private fixed: Date | undefined;

  now(): Date {
    if (this.fixed) return new Date(this.fixed.getTime() + this.offsetMs);
    return new Date(Date.now() + this.offsetMs);
  }
  /** Freeze the clock at a moment (tests). */
  set(at: Date): void {
    assertInRange(at);
    this.fixed = at;
    this.offsetMs = 0;
  }
  advance(ms: number): void {
    assertInRange(new Date(this.now().getTime() + ms));
    this.offsetMs += ms;
  }
}

export const MINUTE_MS = 60_000;
