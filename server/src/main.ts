import { bootstrapAdmin } from './bootstrap.js';
import { loadConfig } from './config.js';
import { openDatabase } from './db/client.js';
import { DataDirBusyError, lockDataDir } from './db/data-dir-lock.js';
import { migrateDatabase } from './db/migrate.js';
import { loadDemoCustomers } from './demo/demo-customers.js';
import { loadDemoMoney } from './demo/demo-money.js';
import { loadDemoOpportunities } from './demo/demo-opportunities.js';
import { DEMO_PASSWORD, demoUsers } from './demo/demo-org.js';
import { loadDemoRequests } from './demo/demo-requests.js';
import { isEmpty, loadDemoData } from './demo/load-demo.js';
import { buildApp } from './http/app.js';
import { loadModules } from './modules/index.js';
import { ensurePresetRoles } from './modules/roles/ensure-presets.js';
import { BackupError } from './platform/backup/backup-error.js';
import { enableBackups } from './platform/backup/job.js';
import { assertOutsideDataDir } from './platform/backup/snapshot-files.js';
import { BusinessClock } from './platform/clock.js';
import { startScheduler } from './platform/jobs/runner.js';
import { createSmtpMailer, smtpConfigFromEnv } from './platform/mail/mailer.js';

/** config → database → migrations → HTTP app. */
async function main() {
  const config = loadConfig();
  // Every module's policies, flows, jobs … (ADR 16): the demo data below already needs them.
  loadModules();
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
  await migrateDatabase(database);
  await ensurePresetRoles(database.db);
  const clock = new BusinessClock();

  let firstStart: 'demo' | { adminPassword: string } | null = null;
  if (await isEmpty(database.db)) {
    if (database.kind === 'pglite' || config.demo) {
      await loadDemoData(database.db, clock);
      await loadDemoRequests(database.db, clock);
      await loadDemoCustomers(database.db, clock);
      await loadDemoOpportunities(database.db, clock);
      await loadDemoMoney(database.db, clock);
      firstStart = 'demo';
    } else {
      firstStart = { adminPassword: await bootstrapAdmin(database.db, clock, process.env.ADMIN_PASSWORD) };
    }
  }

  const smtp = smtpConfigFromEnv(process.env);
  const mailer = smtp ? createSmtpMailer(smtp) : null;
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
  // Scheduled jobs (deadline escalation …); each tick runs once across instances (ADR 0007).
  const scheduler = await startScheduler({
    db: database.db,
    clock,
    onError: (err) => app.log.error({ err }, 'scheduler pass failed'),
    afterRun: (def, outcome) => {
      if (outcome.result === 'failed')
        app.log.error({ job: def.name, message: outcome.message }, 'job failed');
      mail.kick();
    },
  });

  const url = `http://localhost:${config.port}`;
  const where = database.kind === 'pglite' ? `embedded database in ${config.dataDir}` : 'PostgreSQL';
  const lines = [``, `  销管 Xiaoguan is running at ${url}  (${where})`, `  API docs: ${url}/api/docs`];
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

  const stop = async () => {
    await scheduler.stop();
    await app.close();
    await database.close();
    releaseDataDir();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((err) => {
  console.error(err instanceof DataDirBusyError || err instanceof BackupError ? err.message : err);
  process.exit(1);
});
