/**
 * The 工作台 bench uses its own PostgreSQL database (default bench_d), so the other benches' data
 * sets stay as they are. Imported first by seed-workbench.ts and run-workbench.ts, before
 * bench-db.ts reads BENCH_DATABASE_URL.
 */
process.env.BENCH_DATABASE_URL ??= 'postgres://postgres@127.0.0.1:5432/bench_d';
