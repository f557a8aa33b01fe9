import { spawnSync } from 'node:child_process';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..', '..');

/** The arguments to node that start the compiled server, as `npm start` runs it (ADR 36). */
export const compiledServer = ['--enable-source-maps', path.join(root, 'server', 'dist', 'main.js')];

/**
 * Global setup of the server tests: builds server/dist/main.js when it is missing or older than
 * the sources (scripts/build-server.mjs), so the tests that start a real server (the crash and
 * cluster tests) start it as `npm start` does — without a TypeScript loader, each start
 * seconds faster.
 */
export default function setup(): void {
  const built = spawnSync(process.execPath, [path.join(root, 'scripts', 'build-server.mjs'), '--if-stale'], {
    cwd: root,
    stdio: 'inherit',
  });
  if (built.status !== 0) throw new Error(`building the server failed (exit ${built.status})`);
}
