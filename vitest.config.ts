import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    pool: 'threads',
    maxWorkers: 2,
    // Content tests load and lay out the whole story (1-4 s on a quiet 2-core machine); the
    // default 5 s limit failed them when the machine was busy, which says nothing about the code.
    testTimeout: 30_000,
  },
});
