import { availableParallelism } from 'node:os';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

/** Modules of these npm packages (a `|`-separated list of names or patterns). */
const packages = (names: string) => new RegExp(`[\\\\/]node_modules[\\\\/](${names})[\\\\/]`);

export default defineConfig({
  plugins: [react()],
  server: {
    proxy: { '/api': 'http://localhost:3000' },
  },
  build: {
    outDir: 'dist',
    chunkSizeWarningLimit: 2000,
    rolldownOptions: {
      output: {
        // An entriesAware chunk is named after every page sharing it; the group name is enough.
        chunkFileNames: (chunk) => `assets/${chunk.name.split('~')[0]}-[hash].js`,
        // Libraries go to chunks of their own, apart from the application's code, so a change
        // to the app leaves their file names (content hashes) and the browsers' caches alone.
        // antd and the rest are split by the pages that use them (entriesAware): the login
        // page does not load the table, date picker or charts.
        codeSplitting: {
          groups: [
            {
              name: 'vendor-react',
              test: packages('react|react-dom|scheduler|react-router|cookie|set-cookie-parser'),
              priority: 50,
            },
            {
              name: 'vendor-i18n',
              test: packages('i18next|react-i18next|html-parse-stringify|void-elements'),
              priority: 50,
            },
            { name: 'vendor-query', test: packages('@tanstack'), priority: 50 },
            {
              name: 'vendor-echarts',
              test: packages('echarts|echarts-for-react|zrender|size-sensor'),
              priority: 40,
            },
            {
              name: 'vendor-antd',
              test: packages('antd|@ant-design|@rc-component|rc-[^\\\\/]+'),
              priority: 30,
              entriesAware: true,
            },
            { name: 'vendor', test: /[\\/]node_modules[\\/]/, priority: 20, entriesAware: true },
          ],
        },
      },
    },
  },
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}'],
    setupFiles: ['src/test/setup.ts'],
    // At least two files at once, also on a two-core machine (the default would be one).
    maxWorkers: Math.max(2, availableParallelism() - 1),
    // Worker processes and the modules loaded in them (antd, the app) are reused from file to
    // file: 78 s → 19 s for the suite on two cores. setup.ts cleans the DOM and storage after
    // every test, and the suite passes in shuffled file orders (`--sequence.shuffle.files`).
    isolate: false,
    // A page test renders antd in jsdom: a few seconds on a busy two-core machine, not a hang.
    testTimeout: 15_000,
  },
});
