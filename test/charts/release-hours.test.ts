import { describe, expect, it } from 'vitest';
import type { Scene } from '../../src/charts/core/scene.ts';
import { SIZES, SIZE_NAMES, type SizeName } from '../../src/charts/index.ts';
import { clockAt, layoutReleaseHours, type ReleaseHoursData } from '../../src/charts/release-hours/layout.ts';
import type { ReleaseHoursParams } from '../../src/charts/release-hours/params.ts';
import { checkScenes } from './scene-checks.ts';
import { byKey, findKey, shownText } from './scene-queries.ts';
import { checkStory, layStory, storyStates } from './story.ts';
import type { RowOf } from '../../src/schemas/datasets.ts';
import { englishWords } from '../../src/content/catalog.ts';

type Row = RowOf<'release-hours'>;
function moment(id: string, hour: number, label: string, kind: Row['kind'], approx: boolean, hourEnd?: number): Row {
  return { id, sources: ['fixture'], hour, hour_end: hourEnd, approx, label, detail: `${label}, in one sentence.`, kind };
}

/** The first hours as the sources tell them, trimmed to what the layout reads. */
const data: ReleaseHoursData = {
  'release-hours': [
    moment('online-release', 0, 'Online release', 'legal', false),
    moment('first-copies', 1, 'First pirated copies', 'piracy', true),
    moment('canada-added', 0, 'Canada added', 'legal', true, 5),
    moment('tf-10h', 10, 'TorrentFreak: about 200,000', 'piracy', false),
    moment('counters-20h', 20, 'Torrent-site counters: at least 430,000', 'piracy', true),
    moment('tf-20h', 20, 'TorrentFreak: over 750,000', 'piracy', true),
    moment('excipio-27h', 27, 'Excipio: 904,237', 'piracy', true),
    moment('theatrical-opening', 11, 'Opens in theaters', 'theatre', true, 35),
  ],
  platforms: [
    { id: 'youtube-movies', sources: ['fixture'], platform: 'YouTube Movies', added: '2014-12-24', hour: 0 },
    { id: 'google-play', sources: ['fixture'], platform: 'Google Play', added: '2014-12-24', hour: 0 },
    { id: 'xbox-video', sources: ['fixture'], platform: 'Xbox Video', added: '2014-12-24', hour: 0 },
    { id: 'seetheinterview', sources: ['fixture'], platform: 'SeeTheInterview.com', added: '2014-12-24', hour: 0 },
    { id: 'itunes', sources: ['fixture'], platform: 'iTunes', added: '2014-12-28', hour: undefined },
  ],
  prices: [
    { id: 'rent', sources: ['fixture'], option: 'rent', price_usd: 5.99 },
    { id: 'buy', sources: ['fixture'], option: 'buy', price_usd: 14.99 },
  ],
};

type State = ReleaseHoursParams;
const all = data['release-hours'].map((r) => r.id);
const states: Record<string, State> = {
  empty: { reveal: [], highlight: [], platforms: false },
  launch: { reveal: ['online-release'], highlight: ['online-release'], platforms: true },
  'first-copy': { reveal: ['online-release', 'first-copies'], highlight: ['first-copies'], platforms: false },
  canada: { reveal: ['online-release', 'first-copies', 'canada-added'], highlight: ['canada-added'], platforms: false },
  'first-day': { reveal: all, highlight: ['tf-10h', 'counters-20h', 'tf-20h', 'excipio-27h'], platforms: false },
  'everything-with-panel': { reveal: all, highlight: [], platforms: true },
  'highlight-not-revealed': { reveal: ['online-release'], highlight: ['excipio-27h'], platforms: false },
};

const lay = (state: State, size: SizeName): Scene =>
  layoutReleaseHours(data, { ...SIZES[size], size, state, sources: [], words: englishWords });
const cases = Object.keys(states).flatMap((s) => SIZE_NAMES.map((z) => [s, z] as const));

describe('clockAt', () => {
  it.each([
    [0, '1 pm Dec. 24'],
    [11, 'midnight Dec. 25'],
    [12, '1 am Dec. 25'],
    [23, 'noon Dec. 25'],
    [1.5, '2:30 pm Dec. 24'],
  ])('hour %s is %s', (h, expected) => {
    expect(clockAt(h, englishWords)).toBe(expected);
  });
});

describe('layoutReleaseHours', () => {
  checkScenes({ layout: lay, states });

  it.each(cases)('%s at %s: shows exactly the revealed rows and labels the highlighted ones', (s, size) => {
    const state = states[s] ?? ({} as State);
    const scene = lay(state, size);
    for (const id of all) {
      const marker = findKey(scene, `row:${id}:marker`);
      expect(marker === undefined, `${id} left out`).toBe(!state.reveal.includes(id));
      if (!state.reveal.includes(id)) expect(shownText(scene, `row:${id}:label`)).toEqual([]);
    }
    for (const id of state.highlight.filter((h) => state.reveal.includes(h))) {
      const label = shownText(scene, `row:${id}:label`);
      expect(label.length, `${id} labelled`).toBeGreaterThan(0);
      expect(label.every((m) => m.className?.includes('is-highlight'))).toBe(true);
    }
  });

  it('runs the axis from hour 0 past the last hour, with clock times under the hours', () => {
    const scene = lay(states['first-day'] ?? ({} as State), 'wide');
    const ticks = scene.marks.filter((m) => /^axis-x:tick:\d+$/.test(m.key)).map((m) => Number(m.key.split(':')[2]));
    expect(ticks[0]).toBe(0);
    expect(Math.max(...ticks)).toBeGreaterThanOrEqual(30);
    expect(shownText(scene, 'axis-x:tick:0:label').map((m) => m.text)).toEqual(['0', '1 pm', 'Dec. 24']);
    expect(
      shownText(scene, 'axis-x:title')
        .map((m) => m.text)
        .join(' '),
    ).toContain('hour 0 = 1 pm Dec. 24');
  });

  it('draws spans as hatched bands labelled approximate, and approximate moments as estimates marked "about"', () => {
    const scene = lay(states['first-day'] ?? ({} as State), 'wide');
    const band = byKey(scene, 'row:canada-added:marker');
    if (band.type !== 'rect') throw new Error('Canada should be a band');
    const x0 = byKey(scene, 'row:online-release:marker');
    if (x0.type !== 'circle') throw new Error('online release should be a point');
    expect(band.x).toBeCloseTo(x0.cx, 0);
    expect(band.className).toContain('is-range');
    expect(band.className).toContain('is-estimate');
    expect(
      shownText(scene, 'row:canada-added:label')
        .map((m) => m.text)
        .join(' '),
    ).toContain('hours 0–5, approximate');
    expect(byKey(scene, 'row:excipio-27h:marker').className).toContain('is-estimate');
    expect(byKey(scene, 'row:tf-10h:marker').className).not.toContain('is-estimate');
    expect(
      shownText(scene, 'row:excipio-27h:label')
        .map((m) => m.text)
        .join(' '),
    ).toContain('about hour 27');
  });

  it('stacks the two hour-20 counts instead of drawing one over the other', () => {
    const scene = lay(states['first-day'] ?? ({} as State), 'compact');
    const a = byKey(scene, 'row:counters-20h:marker');
    const b = byKey(scene, 'row:tf-20h:marker');
    if (a.type !== 'circle' || b.type !== 'circle') throw new Error('points expected');
    expect(a.cx).toBe(b.cx);
    expect(Math.abs(a.cy - b.cy)).toBeGreaterThanOrEqual(a.r + b.r);
  });

  it('keeps each row at its hour as more rows are revealed', () => {
    const track = (s: Scene) => byKey(s, 'lane:piracy:track');
    expect(track(lay(states['first-copy'] ?? ({} as State), 'wide'))).toBeDefined();
    const a = byKey(lay(states['canada'] ?? ({} as State), 'wide'), 'row:online-release:marker');
    const b = byKey(lay(states['first-copy'] ?? ({} as State), 'wide'), 'row:online-release:marker');
    expect(a.type === 'circle' && b.type === 'circle' && a.cx === b.cx).toBe(true);
  });

  it.each(SIZE_NAMES)('lists platforms at hour 0 and prices in the panel at %s', (size) => {
    const scene = lay(states['launch'] ?? ({} as State), size);
    const words = shownText(scene, 'platforms:line')
      .map((m) => m.text)
      .join(' ');
    for (const p of ['YouTube Movies', 'Google Play', 'Xbox Video', 'SeeTheInterview.com']) expect(words).toContain(p);
    expect(words).toContain('Rent $5.99');
    expect(words).toContain('Buy $14.99');
    expect(words).toContain('iTunes (Dec. 28)');
    expect(byKey(scene, 'platforms:panel').opacity).toBeUndefined();
    expect(scene.description).toContain('$5.99 to rent or $14.99 to buy');
    expect(scene.table.rows.some((r) => r[3] === 'Rent: $5.99')).toBe(true);
    const hidden = lay(states['canada'] ?? ({} as State), size);
    expect(findKey(hidden, 'platforms:panel')).toBeUndefined();
    expect(shownText(hidden, 'platforms:line')).toEqual([]);
  });

  it('describes and tabulates the revealed rows only', () => {
    const scene = lay(states['canada'] ?? ({} as State), 'wide');
    expect(scene.title).toBe('The first 35 hours of the online release: Canada added');
    expect(scene.description).toContain('Canada added (hours 0–5, approximate)');
    expect(scene.description).toContain('Canada added, in one sentence.');
    expect(scene.table.columns).toEqual(['Hours since release', 'Time (ET)', 'Kind', 'What happened']);
    expect(scene.table.rows.map((r) => r[0])).toEqual(['hour 0', 'hours 0–5, approximate', 'about hour 1']);
    expect(scene.table.rows[1]?.[1]).toBe('about 1 pm Dec. 24 to 6 pm Dec. 24');
  });
});

describe('layoutReleaseHours on the story content', () => {
  checkStory('release-hours');

  const states = storyStates('release-hours');
  const lay = layStory('release-hours');

  const real = Object.entries(states).flatMap(([id, state]) => SIZE_NAMES.map((z) => [id, z, state] as const));
  it.each(real)('%s at %s labels its highlights', (_id, size, state) => {
    const scene = lay(state, size);
    for (const id of state.highlight) expect(shownText(scene, `row:${id}:label`).length, id).toBeGreaterThan(0);
  });
});
