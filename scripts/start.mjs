#!/usr/bin/env node
// `npm start`: build the web app and the server (scripts/build-server.mjs) if they are not built
// or their sources changed since, then run the compiled server with plain node; it migrates the
// database and loads demo data on first start. `--build-only` stops after the builds.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildServer, newestMtime, serverEntry, serverStale } from './build-server.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const built = path.join(root, 'web', 'dist', 'index.html');

const stale = !existsSync(built) || newestMtime(path.join(root, 'web', 'src')) > statSync(built).mtimeMs;
if (stale) {
  console.log('Building the web app…');
  const build = spawnSync('npm', ['run', 'build', '-w', 'web'], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}
if (serverStale()) {
  console.log('Building the server…');
  await buildServer();
}
if (process.argv[2] === '--build-only') process.exit(0); // the browser test builds once for its shards
const server = spawn(process.execPath, ['--enable-source-maps', serverEntry, ...process.argv.slice(2)], {
  cwd: root,
  stdio: 'inherit',
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code) => process.exit(code ?? 0));
