/**
 * The business clock. Nothing reads the wall clock directly: tests set and advance it,
 * so deadlines, lock-outs and session timeouts can be exercised without waiting.
 */
export interface Clock {
  now(): Date;
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
    this.fixed = at;
    this.offsetMs = 0;
  }
  advance(ms: number): void {
    this.offsetMs += ms;
  }
}

export const MINUTE_MS = 60_000;
