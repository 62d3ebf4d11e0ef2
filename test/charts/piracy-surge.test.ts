import { describe, expect, it } from 'vitest';
import type { Mark, PathMark, Scene, TextMark } from '../../src/charts/core/scene.ts';
import { SIZES, SIZE_NAMES, type SizeName } from '../../src/charts/index.ts';
import { layoutPiracySurge, type PiracySurgeData } from '../../src/charts/piracy-surge/layout.ts';
import type { RowOf } from '../../src/schemas/datasets.ts';
import type { PiracySurgeParams } from '../../src/charts/piracy-surge/params.ts';
import { checkScenes } from './scene-checks.ts';
import { byKey, classes, findKey, texts } from './scene-queries.ts';
import { checkStory } from './story.ts';
import { englishWords } from '../../src/content/catalog.ts';

const estimates: RowOf<'piracy-estimates'>[] = [
  {
    id: 'tf-10h',
    sources: ['cbs', 'dailydot'],
    tracker: 'TorrentFreak',
    hours: 10,
    hours_approx: false,
    count: 200000,
    qualifier: 'about',
    method: 'BitTorrent downloads',
    note: undefined,
  },
  {
    id: 'tf-20h',
    sources: ['cbs', 'thehill'],
    tracker: 'TorrentFreak',
    hours: 20,
    hours_approx: false,
    count: 750000,
    qualifier: 'over',
    method: 'BitTorrent downloads',
    note: 'some outlets count the 20 hours from the first upload',
  },
  {
    id: 'variety-20h',
    sources: ['newsmax'],
    tracker: 'Torrent-site counters (Variety)',
    hours: 20,
    hours_approx: true,
    count: 430000,
    qualifier: 'at least',
    method: 'torrent-site download counters',
    note: 'about 16 hours after upload',
  },
  {
    id: 'excipio-27h',
    sources: ['variety-pirates', 'digitaltrends'],
    tracker: 'Excipio',
    hours: 27,
    hours_approx: true,
    count: 904237,
    qualifier: '',
    method: 'downloaders counted by a piracy-tracking firm',
    note: '28% in the U.S.',
  },
  {
    id: 'excipio-41h',
    sources: ['variety-pirates'],
    tracker: 'Excipio',
    hours: 41,
    hours_approx: true,
    count: 1700000,
    qualifier: 'at least',
    method: 'downloaders counted by a piracy-tracking firm',
    note: "Variety's wording of this update is ambiguous",
  },
];
const legalSales: RowOf<'legal-sales'>[] = [
  {
    id: 'through-dec-27',
    sources: ['variety-15m'],
    through: '2014-12-27',
    days: 4,
    transactions: 2000000,
    transactions_qualifier: 'over',
    spending_usd: 15000000,
    spending_qualifier: 'over',
  },
  {
    id: 'through-jan-4',
    sources: ['variety-31m'],
    through: '2015-01-04',
    days: 12,
    transactions: undefined,
    transactions_qualifier: '',
    spending_usd: 31000000,
    spending_qualifier: 'over',
  },
  {
    id: 'through-jan-18',
    sources: ['variety-40m'],
    through: '2015-01-18',
    days: 26,
    transactions: 5800000,
    transactions_qualifier: 'over',
    spending_usd: 40000000,
    spending_qualifier: 'over',
  },
];
const data: PiracySurgeData = { 'piracy-estimates': estimates, 'legal-sales': legalSales };

const TF = 'TorrentFreak';
const VARIETY = 'Torrent-site counters (Variety)';
const EXCIPIO = 'Excipio';
const ALL = [TF, VARIETY, EXCIPIO];

const STATE = {
  axesOnly: { trackers: [], highlight: [], legal: [] },
  torrentFreak10h: { trackers: [TF], highlight: ['tf-10h'], legal: [] },
  torrentFreak20h: { trackers: [TF], highlight: ['tf-20h'], legal: [] },
  allTrackers: { trackers: ALL, highlight: ['excipio-41h'], legal: [] },
  threeNotes: { trackers: ALL, highlight: ['tf-20h', 'variety-20h', 'excipio-27h'], legal: [] },
  sonyDec27: { trackers: ALL, highlight: [], legal: ['through-dec-27'] },
  everySonyReport: { trackers: ALL, highlight: ['excipio-41h'], legal: ['through-dec-27', 'through-jan-4', 'through-jan-18'] },
} satisfies Record<string, PiracySurgeParams>;
const STATES = Object.entries(STATE).map(([name, state]) => ({ name, state }));

const CASES = SIZE_NAMES.flatMap((size) => STATES.map((s) => ({ size, ...s })));

function layout(size: SizeName, state: PiracySurgeParams): Scene {
  return layoutPiracySurge(data, { ...SIZES[size], size, state, sources: [], words: englishWords });
}

const labelText = (s: Scene, prefix: string): string =>
  texts(s)
    .filter((t) => t.key.startsWith(prefix) && !t.key.endsWith(':leader'))
    .map((t) => t.text)
    .join(' ');
/** Vertices of a path of M/L commands. */
const vertices = (d: string): [number, number][] =>
  d
    .slice(1)
    .split('L')
    .map((p) => p.split(',').map(Number) as [number, number]);

describe('layoutPiracySurge', () => {
  // Before any tracker is shown, the description says only that.
  checkScenes({ layout: (state, size) => layout(size, state), states: STATE, brief: ['axesOnly'] });

  it.each(SIZE_NAMES)('%s: one line per tracker with two or more counts, never joining trackers', (size) => {
    const s = layout(size, STATE.allTrackers);
    const lines = s.marks.filter((m): m is PathMark => m.type === 'path' && m.key.endsWith(':line'));
    expect(lines.map((l) => l.key)).toEqual(['series:torrentfreak:line', 'series:excipio:line']);
    const tf = vertices((byKey(s, 'series:torrentfreak:line') as PathMark).d);
    const ex = vertices((byKey(s, 'series:excipio:line') as PathMark).d);
    expect(tf).toHaveLength(2);
    expect(ex).toHaveLength(2);
    // Counts go up within a tracker (y shrinks upwards) and time runs left to right.
    const [[x0, y0] = [0, 0], [x1, y1] = [0, 0]] = tf;
    expect(x1).toBeGreaterThan(x0);
    expect(y1).toBeLessThan(y0);
    // No TorrentFreak vertex is an Excipio vertex.
    for (const v of tf) expect(ex).not.toContainEqual(v);
  });

  it.each([
    { state: STATE.torrentFreak10h, shown: ['torrentfreak'], hidden: ['torrent-site-counters-variety', 'excipio'] },
    { state: STATE.allTrackers, shown: ['torrentfreak', 'torrent-site-counters-variety', 'excipio'], hidden: [] },
    { state: STATE.axesOnly, shown: [], hidden: ['torrentfreak', 'torrent-site-counters-variety', 'excipio'] },
  ])('shows trackers $shown and leaves out $hidden', ({ state, shown, hidden }) => {
    const s = layout('compact', state);
    const of = (slug: string): Mark[] => s.marks.filter((m) => m.key.startsWith(`series:${slug}:`) && !m.key.endsWith(':leader'));
    for (const slug of shown) expect(of(slug).length, slug).toBeGreaterThan(0);
    for (const slug of hidden) expect(of(slug), slug).toEqual([]);
  });

  it('draws every count as an estimate, with its own shape per tracker and approximate hours marked', () => {
    const s = layout('wide', STATE.allTrackers);
    const points = s.marks.filter((m) => m.key.includes(':point:'));
    expect(points).toHaveLength(estimates.length);
    for (const p of points) expect(classes(p)).toContain('is-estimate');
    const shapeOf = (key: string): string | undefined => classes(byKey(s, key)).find((c) => c.startsWith('shape-'));
    const shapes = new Set([
      shapeOf('series:torrentfreak:point:tf-10h'),
      shapeOf('series:torrent-site-counters-variety:point:variety-20h'),
      shapeOf('series:excipio:point:excipio-27h'),
    ]);
    expect(shapes.size).toBe(3);
    expect(classes(byKey(s, 'series:excipio:point:excipio-27h'))).toContain('is-approx');
    expect(classes(byKey(s, 'series:torrentfreak:point:tf-10h'))).not.toContain('is-approx');
    expect(classes(byKey(s, 'series:excipio:point:excipio-41h'))).toContain('is-highlight');
  });

  it.each([
    { id: 'tf-10h', trackers: [TF], text: 'about 200,000 after 10 hours' },
    { id: 'tf-20h', trackers: [TF], text: 'over 750,000 after 20 hours' },
    { id: 'variety-20h', trackers: ALL, text: 'at least 430,000 after about 20 hours' },
    { id: 'excipio-27h', trackers: ALL, text: '904,237 after about 27 hours' },
    { id: 'excipio-41h', trackers: ALL, text: 'at least 1.7 million after about 41 hours' },
  ])('annotates $id with its qualifier: "$text"', ({ id, trackers, text }) => {
    for (const size of SIZE_NAMES) {
      const s = layout(size, { trackers, highlight: [id], legal: [] });
      expect(labelText(s, `note:${id}:`)).toBe(text);
      const others = texts(s).filter((m) => m.key.startsWith('note:') && !m.key.startsWith(`note:${id}:`));
      expect(others).toEqual([]);
    }
  });

  it('labels series directly at their ends, with no legend', () => {
    const s = layout('compact', STATE.allTrackers);
    expect(labelText(s, 'series:torrentfreak:label:')).toBe('TorrentFreak');
    expect(labelText(s, 'series:excipio:label:')).toBe('Excipio');
    expect(labelText(s, 'series:torrent-site-counters-variety:label:')).toBe('Torrent-site counters (Variety)');
  });

  it.each(SIZE_NAMES)('%s: the hour axis stretches to take in a Sony report when one is shown', (size) => {
    const before = layout(size, STATE.allTrackers);
    const after = layout(size, STATE.sonyDec27);
    expect(findKey(before, 'axis-x:tick:48:label:0')).toBeDefined();
    expect(findKey(before, 'axis-x:tick:96:label:0')).toBeUndefined();
    expect((byKey(after, 'axis-x:tick:96:label:0') as TextMark).text).toBe('96 h');
    const point = byKey(after, 'legal:through-dec-27:point') as PathMark;
    expect(point.opacity ?? 1).toBe(1);
    expect(classes(point)).toContain('is-legal');
    // Sony's day 4 lands at hour 96, the end of the stretched axis.
    const [mx = NaN] = (point.d.slice(1).split(/[LAZ]/)[0] ?? '').split(',').map(Number);
    const tick = byKey(after, 'axis-x:tick:96:label:0') as TextMark;
    expect(Math.abs(mx - tick.x)).toBeLessThan(8);
    expect(labelText(after, 'legal:through-dec-27:label:')).toBe('Sony: over 2 million legal rentals and purchases through Dec. 27');
  });

  it('draws no point for a Sony report without a transaction count, and says so in the table', () => {
    const s = layout('wide', STATE.everySonyReport);
    expect(s.marks.some((m) => m.key.startsWith('legal:through-jan-4'))).toBe(false);
    const row = s.table.rows.find((r) => r[1]?.includes('day 12'));
    expect(row?.[2]).toBe('not reported');
  });

  it.each(SIZE_NAMES)('%s: y-axis ticks are keyed by value, so a tick both states have moves with the scale', (size) => {
    const s = layout(size, STATE.allTrackers);
    const ticks = texts(s).filter((t) => t.key.startsWith('axis-y:tick:'));
    // Three ticks: the axis is context, and every tick is a label to read.
    expect(ticks.map((t) => t.text)).toEqual(['0', '1M', '2M']);
    expect(ticks.map((t) => t.key)).toContain('axis-y:tick:1000000:label:0');
  });

  it.each([
    {
      state: STATE.torrentFreak10h,
      rows: 2,
      mentions: ['TorrentFreak counted about 200,000 after 10 hours and over 750,000 after 20 hours'],
      absent: ['Sony'],
    },
    {
      state: STATE.allTrackers,
      rows: 5,
      mentions: [
        'one series per tracker',
        'at least 1.7 million after about 41 hours',
        'Highlighted: at least 1.7 million by Excipio after about 41 hours',
      ],
      absent: ['Sony'],
    },
    {
      state: STATE.sonyDec27,
      rows: 6,
      mentions: ['over 2 million legal rentals and purchases through Dec. 27, 2014', 'different measure from downloads'],
      absent: [],
    },
  ])('describes the state in words and tables $rows rows', ({ state, rows, mentions, absent }) => {
    const s = layout('compact', state);
    for (const m of mentions) expect(s.description).toContain(m);
    for (const m of absent) expect(s.description).not.toContain(m);
    expect(s.table.rows).toHaveLength(rows);
  });

  it('tables approximate hours with a tilde, estimates as estimates, and Sony as a different measure', () => {
    const s = layout('compact', STATE.sonyDec27);
    const row = (id: string): string[] | undefined => s.table.rows.find((r) => r.join('|').includes(id));
    expect(row('904,237')?.[1]).toBe('~27 h');
    expect(row('about 200,000')?.[1]).toBe('10 h');
    expect(row('at least 1,700,000')?.[3]).toContain('(estimate)');
    const sony = row('Sony');
    expect(sony?.[1]).toBe('96 h (day 4, through Dec. 27, 2014)');
    expect(sony?.[2]).toBe('over 2,000,000');
    expect(sony?.[3]).toContain('different measure from downloads');
  });

  it('draws only numbers that come from the rows', () => {
    const fromRows = [
      ...estimates.flatMap((e) => [String(e.hours), e.count.toLocaleString('en-US')]),
      ...legalSales.flatMap((l) =>
        l.transactions ? [l.transactions.toLocaleString('en-US'), String(l.days * 24), l.through.slice(-2)] : [],
      ),
    ];
    const axis = /^axis-/;
    for (const c of CASES) {
      for (const t of texts(layout(c.size, c.state))) {
        if (axis.test(t.key)) continue;
        for (const n of t.text.match(/\d[\d,.]*/g) ?? []) {
          const ok = fromRows.some((f) => f === n || f.replace(/,/g, '').startsWith(n.replace('.', '')));
          expect(ok, `${t.key} "${t.text}"`).toBe(true);
        }
      }
    }
  });
});

describe('layoutPiracySurge on the story content', () => {
  checkStory('piracy-surge');
});
