/**
 * `vitest bench` for the layout-scaling benchmark (bench/layout.bench.ts), kept apart from the root
 * vitest.config.ts so `npm test` never runs it. Run by bench/lib/layout.ts, one process per row
 * factor (a factor that does not finish in time is reported as such, the others still count).
 */
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: [],
    benchmark: { include: ['bench/**/*.bench.ts'] },
    pool: 'forks',
    maxWorkers: 1,
  },
});
