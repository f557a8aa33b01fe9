import { audit } from '../audit/audit.js';
import { type Ctx, inTx } from '../context.js';
import { appError } from '../errors.js';
import { jobDefinition } from './registry.js';
import { executeJob, processInstance, type RunOutcome, syncJobs } from './runner.js';

/**
 * Runs a job at once, outside its schedule (the admin page's "run now"). The schedule is
 * untouched; the run is recorded like a scheduled one, and who asked for it is audited.
 * Jobs are written to be safe when a scheduled run overlaps (each item moves on with a
 * conditional update).
 */
export async function runJobNow(ctx: Ctx, name: string): Promise<RunOutcome> {
  const def = jobDefinition(name);
  if (!def) throw appError('JOB_UNKNOWN');
  const at = ctx.clock.now();
  await syncJobs(ctx.db, [def], at);
  await inTx(ctx, (tx) =>
    audit(tx, ctx, { entity: 'job', entityId: name, action: 'run_now', after: { at } }),
  );
  return executeJob(ctx.db, ctx.clock, def, at, processInstance, {
    actor: ctx.actor,
    lang: ctx.lang,
    trigger: 'manual',
  });
}
