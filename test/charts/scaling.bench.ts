/**
 * How layout cost grows with the data: every chart state of the story at both sizes, laid out from
 * the real datasets with every row repeated 1, 10 and 100 times (test/charts/scaled.ts). Run with
 * `npx vitest bench --run test/charts/scaling.bench.ts`; the targets (10x rows at most 2x the
 * time of the whole build, 100x at most 10x) are judged by the benchmark report, not here.
 */
import { join } from 'node:path';
import { test } from 'vitest';
import { clearLayoutCache } from '../../src/charts/core/layout-cache.ts';
import { SIZE_NAMES, layoutChart } from '../../src/charts/index.ts';
import { loadContent, type Datasets } from '../../src/content/load.ts';
import { scaledDatasets } from './scaled.ts';

const model = loadContent(join(import.meta.dirname, '..', '..'));

function layOutEverything(datasets: Datasets): void {
  clearLayoutCache();
  for (const chart of model.charts) {
    for (const st of chart.states) for (const size of SIZE_NAMES) layoutChart(datasets, chart.id, st.params, size, model.sources);
  }
}

test('every story state at both sizes, 1x, 10x and 100x rows', async ({ bench }) => {
  const [one, ten, hundred] = [1, 10, 100].map((k) => scaledDatasets(model.datasets, k));
  if (!one || !ten || !hundred) throw new Error('unreachable');
  await bench.compare(
    bench('1x rows', () => {
      layOutEverything(one);
    }),
    bench('10x rows', () => {
      layOutEverything(ten);
    }),
    bench('100x rows', () => {
      layOutEverything(hundred);
    }),
    { iterations: 2, time: 0, warmupIterations: 1 },
  );
}, 600_000);
