/**
 * The state data of an edition's article: for each chapter, each chart its sticky graphic holds,
 * the packed marks of every state the chapter's steps show (src/lib/state-pack.ts). It is one
 * file per edition, `/states/<locale>.<hash>.json` (src/pages/states/[file].ts), named by its
 * content so that it can be cached for good, and fetched by the page's script
 * (src/scrolly/render.ts) rather than carried in the HTML: the HTML is what the first paint waits
 * for, and this data is needed only once the reader scrolls to a second step.
 */
import { createHash } from 'node:crypto';
import { SIZE_NAMES } from '../charts/index.ts';
import type { Chapter, ContentModel } from '../content/model.ts';
import { chartStateView, type ChartStateView } from './figures.ts';
import { chartStates, type ChartStates } from './state-data.ts';
import { packChart, type PackedChart } from './state-pack.ts';

export interface LiveChart {
  /** The chapter's first step that shows the chart: the live figure starts at its state. */
  step: Chapter['steps'][number];
  view: ChartStateView;
}

/** The charts of a chapter's sticky graphic, in the order of their first steps. */
export function liveCharts(model: ContentModel, chapter: Chapter): LiveChart[] {
  const seen = new Set<string>();
  return chapter.steps.flatMap((step) => {
    if (seen.has(step.chart)) return [];
    seen.add(step.chart);
    return [{ step, view: chartStateView(model, step.chart, step.state) }];
  });
}

/** Per chart of the chapter's graphic, the packed states its steps show, at every size. */
function chapterStates(model: ContentModel, chapter: Chapter): Record<string, PackedChart> {
  return Object.fromEntries(
    liveCharts(model, chapter).map(({ step }) => {
      const own = chapter.steps
        .filter((s) => s.chart === step.chart)
        .map((s) => ({ state: s.state, scenes: chartStateView(model, s.chart, s.state).scenes }));
      const sizes: Record<string, ChartStates> = Object.fromEntries(
        SIZE_NAMES.map((size) => [size, chartStates(own.map((o) => ({ state: o.state, scene: o.scenes[size] })))]),
      );
      return [step.chart, packChart(sizes)];
    }),
  );
}

export interface PageStates {
  /** The file's path on the site. */
  path: string;
  /** Its content: `{ [chapter id]: { [chart id]: PackedChart } }`. */
  json: string;
}

/** By the edition's own record, which every copy of an edition's model shares. */
const made = new WeakMap<object, PageStates>();

/** The state data file of the edition `model` (computed once per model). */
export function pageStates(model: ContentModel): PageStates {
  let states = made.get(model.edition);
  if (!states) {
    const json = JSON.stringify(Object.fromEntries(model.chapters.map((c) => [c.id, chapterStates(model, c)])));
    const hash = createHash('sha256').update(json).digest('hex').slice(0, 10);
    states = { path: `/states/${model.edition.locale}.${hash}.json`, json };
    made.set(model.edition, states);
  }
  return states;
}
