/** The story's own chart states (content/charts.yaml), laid out as the pages lay them out. */
import { join } from 'node:path';
import type { Scene } from '../../src/charts/core/scene.ts';
import { layoutChart, type SizeName } from '../../src/charts/index.ts';
import { loadContent } from '../../src/content/load.ts';
import type { ContentModel } from '../../src/content/model.ts';
import type { ChartId, StateParams } from '../../src/charts/index.ts';
import { checkScenes } from './scene-checks.ts';
import { englishWords } from '../../src/content/catalog.ts';

let model: ContentModel | undefined;
function story(): ContentModel {
  model ??= loadContent(join(import.meta.dirname, '..', '..'));
  return model;
}

export function storyStates<K extends ChartId>(chart: K): Record<string, StateParams<K>> {
  const spec = story().charts.find((c) => c.id === chart);
  // Each chart's params were checked against its own schema when the content loaded.
  return Object.fromEntries((spec?.states ?? []).map((st) => [st.id, st.params as StateParams<K>]));
}

export function layStory<K extends ChartId>(chart: K): (state: StateParams<K>, size: SizeName) => Scene {
  return (state, size) => layoutChart(story().datasets, chart, state, size, englishWords, story().sources);
}

/** The shared scene checks over every state the story shows. */
export function checkStory(chart: ChartId): void {
  checkScenes({ layout: layStory(chart), states: storyStates(chart) });
}
