import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
    pool: 'forks',
    // Vitest's default is one worker on a 2-core machine (cores - 1); the longest files mostly wait on
    // child processes (R1's 200 kills, the command line), so a second worker runs the rest beside them.
    maxWorkers: 2,
  },
});
