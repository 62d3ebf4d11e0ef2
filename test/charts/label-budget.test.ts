/**
 * Few labels per chart state (issue 10, point 3): over every state of content/charts.yaml, at each
 * size, a median of at most 12 labels and never more than 20. A label is a text block (all lines
 * of one label are marks keyed `<label>:<line>`), and axis tick labels count.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Scene } from '../../src/charts/core/scene.ts';
import { SIZE_NAMES, layoutChart } from '../../src/charts/index.ts';
import { loadContent } from '../../src/content/load.ts';
import { englishWords } from '../../src/content/catalog.ts';

const model = loadContent(join(import.meta.dirname, '..', '..'));

/** Text blocks of a scene: its text marks, one per key once the line number is dropped. */
export function labelCount(scene: Scene): number {
  return new Set(scene.marks.filter((m) => m.type === 'text').map((m) => m.key.replace(/:\d+$/, ''))).size;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] ?? 0) : ((s[mid - 1] ?? 0) + (s[mid] ?? 0)) / 2;
}

describe('labels per chart state', () => {
  it.each(SIZE_NAMES)('at %s: median at most 12, none over 20', (size) => {
    const counts = model.charts.flatMap((c) =>
      c.states.map((st) => ({
        state: `${c.id}/${st.id}`,
        n: labelCount(layoutChart(model.datasets, c.id, st.params, size, englishWords, model.sources)),
      })),
    );
    expect(counts.length).toBeGreaterThan(10);
    expect(median(counts.map((c) => c.n)), JSON.stringify(counts)).toBeLessThanOrEqual(12);
    expect(counts.filter((c) => c.n > 20)).toEqual([]);
  });
});
