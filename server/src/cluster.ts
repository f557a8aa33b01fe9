import cluster, { type Worker } from 'node:cluster';

export interface ClusterOptions {
  /** How many worker processes (WEB_CONCURRENCY). */
  workers: number;
  /** Where the primary's own lines go (worker starts, deaths, restarts). */
  log?: (line: string) => void;
  /** A stopping worker still alive after this long is killed. */
  shutdownTimeoutMs?: number;
}

/** A worker that served at least this long before it died restarts at once, not after a backoff. */
const HEALTHY_MS = 60_000;
const FIRST_BACKOFF_MS = 1_000;
const MAX_BACKOFF_MS = 30_000;

/**
 * The primary process of `WEB_CONCURRENCY` > 1: forks the workers, which each open the
 * database, build the app and listen on the same port (node:cluster hands the connections
 * round-robin). A worker that dies is started again, after a backoff that doubles while
 * workers keep dying soon after their start (1 s, 2 s, … 30 s). A worker that dies before
 * any worker has listened means the server cannot start (port taken, database unreachable …):
 * the primary stops. SIGTERM or SIGINT stops every worker (each finishes its requests and its
 * scheduler pass) and then the primary. Resolves with the process exit code.
 */
export function runCluster(opts: ClusterOptions): Promise<number> {
  const log = opts.log ?? ((line: string) => console.log(line));
  const listeningSince = new Map<number, number>();
  const restarts = new Set<NodeJS.Timeout>();
  let everListened = false;
  let failures = 0;
  let stopping = false;
  let exitCode = 0;

  return new Promise<number>((resolve) => {
    const alive = () => Object.values(cluster.workers ?? {}).filter((w): w is Worker => Boolean(w));
    const finishIfDone = () => {
      if (stopping && alive().length === 0) resolve(exitCode);
    };
    const fork = () => {
      const worker = cluster.fork();
      log(`worker ${worker.id} starting (pid ${worker.process.pid})`);
    };

    const stop = (code: number) => {
      if (stopping) return;
      stopping = true;
      exitCode = code;
      for (const timer of restarts) clearTimeout(timer);
      restarts.clear();
      for (const worker of alive()) worker.process.kill('SIGTERM');
      const timeout = setTimeout(() => {
        for (const worker of alive()) {
          log(`worker ${worker.id} did not stop in time; killed`);
          worker.process.kill('SIGKILL');
        }
      }, opts.shutdownTimeoutMs ?? 30_000);
      timeout.unref();
      finishIfDone();
    };

    cluster.on('listening', (worker) => {
      everListened = true;
      listeningSince.set(worker.id, Date.now());
      log(`worker ${worker.id} listening (pid ${worker.process.pid})`);
    });
    cluster.on('exit', (worker, code, signal) => {
      const since = listeningSince.get(worker.id);
      listeningSince.delete(worker.id);
      if (stopping) return finishIfDone();
      const how = signal ? `signal ${signal}` : `code ${code}`;
      if (!everListened) {
        log(`worker ${worker.id} exited (${how}) before the server started; stopping`);
        return stop(1);
      }
      failures = since !== undefined && Date.now() - since >= HEALTHY_MS ? 1 : failures + 1;
      const delay = Math.min(MAX_BACKOFF_MS, FIRST_BACKOFF_MS * 2 ** (failures - 1));
      log(`worker ${worker.id} exited (${how}); starting another in ${delay / 1000} s`);
      const timer = setTimeout(() => {
        restarts.delete(timer);
        if (!stopping) fork();
      }, delay);
      restarts.add(timer);
    });

    for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => stop(0));
    for (let i = 0; i < opts.workers; i++) fork();
  });
}
