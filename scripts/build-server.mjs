#!/usr/bin/env node
// The server compiled for plain `node`: server/src/main.ts and what it imports bundled into one
// ES module, server/dist/main.js (packages stay in node_modules). Started without a TypeScript
// loader, a server process holds some 60 MB less (bench/README.md, "RSS"). `npm start` runs it
// after building it when the sources are newer; `node scripts/build-server.mjs` builds it alone, and
// the server tests that start a real server build it before they run (server/test/build-server.ts).
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const sources = path.join(root, 'server', 'src');
export const serverEntry = path.join(root, 'server', 'dist', 'main.js');

/** The newest modification time of any file under `dir` (what a build is stale against). */
export function newestMtime(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(full) : statSync(full).mtimeMs);
  }
  return newest;
}

/** True when server/dist/main.js is missing or older than a file under server/src. */
export function serverStale() {
  return !existsSync(serverEntry) || newestMtime(sources) > statSync(serverEntry).mtimeMs;
}

export async function buildServer() {
  await build({
    entryPoints: [path.join(sources, 'main.ts')],
    outfile: serverEntry,
    bundle: true,
    packages: 'external',
    platform: 'node',
    format: 'esm',
    target: 'node20',
    sourcemap: true,
    logLevel: 'warning',
  });
}

// `node scripts/build-server.mjs [--if-stale]`: builds it (with --if-stale, only when serverStale()).
if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  if (!process.argv.includes('--if-stale') || serverStale()) await buildServer();
}
