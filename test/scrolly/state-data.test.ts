// @vitest-environment jsdom
/**
 * The page's state data against the build's SVG writer: for every state of every chart at both
 * sizes, packing, shipping as JSON, unpacking (from the JSON alone, as the browser does) and
 * drawing with the browser's renderer gives the very markup that src/charts/core/svg.ts writes
 * for that state.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SIZE_NAMES } from '../../src/charts/index.ts';
import { sceneToSvg } from '../../src/charts/core/svg.ts';
import { loadContent } from '../../src/content/load.ts';
import { chartStateView } from '../../src/lib/figures.ts';
import { chartStates, scriptJson } from '../../src/lib/state-data.ts';
import { packChart, unpackChart, type PackedChart } from '../../src/lib/state-pack.ts';
import { createMark, stateMarks } from '../../src/scrolly/render.ts';

const model = loadContent(join(import.meta.dirname, '..', '..'));

function svgOf(markup: string): SVGSVGElement {
  const host = document.createElement('div');
  host.innerHTML = markup;
  const svg = host.querySelector('svg');
  if (!svg) throw new Error('no svg');
  return svg;
}

describe('packChart / unpackChart / createMark', () => {
  for (const chart of model.charts) {
    it(`${chart.id}: every state at every size draws as svg.ts writes it`, () => {
      const scenes = Object.fromEntries(
        SIZE_NAMES.map((size) => [
          size,
          chart.states.map((s) => ({ state: s.id, scene: chartStateView(model, chart.id, s.id).scenes[size] })),
        ]),
      );
      const data = Object.fromEntries(SIZE_NAMES.map((size) => [size, chartStates(scenes[size] ?? [])]));
      const shipped = JSON.parse(scriptJson(packChart(data))) as PackedChart;
      const unpacked = unpackChart(shipped);
      for (const size of SIZE_NAMES) {
        for (const { state, scene } of scenes[size] ?? []) {
          const want = [...svgOf(sceneToSvg(scene, { idPrefix: 'x' })).querySelectorAll('[data-key]')].map((e) => e.outerHTML);
          const got = stateMarks(unpacked[size]!, state).map((m) => createMark(m).outerHTML);
          expect(got, `${state} at ${size}`).toEqual(want);
        }
        // Each distinct mark is shipped once.
        const drawn = (scenes[size] ?? []).reduce((n, s) => n + s.scene.marks.length, 0);
        expect(shipped.sizes[size]!.marks.length).toBeLessThanOrEqual(drawn);
      }
      // Laying out every state of a chart takes seconds on a busy machine.
    }, 60_000);
  }

  it('scriptJson cannot close its script element', () => {
    expect(scriptJson({ a: '</script><b>' })).not.toContain('<');
  });
});
