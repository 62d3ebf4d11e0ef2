import { describe, expect, it } from 'vitest';
import type { Mark, Scene } from '../../src/charts/core/scene.ts';
import { SIZES, SIZE_NAMES, type SizeName } from '../../src/charts/index.ts';
import { layoutMoney, outletOf, type MoneyData } from '../../src/charts/money/layout.ts';
import type { MoneyParams } from '../../src/charts/money/params.ts';
import { checkScenes } from './scene-checks.ts';
import { byKey, findKey, shownText } from './scene-queries.ts';
import { checkStory, layStory, storyStates } from './story.ts';
import type { RowOf } from '../../src/schemas/datasets.ts';
import { englishWords } from '../../src/content/catalog.ts';

type Cost = RowOf<'cost-estimates'>;
const cost = (
  id: string,
  amount_usd: number,
  qualifier: Cost['qualifier'],
  covers: Cost['covers'],
  note: string,
  sources: string[],
): Cost => ({
  id,
  amount_usd,
  qualifier,
  covers,
  note,
  sources,
});

/** Sony's figures, the box office and the reported costs, as the sources give them. */
const data: MoneyData = {
  'legal-sales': [
    {
      id: 'sales-dec27',
      sources: ['variety-15m'],
      through: '2014-12-27',
      days: 4,
      transactions: 2_000_000,
      transactions_qualifier: 'over',
      spending_usd: 15_000_000,
      spending_qualifier: 'over',
    },
    {
      id: 'sales-jan4',
      sources: ['variety-31m'],
      through: '2015-01-04',
      days: 12,
      transactions: undefined,
      transactions_qualifier: '',
      spending_usd: 31_000_000,
      spending_qualifier: 'over',
    },
    {
      id: 'sales-jan18',
      sources: ['variety-40m'],
      through: '2015-01-18',
      days: 26,
      transactions: 5_800_000,
      transactions_qualifier: 'over',
      spending_usd: 40_000_000,
      spending_qualifier: 'over',
    },
  ],
  'box-office': [
    { id: 'box-dec25', sources: ['cbs'], through: '2014-12-25', days: 1, gross_usd: 1_000_000, qualifier: 'about' },
    { id: 'box-dec28', sources: ['variety-15m'], through: '2014-12-28', days: 4, gross_usd: 2_800_000, qualifier: 'about' },
    { id: 'box-jan4', sources: ['variety-31m'], through: '2015-01-04', days: 11, gross_usd: 5_000_000, qualifier: 'over' },
    { id: 'box-jan18', sources: ['variety-40m'], through: '2015-01-18', days: 25, gross_usd: 6_000_000, qualifier: 'about' },
  ],
  'cost-estimates': [
    cost('fortune-production', 44_000_000, 'about', 'production', 'Fortune: about $44 million to produce.', ['fortune-40m']),
    cost('fortune-marketing', 30_000_000, 'at least', 'marketing', 'Fortune: at least $30 million more for marketing.', ['fortune-40m']),
    cost('variety', 75_000_000, 'about', 'production and marketing', 'Variety: about $75 million to produce and market.', ['variety-31m']),
    cost('cbs', 80_000_000, '', 'budget (unspecified)', 'CBS News: a reported $80 million budget.', ['cbs']),
    cost('bi', 100_000_000, 'about', 'production and marketing', 'Business Insider: about $100 million including marketing.', ['bi-15m']),
    cost('breitbart', 40_000_000, '', 'budget (unspecified)', 'Breitbart: $40 million.', ['breitbart']),
  ],
};

type State = MoneyParams;
const states: Record<string, State> = {
  nothing: { show: [], highlight: [] },
  'box-office': { show: ['box-office'], highlight: [] },
  'legal-sales': { show: ['legal-sales'], highlight: ['sales-dec27'] },
  'online-sales': { show: ['legal-sales', 'box-office'], highlight: ['sales-jan18', 'box-jan18'] },
  cost: { show: ['legal-sales', 'box-office', 'cost'], highlight: ['breitbart', 'bi'] },
  'cost-alone': { show: ['cost'], highlight: ['variety'] },
  'highlight-hidden-series': { show: ['box-office'], highlight: ['sales-jan18'] },
};
const none: State = { show: [], highlight: [] };

const lay = (state: State, size: SizeName, d: MoneyData = data): Scene =>
  layoutMoney(d, { ...SIZES[size], size, state, sources: [], words: englishWords });
const yOf = (m: Mark): number => (m.type === 'circle' ? m.cy : m.type === 'rect' ? m.y + m.height / 2 : NaN);
const xOf = (m: Mark): number => (m.type === 'circle' ? m.cx : m.type === 'rect' ? m.x + m.width / 2 : NaN);
const cases = Object.keys(states).flatMap((s) => SIZE_NAMES.map((z) => [s, z] as const));

describe('outletOf', () => {
  const row = data['cost-estimates'][3] ?? cost('x', 1, '', 'production', '', ['x']);
  it.each([
    ['the source registry', [{ id: 'cbs', outlet: 'CBS News (registry)' }], 'CBS News (registry)'],
    ['the note, without a registry', undefined, 'CBS News'],
  ])('names the outlet from %s', (_how, sources, expected) => {
    expect(outletOf(row, sources)).toBe(expected);
  });
  it('falls back to the source id', () => {
    expect(outletOf({ ...row, note: undefined }, undefined)).toBe('cbs');
  });
});

describe('layoutMoney', () => {
  checkScenes({ layout: lay, states });

  it.each(cases)('%s at %s: shows the chosen series and labels the highlighted rows', (s, size) => {
    const state = states[s] ?? none;
    const scene = lay(state, size);
    expect(findKey(scene, 'series:legal-sales:line') === undefined).toBe(!state.show.includes('legal-sales'));
    expect(findKey(scene, 'series:box-office:line') === undefined).toBe(!state.show.includes('box-office'));
    expect(findKey(scene, 'cost:band') === undefined).toBe(!state.show.includes('cost'));
    for (const series of ['legal-sales', 'box-office'] as const) {
      if (state.show.includes(series)) expect(shownText(scene, `series:${series}:name`).length, `${series} named`).toBe(1);
    }
    for (const id of state.highlight) {
      const series = data['legal-sales'].some((r) => r.id === id)
        ? 'legal-sales'
        : data['box-office'].some((r) => r.id === id)
          ? 'box-office'
          : 'cost';
      const label = series === 'cost' ? shownText(scene, `cost:${id}:label`) : shownText(scene, `${series}:${id}:label`);
      expect(label.length > 0, `${id} labelled`).toBe(state.show.includes(series));
    }
  });

  it('puts both series on one calendar: day 0 is Dec. 24, box-office day N is Dec. 24 + N', () => {
    const scene = lay(states['online-sales'] ?? none, 'wide');
    const sameDay = [xOf(byKey(scene, 'legal-sales:sales-jan4:point')), xOf(byKey(scene, 'box-office:box-jan4:point'))];
    expect(sameDay[0]).toBeCloseTo(sameDay[1] ?? NaN, 0);
    const dec25 = xOf(byKey(scene, 'box-office:box-dec25:point'));
    const dec27 = xOf(byKey(scene, 'legal-sales:sales-dec27:point'));
    const dec28 = xOf(byKey(scene, 'box-office:box-dec28:point'));
    expect(dec27 - dec25).toBeCloseTo(2 * (dec28 - dec27), 0);
    expect(shownText(scene, 'axis-x:tick:0:label').map((m) => m.text)).toEqual(['Dec. 24', 'day 0']);
  });

  it('rescales dollars to the series shown', () => {
    const box = lay(states['box-office'] ?? none, 'wide');
    const both = lay(states['online-sales'] ?? none, 'wide');
    const y6 = (s: Scene) => yOf(byKey(s, 'box-office:box-jan18:point'));
    const y0 = (s: Scene) => {
      const m = byKey(s, 'axis-y:tick:0');
      return m.type === 'line' ? m.y1 : NaN;
    };
    expect(y0(box) - y6(box)).toBeGreaterThan(4 * (y0(both) - y6(both)));
    expect(byKey(box, 'axis-y:tick:6000000:label:0').opacity).toBeUndefined();
    expect(findKey(both, 'axis-y:tick:6000000:label:0')).toBeUndefined();
  });

  it('keeps qualifiers: estimates hollow, lower bounds with a caret, figures worded as the source has them', () => {
    const scene = lay(states['online-sales'] ?? none, 'wide');
    expect(byKey(scene, 'box-office:box-dec28:point').className).toContain('is-estimate');
    expect(byKey(scene, 'legal-sales:sales-jan18:point').className).toContain('is-lower-bound');
    expect(byKey(scene, 'legal-sales:sales-jan18:bound').opacity).toBeUndefined();
    expect(findKey(scene, 'box-office:box-dec28:bound')).toBeUndefined();
    const note = shownText(scene, 'legal-sales:sales-jan18:label')
      .map((m) => m.text)
      .join(' ');
    expect(note).toContain('over $40 million');
    expect(note).toContain('over 5.8 million rentals and purchases');
    expect(scene.description).toContain('from over $15 million through Dec. 27 to over $40 million through Jan. 18');
    expect(scene.description).toContain('from about $1 million through Dec. 25 to about $6 million through Jan. 18');
  });

  it.each(SIZE_NAMES)('draws the disputed cost as a band over whole-film figures, each outlet a tick, the step’s named, at %s', (size) => {
    const scene = lay(states['cost'] ?? none, size);
    const band = byKey(scene, 'cost:band');
    if (band.type !== 'rect') throw new Error('band missing');
    const tickY = (id: string) => {
      const m = byKey(scene, `cost:${id}:tick`);
      return m.type === 'line' ? m.y1 : NaN;
    };
    // From Breitbart's $40 million to Business Insider's $100 million; Fortune's parts are not summed.
    expect(band.y).toBeCloseTo(tickY('bi'), 1);
    expect(band.y + band.height).toBeCloseTo(tickY('breitbart'), 1);
    expect(band.className).toContain('is-range');
    expect(tickY('fortune-marketing')).toBeGreaterThan(band.y + band.height);
    expect(byKey(scene, 'cost:fortune-marketing:tick').className).toContain('is-partial');
    const words = (id: string) =>
      shownText(scene, `cost:${id}:label`)
        .map((m) => m.text)
        .join(' ');
    // The step's reports are named beside their ticks; the others are ticks, listed in the table.
    expect(words('bi')).toContain('Business Insider: about $100 million');
    expect(words('breitbart')).toContain('Breitbart: $40 million');
    expect(words('fortune-marketing')).toBe('');
    expect(scene.table.rows.some((r) => r.join(' ').includes('at least $30 million'))).toBe(true);
    expect(scene.table.rows.some((r) => r.join(' ').includes('Fortune'))).toBe(true);
    expect(
      shownText(scene, 'cost:band-label')
        .map((m) => m.text)
        .join(' '),
    ).toContain('disputed: $40 million to $100 million');
    expect(scene.table.rows.filter((r) => r[0] === 'Reported cost')).toHaveLength(6);
    expect(scene.description).toContain('from $40 million (Breitbart) to $100 million (Business Insider)');
    expect(JSON.stringify(scene)).not.toContain('$74 million');
  });

  it('titles and tabulates what is shown', () => {
    const scene = lay(states['online-sales'] ?? none, 'wide');
    expect(scene.title).toBe('Money in U.S. dollars: online sales and box office');
    expect(scene.table.rows).toHaveLength(7);
    expect(scene.table.rows[0]).toEqual([
      'Online sales (Sony)',
      'Dec. 27, 2014',
      'over $15 million',
      '4 days through Dec. 27; over 2 million rentals and purchases',
    ]);
    expect(lay(none, 'wide').table.rows).toEqual([]);
  });
});

describe('layoutMoney on the story content', () => {
  checkStory('money');

  const states = storyStates('money');
  const lay = layStory('money');

  const real = Object.entries(states).flatMap(([id, state]) => SIZE_NAMES.map((z) => [id, z, state] as const));
  it.each(real)('%s at %s labels its highlights', (_id, size, state) => {
    const scene = lay(state, size);
    for (const id of state.highlight)
      expect(
        scene.marks.some((m) => m.type === 'text' && m.key.includes(`:${id}:label`)),
        id,
      ).toBe(true);
  });
});
