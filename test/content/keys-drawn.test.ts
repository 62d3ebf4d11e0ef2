/**
 * The keys a state offers are marks it really draws: every key of every chart state in
 * charts.yaml is found, with its shape, in that state's SVG at both sizes (parsed by jsdom), and
 * keys.css has a swatch and word colour for every token a key uses. So a word keyed in the story
 * always points at something on the chart.
 */
import { readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { sceneToSvg } from '../../src/charts/core/svg.ts';
import { SIZE_NAMES } from '../../src/charts/index.ts';
import { findState } from '../../src/lib/figures.ts';
import { keysOf, type ChartKey } from '../../src/charts/index.ts';
import { loadContent } from '../../src/content/load.ts';
import { chartStateView } from '../../src/lib/figures.ts';
import { REPO } from './fixture.ts';
import { englishWords } from '../../src/content/catalog.ts';

describe('colour keys and the marks they name', { timeout: 60_000 }, () => {
  const model = loadContent(REPO);
  const states = model.charts.flatMap((c) => c.states.map((s) => ({ chart: c.id, state: s.id })));
  const used: ChartKey[] = [];

  it('every key of every state is drawn by that state, at both sizes', () => {
    let checked = 0;
    for (const { chart, state } of states) {
      const keys = keysOf(chart, findState(model, chart, state).params, model.datasets, englishWords);
      used.push(...keys);
      const view = chartStateView(model, chart, state);
      for (const size of SIZE_NAMES) {
        const svg = sceneToSvg(view.scenes[size], { idPrefix: 'k', className: `chart--${chart}` });
        const doc = new JSDOM(svg).window.document;
        for (const k of keys) {
          expect(doc.querySelectorAll(k.marks).length, `${chart}/${state} (${size}) draws ${k.id}: ${k.marks}`).toBeGreaterThan(0);
          checked += 1;
        }
      }
    }
    // Every chart offers keys in some state (the timeline only where it draws the theaters bar).
    expect(new Set(used.map((k) => k.marks)).size).toBeGreaterThanOrEqual(12);
    expect(checked).toBeGreaterThan(40);
  });

  it('a key offered nowhere is not drawn: the excipio key needs the Excipio series', () => {
    const { params } = findState(model, 'piracy-surge', 'torrentfreak');
    expect(keysOf('piracy-surge', params, model.datasets, englishWords).map((k) => k.id)).toEqual(['torrentfreak']);
    const svg = sceneToSvg(chartStateView(model, 'piracy-surge', 'torrentfreak').scenes.wide, { idPrefix: 'k', className: 'c' });
    expect(new JSDOM(svg).window.document.querySelectorAll('.point.tracker-excipio')).toHaveLength(0);
  });

  it('keys.css colours the swatch and the word of every token a key uses; charts.css gives .key the tokens', () => {
    const css = readFileSync(new URL('../../src/styles/keys.css', import.meta.url), 'utf8');
    for (const k of used) {
      expect(css, k.colour).toContain(`.key[data-colour='${k.colour.slice(4)}'] {\n  --key: var(${k.colour});`);
      if (k.text) expect(css, k.text).toContain(`.key[data-text='${k.text.slice(4)}'] {\n  --key-text: var(${k.text});`);
    }
    const charts = readFileSync(new URL('../../src/styles/charts.css', import.meta.url), 'utf8');
    expect(charts.match(/\.key,\n\s*\.chart \{/g)).toHaveLength(2);
  });
});
