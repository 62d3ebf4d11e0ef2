/** Builds what the pages show for one chart state: both size variants, caption, credit, table. */
import { SIZE_NAMES, chartDatasets, layoutChart, type ChartId, type SizeName, type StateParams } from '../charts/index.ts';
import type { Scene } from '../charts/core/scene.ts';
import { wordsOf } from '../content/catalog.ts';
import type { ChartSpec, ContentModel } from '../content/model.ts';

export interface ChartStateView {
  chart: ChartId;
  state: string;
  chartTitle: string;
  stateTitle: string;
  scenes: Record<SizeName, Scene>;
  /** Datasets behind the chart, with their versions, for the credit line. */
  datasets: { id: string; title: string; version: number; updated: string }[];
  /** Source ids cited by the chart's datasets, in registry order. */
  sources: string[];
}

/** The spec of `chart` and the parameters of its state `state`; an unknown one is a bug in the caller. */
export function findState(model: ContentModel, chart: ChartId, state: string): { spec: ChartSpec; params: StateParams<ChartId> } {
  const spec = model.charts.find((c) => c.id === chart);
  const st = spec?.states.find((s) => s.id === state);
  if (!spec || !st) throw new Error(`unknown chart state ${chart}/${state}`);
  return { spec, params: st.params };
}

/** Views already laid out, per model: the page's chapters and its tips list ask for the same ones. */
const views = new WeakMap<ContentModel, Map<string, ChartStateView>>();

/** One chart state laid out at every size, with its titles, datasets and sources (computed once per model; read-only). */
export function chartStateView(model: ContentModel, chart: ChartId, state: string): ChartStateView {
  let cache = views.get(model);
  if (!cache) views.set(model, (cache = new Map<string, ChartStateView>()));
  const key = `${chart}/${state}`;
  let view = cache.get(key);
  if (!view) cache.set(key, (view = layoutView(model, chart, state)));
  return view;
}

function layoutView(model: ContentModel, chart: ChartId, state: string): ChartStateView {
  const { spec, params } = findState(model, chart, state);
  const scenes = Object.fromEntries(
    SIZE_NAMES.map((s) => [s, layoutChart(model.datasets, chart, params, s, wordsOf(model), model.sources)]),
  ) as Record<SizeName, Scene>;
  const ds = chartDatasets[chart].map((id) => model.datasets[id]);
  // Credit every source the chart's data cites, whether listed in the metadata or only on a row.
  const cited = new Set(ds.flatMap((d) => [...d.meta.sources, ...(d.rows as { sources: string[] }[]).flatMap((r) => r.sources)]));
  return {
    chart,
    state,
    chartTitle: spec.title,
    stateTitle: spec.states.find((s) => s.id === state)?.title ?? state,
    scenes,
    datasets: ds.map((d) => ({ id: d.id, title: d.meta.title, version: d.meta.version, updated: d.meta.updated })),
    sources: model.sources.filter((s) => cited.has(s.id)).map((s) => s.id),
  };
}
