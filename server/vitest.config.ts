import { configDefaults, defineConfig } from 'vitest/config';

/**
 * Test files that add to a module-level registry (a test policy, test approval flows): each runs
 * in a process of its own so no other file sees what it added.
 */
const ownProcess = ['src/platform/approvals/approvals.test.ts', 'src/platform/approvals/conditions.test.ts'];

export default defineConfig({
  test: {
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    projects: [
      {
        extends: true,
        test: {
          name: 'server',
          globalSetup: ['test/global-setup.ts'],
          include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
          exclude: [...configDefaults.exclude, ...ownProcess],
          // Each file still gets a database of its own (createTestApp, createTestDatabase); the
          // worker processes, and the app's modules loaded in them, are reused from file to file.
          isolate: false,
        },
      },
      {
        extends: true,
        test: {
          name: 'server-own-process',
          globalSetup: ['test/global-setup.ts'],
          include: ownProcess,
          isolate: true,
        },
      },
    ],
  },
});
