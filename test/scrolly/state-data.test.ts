// @vitest-environment jsdom
/**
 * The page's state data against the build's SVG writer: for every state of every chart at both
 * sizes, packing, shipping as JSON, unpacking (with the first state read back from its build-time
 * SVG, as the browser does) and drawing with the browser's renderer gives the very markup that
 * src/charts/core/svg.ts writes for that state.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SIZE_NAMES } from '../../src/charts/index.ts';
import { sceneToSvg } from '../../src/charts/core/svg.ts';
import { loadContent } from '../../src/content/load.ts';
import { chartStateView } from '../../src/lib/figures.ts';
import { chartStates, packStates, scriptJson, unpackStates, visibleScene, type PackedStates } from '../../src/lib/state-data.ts';
import { createMark, stateMarks } from '../../src/scrolly/render.ts';

const model = loadContent(join(import.meta.dirname, '..', '..'));

function svgOf(markup: string): SVGSVGElement {
  const host = document.createElement('div');
  host.innerHTML = markup;
  const svg = host.querySelector('svg');
  if (!svg) throw new Error('no svg');
  return svg;
}

describe('packStates / unpackStates / createMark', () => {
  for (const chart of model.charts) {
    for (const size of SIZE_NAMES) {
      it(`${chart.id} at ${size}: every state draws as svg.ts writes it`, () => {
        const scenes = chart.states.map((s) => ({ state: s.id, scene: chartStateView(model, chart.id, s.id).scenes[size] }));
        const data = chartStates(scenes);
        const shipped = JSON.parse(scriptJson(packStates(data))) as PackedStates;
        const live = svgOf(sceneToSvg(visibleScene(scenes[0]!.scene), { idPrefix: 'live', decorative: true }));
        const unpacked = unpackStates(shipped, live);
        for (const { state, scene } of scenes) {
          const want = [...svgOf(sceneToSvg(visibleScene(scene), { idPrefix: 'x' })).querySelectorAll('[data-key]')].map(
            (e) => e.outerHTML,
          );
          const got = stateMarks(unpacked, state).map((m) => createMark(m).outerHTML);
          expect(got, state).toEqual(want);
        }
        // Each distinct mark is shipped once, and the first state's not at all.
        const drawn = scenes.reduce((n, s) => n + visibleScene(s.scene).marks.length, 0);
        expect(shipped.marks.length).toBeLessThanOrEqual(drawn - visibleScene(scenes[0]!.scene).marks.length);
        // Laying out every state of a chart takes seconds on a busy machine.
      }, 60_000);
    }
  }

  it('marks hidden at opacity 0 never reach the page', () => {
    const scene = chartStateView(model, model.charts[0]!.id, model.charts[0]!.states[0]!.id).scenes.wide;
    const hidden = { ...scene, marks: [...scene.marks, { type: 'text' as const, key: 'ghost', x: 0, y: 0, text: 'Ghost', opacity: 0 }] };
    expect(JSON.stringify(chartStates([{ state: 's', scene: hidden }]))).not.toContain('Ghost');
  });

  it('scriptJson cannot close its script element', () => {
    expect(scriptJson({ a: '</script><b>' })).not.toContain('<');
  });
});
