import cluster from 'node:cluster';
import { bootstrapAdmin } from './bootstrap.js';
import { runCluster } from './cluster.js';
import { type Config, ConfigError, loadConfig } from './config.js';
import { type Database, openDatabase } from './db/client.js';
import { DataDirBusyError, lockDataDir } from './db/data-dir-lock.js';
import { migrateDatabase } from './db/migrate.js';
import { loadDemoCases } from './demo/demo-cases.js';
import { loadDemoCommission } from './demo/demo-commission.js';
import { loadDemoCustomers } from './demo/demo-customers.js';
import { loadDemoDaySummariesAndTraining } from './demo/demo-day-summaries-training.js';
import { loadDemoDiscipline } from './demo/demo-discipline.js';
import { loadDemoIncentives } from './demo/demo-incentive-champions.js';
import { loadDemoMoney } from './demo/demo-money.js';
import { loadDemoOpportunities } from './demo/demo-opportunities.js';
import { DEMO_PASSWORD, demoUsers } from './demo/demo-org.js';
import { loadDemoPoints } from './demo/demo-points.js';
import { loadDemoRequests } from './demo/demo-requests.js';
import { loadDemoRewards } from './demo/demo-rewards.js';
import { loadDemoRhythm } from './demo/demo-rhythm.js';
import { loadDemoService } from './demo/demo-service.js';
import { loadDemoSuggestionsAndIntel } from './demo/demo-suggestions-intel.js';
import { loadDemoTargets } from './demo/demo-targets.js';
import { loadDemoVisitHistory } from './demo/demo-visit-history.js';
import { loadDemoVisitPlans } from './demo/demo-visit-plans.js';
import { loadDemoVisits } from './demo/demo-visits.js';
import { loadDemoWorklogs } from './demo/demo-worklogs.js';
import { isEmpty, loadDemoData } from './demo/load-demo.js';
import { buildApp } from './http/app.js';
import { loadModules } from './modules/index.js';
import { ensurePresetRoles } from './modules/roles/ensure-presets.js';
import { BackupError } from './platform/backup/backup-error.js';
import { enableBackups } from './platform/backup/job.js';
import { assertOutsideDataDir } from './platform/backup/snapshot-files.js';
import { BusinessClock } from './platform/clock.js';
import { startScheduler } from './platform/jobs/runner.js';
import { createSmtpMailer, type Mailer, smtpConfigFromEnv } from './platform/mail/mailer.js';

type FirstStart = 'demo' | { adminPassword: string } | null;

/**
 * Migrations, preset roles and, on an empty database, the demo company or the first
 * administrator. Runs once before any process serves (with WEB_CONCURRENCY > 1 in the primary,
 * before the workers are forked, so they never race for the migrations).
 */
async function prepareDatabase(
  config: Config,
  database: Database,
  clock: BusinessClock,
): Promise<FirstStart> {
  await migrateDatabase(database);
  await ensurePresetRoles(database.db);
  if (!(await isEmpty(database.db))) return null;
  if (database.kind === 'pglite' || config.demo) {
    await loadDemoData(database.db, clock);
    await loadDemoRequests(database.db, clock);
    await loadDemoCustomers(database.db, clock);
    await loadDemoOpportunities(database.db, clock);
    await loadDemoMoney(database.db, clock);
    await loadDemoVisits(database.db, clock);
    await loadDemoVisitHistory(database.db, clock);
    await loadDemoVisitPlans(database.db, clock);
    await loadDemoTargets(database.db, clock);
    await loadDemoCommission(database.db, clock);
    await loadDemoPoints(database.db, clock);
    await loadDemoRewards(database.db, clock);
    await loadDemoCases(database.db, clock);
    await loadDemoIncentives(database.db, clock);
    await loadDemoRhythm(database.db, clock);
    await loadDemoWorklogs(database.db, clock);
    await loadDemoSuggestionsAndIntel(database.db, clock);
    await loadDemoDaySummariesAndTraining(database.db, clock);
    await loadDemoDiscipline(database.db, clock);
    await loadDemoService(database.db, clock);
    return 'demo';
  }
  return { adminPassword: await bootstrapAdmin(database.db, clock, process.env.ADMIN_PASSWORD) };
}

function mailerFromEnv(): Mailer | null {
  const smtp = smtpConfigFromEnv(process.env);
  return smtp ? createSmtpMailer(smtp) : null;
}

/**
 * The HTTP app on the port, then the scheduler. Every server process runs the scheduler: each
 * tick is claimed by one conditional UPDATE, so it runs once across processes and instances
 * (ADR 0007); queued mail and import runs are claimed row by row with `FOR UPDATE SKIP LOCKED`.
 * Returns the function that stops it all.
 */
async function serve(config: Config, database: Database, clock: BusinessClock, mailer: Mailer | null) {
  const { app, mail } = await buildApp({
    database,
    clock,
    logLevel: config.logLevel,
    webDist: config.webDist,
    loginRateLimitPerMinute: config.loginRateLimitPerMinute,
    trustProxy: config.trustProxy,
    cookieSecure: config.cookieSecure,
    allowedOrigins: config.allowedOrigins,
    uploadMaxMb: config.uploadMaxMb,
    mailer,
  });
  await app.listen({ port: config.port, host: config.host });
  const scheduler = await (config.scheduler ? startScheduler : noScheduler)({
    db: database.db,
    clock,
    onError: (err) => app.log.error({ err }, 'scheduler pass failed'),
    afterRun: (def, outcome) => {
      if (outcome.result === 'failed')
        app.log.error({ job: def.name, message: outcome.message }, 'job failed');
      mail.kick();
    },
  });
  return async () => {
    await scheduler.stop();
    await app.close();
  };
}

/** SCHEDULER=off: no jobs in this process. */
async function noScheduler(_opts: Parameters<typeof startScheduler>[0]) {
  return { stop: async () => {} };
}

function printBanner(
  config: Config,
  database: Database,
  mailer: Mailer | null,
  firstStart: FirstStart,
  processes: number,
): void {
  const url = `http://localhost:${config.port}`;
  const where = database.kind === 'pglite' ? `embedded database in ${config.dataDir}` : 'PostgreSQL';
  const lines = [``, `  销管 Xiaoguan is running at ${url}  (${where})`, `  API docs: ${url}/api/docs`];
  if (processes > 1) lines.push(`  Processes: ${processes} (WEB_CONCURRENCY)`);
  lines.push(`  Mail: ${mailer ? mailer.describe() : 'no SMTP configured, kept in the outbox'}`);
  if (database.snapshot)
    lines.push(`  Backups: daily snapshot to ${config.backupDir}, newest ${config.backupKeep} kept`);
  if (firstStart === 'demo' || (firstStart === null && database.kind === 'pglite')) {
    const names = demoUsers.map((u) => u.username);
    lines.push(`  Demo logins (password ${DEMO_PASSWORD}):`, `    ${names.join(', ')}`);
  } else if (firstStart) {
    lines.push(`  First start: sign in as admin with password ${firstStart.adminPassword}`);
  }
  console.log(`${lines.join('\n')}\n`);
}

/** SIGINT/SIGTERM (and, in a worker, losing the primary) run `stop` once, then exit. */
function onShutdown(stop: () => Promise<void>): void {
  let stopping = false;
  const once = () => {
    if (stopping) return;
    stopping = true;
    stop().then(
      () => process.exit(0),
      (err) => {
        console.error(err);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', once);
  process.on('SIGTERM', once);
  if (cluster.isWorker) process.on('disconnect', once);
}

/** config → database → migrations → HTTP app, in one process or in WEB_CONCURRENCY of them. */
async function main() {
  const config = loadConfig();
  // Every module's policies, flows, jobs … (ADR 16): the demo data below already needs them.
  loadModules();
  const clock = new BusinessClock();

  if (cluster.isWorker) {
    // A worker of the cluster: the primary has prepared the database.
    const database = await openDatabase(config);
    const stop = await serve(config, database, clock, mailerFromEnv());
    onShutdown(async () => {
      await stop();
      await database.close();
    });
    return;
  }

  if (config.webConcurrency > 1) {
    // The primary prepares the database once, then forks the workers and watches them.
    const database = await openDatabase(config);
    const firstStart = await prepareDatabase(config, database, clock);
    await database.close();
    printBanner(config, database, mailerFromEnv(), firstStart, config.webConcurrency);
    process.exit(await runCluster({ workers: config.webConcurrency }));
  }

  // The embedded database is this process's alone: a lock file in DATA_DIR keeps a second
  // server, backup or restore out while we run.
  if (!config.databaseUrl) assertOutsideDataDir(config.backupDir, config.dataDir);
  const releaseDataDir = config.databaseUrl ? () => {} : lockDataDir(config.dataDir, 'server');
  const database = await openDatabase(config);
  // The daily snapshot of the embedded database (platform/backup/job.ts).
  if (database.snapshot) {
    enableBackups(database.db, {
      dir: config.backupDir,
      keep: config.backupKeep,
      snapshot: database.snapshot,
    });
  }
  const firstStart = await prepareDatabase(config, database, clock);
  const mailer = mailerFromEnv();
  const stop = await serve(config, database, clock, mailer);
  printBanner(config, database, mailer, firstStart, 1);
  onShutdown(async () => {
    await stop();
    await database.close();
    releaseDataDir();
  });
}

main().catch((err) => {
  const known = err instanceof DataDirBusyError || err instanceof BackupError || err instanceof ConfigError;
  console.error(known ? err.message : err);
  process.exit(1);
});
