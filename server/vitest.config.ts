import { availableParallelism } from 'node:os';
import { configDefaults, defineConfig } from 'vitest/config';

/**
 * Test files that add to a module-level registry (a test policy, test approval flows, a test due
 * item kind, a skeleton module): each runs in a process of its own so no other file sees what it
 * added.
 */
const ownProcess = [
  'src/platform/approvals/approvals.test.ts',
  'src/platform/approvals/conditions.test.ts',
  'src/platform/deadlines/rungs.test.ts',
  'src/platform/jobs/scheduler.test.ts',
  'src/modules/visits/visit-done-event.test.ts',
  'test/module-skeleton.test.ts',
  'test/modules.test.ts',
];
/** Every module's registries (ADR 16), also for tests that never build the HTTP app. */
const setupFiles = ['test/load-modules.ts'];

export default defineConfig({
  test: {
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // Vitest's default (one worker per core but one) runs a single file at a time on a two-core
    // machine, leaving a core idle while a file waits on its database or the clock.
    maxWorkers: Math.max(2, availableParallelism() - 1),
    projects: [
      {
        extends: true,
        test: {
          name: 'server',
          // The compiled server, for the tests that start a real one (in one project only: the
          // projects' setups could otherwise build it at the same time).
          globalSetup: ['test/global-setup.ts', 'test/build-server.ts'],
          setupFiles,
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
          setupFiles,
          include: ownProcess,
          isolate: true,
        },
      },
    ],
  },
});
