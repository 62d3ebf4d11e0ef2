/**
 * Every state of every chart at both sizes, laid out in two pseudo-locales (test/charts/pseudo-locale.ts):
 * long German-like text and Korean full-width text, each about 40% longer than the English. No
 * text mark may overlap another or leave the canvas, judged with the boxes the layouts place with.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { insideBox } from '../../src/charts/core/box.ts';
import type { Scene, TextMark } from '../../src/charts/core/scene.ts';
import { textBox } from '../../src/charts/core/text-block.ts';
import { SIZE_NAMES, chartCatalog, layoutChart } from '../../src/charts/index.ts';
import { loadContent } from '../../src/content/load.ts';
import { formatterFor } from '../../src/i18n/formatters.ts';
import { makeWords } from '../../src/i18n/words.ts';
import { englishCatalog, englishWords } from '../../src/content/catalog.ts';
import { pseudoCatalog, pseudoDatasets, pseudoText, type Pseudo } from './pseudo-locale.ts';
import { textProblems } from './scene-checks.ts';
import { storyStates } from './story.ts';

const model = loadContent(join(import.meta.dirname, '..', '..'));

const EDITIONS = {
  long: makeWords('de', 'de-DE', formatterFor('de'), pseudoCatalog(chartCatalog, 'long')),
  hangul: makeWords('ko', 'ko-KR', formatterFor('ko'), pseudoCatalog(chartCatalog, 'hangul')),
} as const;
const DATA = { long: pseudoDatasets(model.datasets, 'long'), hangul: pseudoDatasets(model.datasets, 'hangul') };

function outside(scene: Scene): string[] {
  const canvas = { x0: 0, y0: 0, x1: scene.width, y1: scene.height };
  return scene.marks
    .filter((m): m is TextMark => m.type === 'text')
    .filter((t) => !insideBox(textBox(t), canvas))
    .map((t) => `${t.key} "${t.text}" leaves the canvas`);
}

const cases = (['long', 'hangul'] as const).flatMap((kind: Pseudo) =>
  model.charts.flatMap((c) => c.states.flatMap((st) => SIZE_NAMES.map((size) => [kind, c.id, st.id, size, st.params] as const))),
);

describe('pseudo-locales', () => {
  it('pad every string about 40% and keep its variables', () => {
    expect(pseudoText('Timeline, {span}: {events}', 'long')).toMatch(/^Timéliñé, \{span\}: \{events\} \p{L}+/u);
    expect(pseudoText('A timeline', 'long').length).toBeGreaterThanOrEqual(Math.round('A timeline'.length * 1.4));
    expect(pseudoText('; ', 'long')).toBe('; ');
    expect(pseudoText('hour {hour}', 'hangul')).toMatch(/^\p{Script=Hangul}+ \{hour\} \p{Script=Hangul}+$/u);
  });

  it('lays out each edition once: the cache tells editions and their strings apart', () => {
    const [params] = Object.values(storyStates('timeline'));
    if (!params) throw new Error('no timeline state');
    const english = layoutChart(model.datasets, 'timeline', params, 'wide', englishWords, model.sources);
    expect(layoutChart(model.datasets, 'timeline', params, 'wide', englishWords, model.sources)).toBe(english);
    // Same locale, one string changed: a new scene, with the new words.
    const edited = makeWords('en', 'en-US', formatterFor('en'), { ...englishCatalog, 'timeline.span': '{from} – {to}' });
    const other = layoutChart(model.datasets, 'timeline', params, 'wide', edited, model.sources);
    expect(other).not.toBe(english);
    expect(other.title).toContain(' – ');
    expect(layoutChart(model.datasets, 'timeline', params, 'wide', EDITIONS.long, model.sources).title).not.toBe(english.title);
  });

  it.each(cases)('%s: %s/%s at %s: text clear of other text and inside the canvas', (kind, chart, _state, size, params) => {
    const scene = layoutChart(DATA[kind], chart, params, size, EDITIONS[kind], model.sources);
    expect([...textProblems(scene), ...outside(scene)]).toEqual([]);
  });
});
