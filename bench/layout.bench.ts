/**
 * Layout scaling: every chart state laid out at both sizes with each dataset's rows repeated
 * BENCH_ROWS times (new row ids, other cells unchanged), one benchmark per chart. Linear cost means
 * 10x the rows takes about 10x the time. Run through `npm run bench` (bench/lib/layout.ts), or:
 *
 *   BENCH_ROWS=10 npx vitest bench --run --config bench/vitest.config.ts
 *
 * Each result is written as soon as its chart is done (bench/reports/tmp/layout/<N>x/<chart>.json),
 * so a run stopped at its time limit still reports the charts that finished. BENCH_SKIP
 * (comma-separated chart ids) leaves out charts the runner already knows cannot finish in time.
 */
import { test } from 'vitest';
import { layoutChart, SIZE_NAMES } from '../src/charts/index.ts';
import { clearLayoutCache } from '../src/charts/core/layout-cache.ts';
import { englishWords } from '../src/content/catalog.ts';
import { loadContent } from '../src/content/load.ts';
import { scaledDatasets } from './lib/scaled-datasets.ts';

const factor = Number(process.env['BENCH_ROWS'] ?? '1');
if (!Number.isInteger(factor) || factor < 1)
  throw new Error(`BENCH_ROWS must be a positive integer, found ${String(process.env['BENCH_ROWS'])}`);
const skip = new Set((process.env['BENCH_SKIP'] ?? '').split(',').filter(Boolean));

const model = loadContent(process.cwd());

const datasets = scaledDatasets(model.datasets, factor);

// Tinybench runs until both `time` ms and `iterations` runs are reached. Larger factors take
// seconds per pass, so they get fewer passes (and no warm-up pass).
const runOptions =
  factor === 1
    ? { time: 300, iterations: 5, warmupTime: 0, warmupIterations: 1 }
    : { time: 0, iterations: factor <= 10 ? 2 : 1, warmupTime: 0, warmupIterations: 0 };
// The runner's process time limit is the real stop; Vitest must not fail a slow chart first.
const noTimeout = 24 * 60 * 60_000;

// BENCH_ORDER (chart ids) runs the charts in that order, the runner's fastest first.
const order = (process.env['BENCH_ORDER'] ?? '').split(',').filter(Boolean);
const rank = (id: string): number => (order.includes(id) ? order.indexOf(id) : order.length);
const charts = [...model.charts].sort((a, b) => rank(a.id) - rank(b.id));

for (const chart of charts) {
  const name = `${chart.id}: ${String(chart.states.length)} states x ${String(SIZE_NAMES.length)} sizes, ${String(factor)}x rows`;
  test.skipIf(skip.has(chart.id))(
    name,
    async ({ bench }) => {
      await bench(name, { writeResult: `bench/reports/tmp/layout/${String(factor)}x/${chart.id}.json` }, () => {
        // Every pass lays out cold: the build's cache would otherwise answer every pass after the first.
        clearLayoutCache();
        for (const state of chart.states)
          for (const size of SIZE_NAMES) layoutChart(datasets, chart.id, state.params, size, englishWords, model.sources);
      }).run(runOptions);
    },
    noTimeout,
  );
}
