/**
 * Layout scaling through `vitest bench` (bench/layout.bench.ts, config bench/vitest.config.ts): one
 * Vitest process per row factor, each with a time limit. A chart whose median at the previous
 * factor, scaled linearly (the best a layout can do), would pass `chartLimitMs` is not run again:
 * it is reported as skipped with that figure, and charts run fastest first, so one chart that
 * grows faster than linearly cannot eat the whole run.
 */
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { run } from './util.ts';

export interface LayoutFigure {
  chart: string;
  factor: number;
  /** Median time of one pass over every state at both sizes, ms. */
  medianMs?: number;
  samples?: number;
  /** Why there is no figure. */
  missing?: string;
}

export interface LayoutResult {
  factors: number[];
  figures: LayoutFigure[];
  errors: string[];
  ms: number;
}

interface VitestBenchResult {
  latency: { p50: number; samplesCount: number };
}

export async function runLayoutBench(root: string, factors: number[], timeoutMs: number, chartLimitMs: number): Promise<LayoutResult> {
  const started = performance.now();
  const figures: LayoutFigure[] = [];
  const errors: string[] = [];
  const outDir = join(root, 'bench/reports/tmp/layout');
  rmSync(outDir, { recursive: true, force: true });
  let previous: { factor: number; byChart: Map<string, LayoutFigure> } | undefined;
  for (const factor of factors) {
    const skip = new Map<string, string>();
    if (previous) {
      for (const [chart, f] of previous.byChart) {
        const linear = f.medianMs === undefined ? Number.POSITIVE_INFINITY : (f.medianMs * factor) / previous.factor;
        if (linear > chartLimitMs)
          skip.set(
            chart,
            f.medianMs === undefined
              ? `not run: no figure at ${String(previous.factor)}x`
              : `not run: ${String(Math.round(f.medianMs))} ms at ${String(previous.factor)}x, so at least ${(linear / 1000).toFixed(0)} s per pass even if linear (limit ${String(chartLimitMs / 1000)} s)`,
          );
      }
    }
    // Fastest first (by the previous factor), so a slow chart at the time limit costs only itself.
    const order = previous
      ? [...previous.byChart.values()].sort((x, y) => (x.medianMs ?? Infinity) - (y.medianMs ?? Infinity)).map((f) => f.chart)
      : [];
    const r = await run(
      process.execPath,
      [join(root, 'node_modules/vitest/vitest.mjs'), 'bench', '--run', '--config', 'bench/vitest.config.ts'],
      {
        cwd: root,
        timeoutMs,
        env: { ...process.env, BENCH_ROWS: String(factor), BENCH_SKIP: [...skip.keys()].join(','), BENCH_ORDER: order.join(',') },
      },
    );
    if (r.code !== 0 && !r.timedOut)
      errors.push(`vitest bench ${String(factor)}x exited ${String(r.code)}: ${`${r.stdout}\n${r.stderr}`.slice(-1500)}`);
    const dir = join(outDir, `${String(factor)}x`);
    const done = new Map<string, VitestBenchResult>();
    if (existsSync(dir))
      for (const f of readdirSync(dir).filter((n) => n.endsWith('.json')))
        done.set(f.slice(0, -'.json'.length), JSON.parse(readFileSync(join(dir, f), 'utf8')) as VitestBenchResult);
    // Chart ids come from the first factor's results (every chart runs at the first factor).
    const charts = previous ? [...previous.byChart.keys()] : [...done.keys()];
    const byChart = new Map<string, LayoutFigure>();
    for (const chart of charts) {
      const d = done.get(chart);
      const fig: LayoutFigure = d
        ? { chart, factor, medianMs: d.latency.p50, samples: d.latency.samplesCount }
        : { chart, factor, missing: skip.get(chart) ?? (r.timedOut ? `did not finish in ${String(timeoutMs / 1000)} s` : 'no result') };
      byChart.set(chart, fig);
      figures.push(fig);
    }
    previous = { factor, byChart };
  }
  return { factors, figures, errors, ms: performance.now() - started };
}
