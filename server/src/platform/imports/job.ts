import { count, inArray } from 'drizzle-orm';
import { defineJob } from '../jobs/registry.js';
import { importRunnerFor } from './runner.js';
import { importRuns } from './tables.js';

/**
 * Imports start right after their upload; this job makes sure nothing is left behind — a run
 * queued while the runner was stopping, or left running by a process that stopped (taken over
 * once its lease has run out). It only wakes the runner; the rows are worked in the background.
 */
export const importJob = defineJob({
  name: 'imports.run',
  label: { 'zh-CN': '处理导入任务', en: 'Process imports' },
  summary: {
    open: { 'zh-CN': '待处理导入 {{value}} 个', en: '{{value}} imports waiting' },
    busy: { 'zh-CN': '导入程序正忙', en: 'the import runner is busy' },
  },
  intervalSeconds: 30,
  run: async (ctx) => {
    const [waiting] = await ctx.db
      .select({ n: count() })
      .from(importRuns)
      .where(inArray(importRuns.status, ['queued', 'running']));
    const runner = importRunnerFor(ctx.db, ctx.clock);
    const busy = runner.busy;
    runner.kick();
    return `open=${waiting?.n ?? 0}${busy ? ' busy=yes' : ''}`;
  },
});
