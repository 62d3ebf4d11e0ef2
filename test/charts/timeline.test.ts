import { describe, expect, it } from 'vitest';
import type { Scene } from '../../src/charts/core/scene.ts';
import { SIZES, SIZE_NAMES, type SizeName } from '../../src/charts/index.ts';
import { layoutTimeline, type TimelineData } from '../../src/charts/timeline/layout.ts';
import type { TimelineParams } from '../../src/charts/timeline/params.ts';
import { checkScenes } from './scene-checks.ts';
import { byKey, findKey, shownText } from './scene-queries.ts';
import { checkStory, layStory, storyStates } from './story.ts';
import type { RowOf } from '../../src/schemas/datasets.ts';
import { englishWords } from '../../src/content/catalog.ts';

type Phase = RowOf<'timeline'>['phase'];
function event(id: string, date: string, label: string, phase: Phase, time?: string): RowOf<'timeline'> {
  return { id, sources: ['fixture'], date, time, label, detail: `${label}, in one sentence.`, phase };
}

/** The facts of the story, trimmed to what the layout reads. */
const data: TimelineData = {
  timeline: [
    event('hack', '2014-11-24', 'Sony Pictures hacked', 'hack'),
    event('pirate-bay-raid', '2014-12-09', 'Pirate Bay taken offline', 'hack'),
    event('threats', '2014-12-16', 'Threats against theaters', 'cancellation'),
    event('cancellation', '2014-12-17', 'Sony cancels the release', 'cancellation'),
    event('fbi-obama', '2014-12-19', 'FBI names North Korea', 'cancellation'),
    event('limited-release', '2014-12-23', 'Limited release announced', 'release'),
    event('online-release', '2014-12-24', 'Online release', 'release', '13:00'),
    event('first-copies', '2014-12-24', 'First pirated copies (time approximate)', 'release', '14:00'),
    event('canada-added', '2014-12-24', 'Canada added', 'release'),
    event('theatrical-opening', '2014-12-25', 'Opens in theaters', 'release'),
    event('sales-dec28', '2014-12-28', 'First sales report; iTunes added', 'aftermath'),
    event('sales-jan6', '2015-01-06', '$31 million online; theaters expand', 'aftermath'),
    event('sales-jan20', '2015-01-20', '$40 million online', 'aftermath'),
  ],
  theaters: [
    {
      id: 'planned',
      sources: ['fixture'],
      date: '2014-12-25',
      count: 3000,
      count_low: undefined,
      qualifier: 'about',
      label: 'Screens planned for the Dec. 25 wide release',
    },
    {
      id: 'opening',
      sources: ['fixture'],
      date: '2014-12-25',
      count: 331,
      count_low: 300,
      qualifier: 'about',
      label: 'Independent theaters on opening day',
    },
    {
      id: 'expanded',
      sources: ['fixture'],
      date: '2015-01-06',
      count: 558,
      count_low: undefined,
      qualifier: '',
      label: 'Theaters after the expansion',
    },
  ],
};

type State = TimelineParams;
const base: State = { highlight: [], theaters: [] };
const states: Record<string, State> = {
  none: base,
  hack: { ...base, highlight: ['hack'] },
  cancellation: { ...base, highlight: ['cancellation'], theaters: ['planned'] },
  reversal: { ...base, highlight: ['fbi-obama', 'limited-release'] },
  release: { ...base, highlight: ['online-release', 'theatrical-opening'], theaters: ['planned', 'opening'] },
  'same-day': { ...base, highlight: ['online-release', 'first-copies', 'canada-added', 'theatrical-opening'] },
  zoom: { ...base, highlight: ['online-release'], from: '2014-12-16', to: '2014-12-28' },
  'zoom-out-of-view-highlight': {
    ...base,
    highlight: ['hack', 'sales-jan6'],
    from: '2014-12-20',
    to: '2015-01-10',
    theaters: ['opening', 'expanded'],
  },
  'all-theaters': { ...base, highlight: ['sales-jan20'], theaters: ['planned', 'opening', 'expanded'] },
};

const lay = (state: State, size: SizeName): Scene =>
  layoutTimeline(data, { ...SIZES[size], size, state, sources: [], words: englishWords });

describe('layoutTimeline', () => {
  checkScenes({ layout: lay, states });

  const cases = Object.keys(states).flatMap((s) => SIZE_NAMES.map((z) => [s, z] as const));

  it.each(cases)('%s at %s: labels every highlighted event in view', (s, size) => {
    const state = states[s] ?? base;
    const scene = lay(state, size);
    const from = state.from ?? '0000';
    const to = state.to ?? '9999';
    for (const id of state.highlight) {
      const row = data.timeline.find((r) => r.id === id);
      const inView = row !== undefined && row.date >= from && row.date <= to;
      const label = shownText(scene, `event:${id}:label`);
      expect(label.length > 0, `${id} labelled`).toBe(inView);
      if (inView) expect(label.every((m) => m.className?.includes('is-highlight'))).toBe(true);
    }
  });

  it('leaves out events outside the zoom and lists only those in view', () => {
    const scene = lay(states['zoom'] ?? base, 'wide');
    expect(findKey(scene, 'event:hack:dot')).toBeUndefined();
    expect(findKey(scene, 'event:hack:leader')).toBeUndefined();
    expect(shownText(scene, 'event:hack:label')).toEqual([]);
    expect(byKey(scene, 'event:online-release:dot').opacity).toBeUndefined();
    expect(scene.table.rows.map((r) => r[2])).not.toContain('Sony Pictures hacked');
    expect(scene.table.rows).toHaveLength(9);
    expect(scene.description).toContain('Dec. 16, 2014 to Dec. 28, 2014');
  });

  it('zooming spreads the days apart', () => {
    const full = lay(base, 'wide');
    const zoom = lay(states['zoom'] ?? base, 'wide');
    const gap = (s: Scene) => {
      const a = byKey(s, 'event:limited-release:dot');
      const b = byKey(s, 'event:theatrical-opening:dot');
      return a.type === 'circle' && b.type === 'circle' ? b.cx - a.cx : NaN;
    };
    expect(gap(zoom)).toBeGreaterThan(3 * gap(full));
  });

  it('stacks same-day dots instead of drawing them over each other', () => {
    const scene = lay(base, 'wide');
    const ys = ['online-release', 'first-copies', 'canada-added'].map((id) => {
      const m = byKey(scene, `event:${id}:dot`);
      return m.type === 'circle' ? m.cy : NaN;
    });
    expect(new Set(ys).size).toBe(3);
  });

  it.each(SIZE_NAMES)('draws theater counts as bars, with the disputed opening count as a range, at %s', (size) => {
    const scene = lay(states['release'] ?? base, size);
    const planned = byKey(scene, 'theaters:planned:bar');
    const opening = byKey(scene, 'theaters:opening:bar');
    const range = byKey(scene, 'theaters:opening:range');
    if (planned.type !== 'rect' || opening.type !== 'rect' || range.type !== 'rect') throw new Error('bars missing');
    // 300 solid, 300 to 331 hatched, on the scale where 3,000 is the planned bar.
    expect(opening.width / planned.width).toBeCloseTo(300 / 3000, 2);
    expect(range.width / planned.width).toBeCloseTo(31 / 3000, 2);
    expect(range.x).toBeCloseTo(opening.x + opening.width, 1);
    expect(range.className).toContain('is-range');
    expect(range.opacity).toBeUndefined();
    expect(findKey(scene, 'theaters:planned:range')).toBeUndefined();
    expect(findKey(scene, 'theaters:expanded:bar')).toBeUndefined();
    const words = shownText(scene, 'theaters:opening:label')
      .map((m) => m.text)
      .join(' ');
    expect(words).toContain('about 331');
    expect(words).toContain('300 to 331');
    expect(scene.description).toContain('about 3,000');
    expect(scene.table.rows.some((r) => r.includes('Independent theaters on opening day'))).toBe(true);
  });

  it('draws no theater panel when no theaters are asked for', () => {
    const scene = lay(states['hack'] ?? base, 'compact');
    expect(scene.marks.filter((m) => m.key.startsWith('theaters:'))).toEqual([]);
  });

  it.each(SIZE_NAMES)(
    'builds up step by step at %s: the past muted and named shortly, the step in full, later events faint and unlabelled',
    (size) => {
      const scene = lay(states['reversal'] ?? base, size);
      expect(byKey(scene, 'event:threats:dot').className).toContain('is-muted');
      expect(
        shownText(scene, 'event:threats:label')
          .map((m) => m.text)
          .join(' '),
      ).toBe('Threats against theaters');
      expect(byKey(scene, 'event:limited-release:dot').className).toContain('is-highlight');
      expect(
        shownText(scene, 'event:limited-release:label')
          .map((m) => m.text)
          .join(' '),
      ).toContain('Dec. 23: Limited');
      for (const id of ['online-release', 'sales-jan20']) {
        expect(byKey(scene, `event:${id}:dot`).className).toContain('is-future');
        expect(shownText(scene, `event:${id}:label`)).toEqual([]);
      }
      // Without a highlight nothing is still to come: every event is named.
      expect(shownText(lay(base, size), 'event:sales-jan20:label').length).toBeGreaterThan(0);
    },
  );

  it('titles and describes the state in words', () => {
    const scene = lay(states['hack'] ?? base, 'wide');
    expect(scene.title).toBe('Timeline, Nov. 24, 2014 to Jan. 20, 2015: Sony Pictures hacked');
    expect(scene.description).toContain('Highlighted, Nov. 24, 2014: Sony Pictures hacked, in one sentence.');
    expect(scene.table.columns).toEqual(['Date', 'Time (ET)', 'Event', 'Details']);
    expect(scene.table.rows[7]).toEqual(['Dec. 24, 2014', '1 pm', 'Online release', 'Online release, in one sentence.']);
  });
});

describe('layoutTimeline on the story content', () => {
  checkStory('timeline');

  const states = storyStates('timeline');
  const lay = layStory('timeline');

  const cases = Object.entries(states).flatMap(([id, state]) => SIZE_NAMES.map((z) => [id, z, state] as const));
  it.each(cases)('%s at %s labels its highlights', (_id, size, state) => {
    const scene = lay(state, size);
    for (const id of state.highlight) expect(shownText(scene, `event:${id}:label`).length, id).toBeGreaterThan(0);
  });
});
