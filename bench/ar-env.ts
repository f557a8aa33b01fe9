/**
 * The receivables bench uses its own PostgreSQL database (default xg_bench_ar), so the customer
 * bench's xg_bench stays as it is. Imported first by seed-receivables.ts and run-aging.ts, before
 * bench-db.ts reads BENCH_DATABASE_URL.
 */
process.env.BENCH_DATABASE_URL ??= 'postgres://postgres@127.0.0.1:5432/xg_bench_ar';
