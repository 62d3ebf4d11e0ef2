import { describe, expect, it } from 'vitest';
import type { PathMark, Scene, TextMark } from '../../src/charts/core/scene.ts';
import { SIZES, SIZE_NAMES, type SizeName } from '../../src/charts/index.ts';
import { layoutLockoutMap, type LockoutMapData } from '../../src/charts/lockout-map/layout.ts';
import type { RowOf } from '../../src/schemas/datasets.ts';
import type { LockoutMapParams } from '../../src/charts/lockout-map/params.ts';
import { checkScenes } from './scene-checks.ts';
import { byKey, classes, texts } from './scene-queries.ts';
import { checkStory } from './story.ts';
import { englishWords } from '../../src/content/catalog.ts';

const availability: RowOf<'availability'>[] = [
  {
    id: 'us',
    sources: ['variety-pirates'],
    region: 'U.S.',
    iso_numeric: 840,
    status: 'legal',
    from_hour: 0,
    when: 'from 1 pm ET, Dec. 24',
  },
  {
    id: 'canada',
    sources: ['cbs', 'dailydot'],
    region: 'Canada',
    iso_numeric: 124,
    status: 'legal',
    from_hour: undefined,
    when: 'added that afternoon',
  },
  {
    id: 'rest-of-world',
    sources: ['cbs'],
    region: 'Rest of the world',
    iso_numeric: undefined,
    status: 'locked',
    from_hour: undefined,
    when: 'no legal online release',
  },
];
const share: RowOf<'downloader-share'>[] = [
  { id: 'us', sources: ['variety-pirates'], location: 'U.S.', share_pct: 28, of_estimate: 'excipio-27h', derived: false },
  {
    id: 'outside-us',
    sources: ['variety-pirates'],
    location: 'Outside the U.S.',
    share_pct: 72,
    of_estimate: 'excipio-27h',
    derived: true,
  },
];
const estimates: RowOf<'piracy-estimates'>[] = [
  {
    id: 'tf-20h',
    sources: ['cbs'],
    tracker: 'TorrentFreak',
    hours: 20,
    hours_approx: false,
    count: 750000,
    qualifier: 'over',
    method: 'BitTorrent downloads',
    note: undefined,
  },
  {
    id: 'excipio-27h',
    sources: ['variety-pirates'],
    tracker: 'Excipio',
    hours: 27,
    hours_approx: true,
    count: 904237,
    qualifier: '',
    method: 'downloaders counted by a piracy-tracking firm',
    note: '28% in the U.S.',
  },
];
const data: LockoutMapData = { availability, 'downloader-share': share, 'piracy-estimates': estimates };

const STATE = {
  nothingLegal: { legal: [], share: false },
  usOnly: { legal: ['us'], share: false },
  canadaAdded: { legal: ['us', 'canada'], emphasize: 'canada', share: false },
  share: { legal: ['us', 'canada'], share: true },
  shareEmphasis: { legal: ['us', 'canada'], emphasize: 'rest-of-world', share: true },
} satisfies Record<string, LockoutMapParams>;
const STATES = Object.entries(STATE).map(([name, state]) => ({ name, state }));

const CASES = SIZE_NAMES.flatMap((size) => STATES.map((s) => ({ size, ...s })));

function layout(size: SizeName, state: LockoutMapParams): Scene {
  return layoutLockoutMap(data, { ...SIZES[size], size, state, sources: [], words: englishWords });
}

describe('layoutLockoutMap', () => {
  checkScenes({ layout: (state, size) => layout(size, state), states: STATE });

  it.each(SIZE_NAMES)('%s: one geography mark per region, the same path in every state, under 25 KB', (size) => {
    const geo = (s: Scene): PathMark[] => s.marks.filter((m): m is PathMark => m.type === 'path' && m.key.startsWith('geo:'));
    const [first = [], ...rest] = STATES.map((s) => geo(layout(size, s.state)));
    expect(first.map((m) => m.key)).toEqual(['geo:us', 'geo:canada', 'geo:rest-of-world']);
    for (const g of rest) expect(g.map((m) => m.d)).toEqual(first.map((m) => m.d));
    const bytes = first.reduce((n, m) => n + m.d.length, 0);
    expect(bytes).toBeGreaterThan(1000);
    expect(bytes).toBeLessThan(25_000);
  });

  it.each([
    { state: STATE.usOnly, legal: ['us'], locked: ['canada', 'rest-of-world'] },
    { state: STATE.canadaAdded, legal: ['us', 'canada'], locked: ['rest-of-world'] },
    { state: STATE.nothingLegal, legal: [], locked: ['us', 'canada', 'rest-of-world'] },
  ])('draws $legal as legal and $locked as locked out', ({ state, legal, locked }) => {
    const s = layout('compact', state);
    for (const id of legal) expect(classes(byKey(s, `geo:${id}`))).toContain('is-legal');
    for (const id of locked) expect(classes(byKey(s, `geo:${id}`))).toContain('is-locked');
  });

  it.each([
    { state: STATE.usOnly, canada: 'not yet available online' },
    { state: STATE.canadaAdded, canada: 'added that afternoon' },
  ])('labels each region with its name and when: Canada "$canada"', ({ state, canada }) => {
    const s = layout('compact', state);
    const label = (id: string): string =>
      texts(s)
        .filter((t) => t.key.startsWith(`label:${id}:`))
        .map((t) => t.text)
        .join(' ');
    expect(label('us')).toBe('U.S. from 1 pm ET, Dec. 24');
    expect(label('canada')).toBe(`Canada ${canada}`);
    expect(label('rest-of-world')).toBe('Rest of the world no legal online release');
  });

  it('emphasises one region and mutes the others', () => {
    const s = layout('wide', STATE.canadaAdded);
    expect(classes(byKey(s, 'geo:canada'))).toContain('is-highlight');
    expect(classes(byKey(s, 'label:canada:0'))).toContain('is-highlight');
    expect(classes(byKey(s, 'geo:us'))).toContain('is-muted');
    expect(s.description).toContain('Highlighted: Canada, added that afternoon.');
  });

  it.each([{ share: false }, { share: true }])('draws the share bar only when share is $share', ({ share: on }) => {
    for (const size of SIZE_NAMES) {
      const s = layout(size, { legal: ['us', 'canada'], share: on });
      const bar = s.marks.filter((m) => m.key.startsWith('share:'));
      expect(bar.length > 0).toBe(on);
    }
  });

  it.each(SIZE_NAMES)('%s: share bar splits 28/72 with direct labels and the tracker count', (size) => {
    const s = layout(size, { legal: ['us', 'canada'], share: true });
    const us = byKey(s, 'share:us:bar');
    const out = byKey(s, 'share:outside-us:bar');
    if (us.type !== 'rect' || out.type !== 'rect') throw new Error('expected rects');
    expect(us.width / (us.width + out.width)).toBeCloseTo(0.28, 1);
    expect(classes(out)).toContain('is-derived');
    expect(classes(us)).not.toContain('is-derived');
    expect((byKey(s, 'share:us:label:0') as TextMark).text).toBe('U.S. 28%');
    expect((byKey(s, 'share:outside-us:label:0') as TextMark).text).toBe('Outside the U.S. 72%');
    const caption = texts(s)
      .filter((t) => t.key.startsWith('share:caption:'))
      .map((t) => t.text)
      .join(' ');
    expect(caption).toBe("of Excipio's 904,237 estimated downloaders");
  });

  it('shows no per-country piracy figure: the only percentages are the share bar labels', () => {
    for (const size of SIZE_NAMES) {
      const s = layout(size, STATE.share);
      const pct = texts(s).filter((t) => /\d%/.test(t.text));
      expect(pct.map((t) => t.key).sort()).toEqual(['share:outside-us:label:0', 'share:us:label:0']);
    }
  });

  it('draws only numbers that come from the rows', () => {
    const allowed = new Set(['1', '24', '28', '72', '904,237']);
    for (const c of CASES) {
      for (const t of texts(layout(c.size, c.state))) {
        for (const n of t.text.match(/\d[\d,]*/g) ?? []) expect(allowed, `${t.key} "${t.text}"`).toContain(n);
      }
    }
  });

  it.each([
    { state: STATE.usOnly, rows: 3, mentions: ['U.S. (from 1 pm ET, Dec. 24)', 'Canada and Rest of the world'] },
    {
      state: STATE.share,
      rows: 5,
      mentions: ["Of Excipio's 904,237 estimated downloaders", 'Outside the U.S. 72% (derived, not reported)', 'no country-by-country'],
    },
  ])('describes the state in words and tables $rows rows', ({ state, rows, mentions }) => {
    const s = layout('compact', state);
    for (const m of mentions) expect(s.description).toContain(m);
    expect(s.table.rows).toHaveLength(rows);
  });

  it('marks the derived share as derived in the table', () => {
    const s = layout('compact', STATE.share);
    const outside = s.table.rows.find((r) => r[0] === 'Pirate downloaders: Outside the U.S.');
    expect(outside?.[1]).toBe('72%');
    expect(outside?.[2]).toContain('derived');
    const us = s.table.rows.find((r) => r[0] === 'Pirate downloaders: U.S.');
    expect(us?.[2]).toContain('reported');
  });
});

describe('layoutLockoutMap on the story content', () => {
  checkStory('lockout-map');
});
