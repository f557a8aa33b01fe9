/**
 * What the app's logging costs: a plain Fastify with the app's logger options (server/src/http/
 * logger.ts: one line per request, written to /dev/null here) and one hello route, loaded by
 * autocannon from a second process. Prints requests per second; the target is 30,000 or more
 * on the 2-core benchmark machine.
 *
 *   npm run bench:hello -- [--duration=10] [--connections=20] [--no-log]
 */
import { type ChildProcess, fork } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { cpus } from 'node:os';
import autocannon from 'autocannon';
import Fastify from 'fastify';
import { loggerOptions } from '../server/src/http/logger.js';

const arg = (name: string, fallback: number) =>
  Number(process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? fallback);

async function serve(): Promise<void> {
  const logged = !process.argv.includes('--no-log');
  const app = Fastify({
    ...(logged ? loggerOptions('info', { file: '/dev/null' }) : {}),
    genReqId: () => randomUUID(),
    requestIdHeader: false,
  });
  app.get('/hello', async () => ({ hello: 'world' }));
  // CPU time is counted from the first request: what the server spends per request, which a
  // busy shared machine distorts less than requests per second.
  let cpuAtStart: NodeJS.CpuUsage | undefined;
  app.addHook('onRequest', async () => {
    cpuAtStart ??= process.cpuUsage();
  });
  await app.listen({ host: '127.0.0.1', port: 0 });
  const address = app.server.address();
  process.on('message', () => {
    const used = process.cpuUsage(cpuAtStart);
    process.send?.({ cpuMicros: used.user + used.system });
  });
  process.send?.({ port: typeof address === 'object' && address ? address.port : 0 });
  process.on('disconnect', () => void app.close().then(() => process.exit(0)));
}

async function load(): Promise<void> {
  const duration = arg('duration', 10);
  const connections = arg('connections', 20);
  // The server runs in its own process, so the load generator does not take its core.
  const server: ChildProcess = fork(process.argv[1] ?? '', ['--serve', ...process.argv.slice(2)], {
    execArgv: process.execArgv,
  });
  try {
    const port = await new Promise<number>((resolve, reject) => {
      server.once('message', (m) => resolve((m as { port: number }).port));
      server.once('exit', (code) => reject(new Error(`server exited with ${code}`)));
    });
    const result = await autocannon({ url: `http://127.0.0.1:${port}/hello`, connections, duration });
    const cpuMicros = await new Promise<number>((resolve) => {
      server.once('message', (m) => resolve((m as { cpuMicros: number }).cpuMicros));
      server.send('stats');
    });
    const perRequest = cpuMicros / Math.max(1, result.requests.total);
    const logged = process.argv.includes('--no-log') ? 'no logger' : 'app logger → /dev/null';
    console.log(
      `hello (${logged}), ${connections} connections, ${duration} s, ${cpus().length} CPUs: ` +
        `${Math.round(result.requests.average).toLocaleString('en')} req/s, ` +
        `p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms, ${result.errors} errors, ${result.non2xx} non-2xx; ` +
        `server CPU ${perRequest.toFixed(1)} µs/request (≈ ${Math.round(1e6 / perRequest).toLocaleString('en')} req/s per core)`,
    );
  } finally {
    if (server.connected) server.disconnect();
  }
}

await (process.argv.includes('--serve') ? serve() : load());
