/**
 * Every step shows a change (issue 10, point 5, the chart's side): where two consecutive steps of a
 * chapter keep the same chart, the second state must change at least 3% of the graphic's pixels,
 * measured on the states rasterised as a reader sees them (resvg, light scheme), at both sizes,
 * or else a large annotation must appear at the new point: highlighted text (the step's
 * annotation, set large and bold) the previous state did not highlight, covering at least 1% of
 * the graphic.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Scene, TextMark } from '../../src/charts/core/scene.ts';
import { textBox } from '../../src/charts/core/text-block.ts';
import { SIZE_NAMES, layoutChart } from '../../src/charts/index.ts';
import { findState } from '../../src/lib/figures.ts';
import { loadContent } from '../../src/content/load.ts';
import { changedShare, rasterise } from './raster.ts';
import { englishWords } from '../../src/content/catalog.ts';

const model = loadContent(join(import.meta.dirname, '..', '..'));

const pairs = model.chapters.flatMap((ch) =>
  ch.steps.slice(1).flatMap((step, i) => {
    const before = ch.steps[i];
    return before && before.chart === step.chart ? [{ chart: step.chart, from: before.state, to: step.state, step: step.id }] : [];
  }),
);

/** Share of the canvas covered by text `after` highlights that `before` did not. */
function newAnnotationShare(before: Scene, after: Scene): number {
  const hi = (s: Scene) => s.marks.filter((m): m is TextMark => m.type === 'text' && /\bis-highlight\b/.test(m.className ?? ''));
  const old = new Set(hi(before).map((m) => `${m.key} ${m.text}`));
  const area = hi(after)
    .filter((m) => !old.has(`${m.key} ${m.text}`))
    .map(textBox)
    .reduce((sum, b) => sum + (b.x1 - b.x0) * (b.y1 - b.y0), 0);
  return area / (after.width * after.height);
}

const cases = pairs.flatMap((p) => SIZE_NAMES.map((size) => [`${p.step} (${p.chart}: ${p.from} → ${p.to})`, size, p] as const));

describe('each step changes the graphic', () => {
  it('finds steps that keep their chart', () => {
    expect(pairs.length).toBeGreaterThan(8);
  });

  it.each(cases)('%s at %s: at least 3% of the pixels change, or a large annotation appears', async (_name, size, p) => {
    const lay = (state: string) =>
      layoutChart(model.datasets, p.chart, findState(model, p.chart, state).params, size, englishWords, model.sources);
    const [before, after] = [lay(p.from), lay(p.to)];
    const [a, b] = await Promise.all([rasterise(before), rasterise(after)]);
    const pixels = changedShare(a.pixels, b.pixels);
    const annotation = newAnnotationShare(before, after);
    const said = `${(100 * pixels).toFixed(1)}% of pixels changed; new annotation covers ${(100 * annotation).toFixed(1)}%`;
    expect(pixels >= 0.03 || annotation >= 0.01, said).toBe(true);
  });
});
