/**
 * Details on demand: the tips built from the rows (src/charts/tips.ts) and where the browser puts
 * them (src/scrolly/tip-place.ts). Expected figures are read from the dataset rows, never typed.
 */
import fc from 'fast-check';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SIZE_NAMES } from '../../src/charts/index.ts';
import { loadContent } from '../../src/content/load.ts';
import { chartStateView } from '../../src/lib/figures.ts';
import { markTuple } from '../../src/lib/state-data.ts';
import { tipFor, tipsFor } from '../../src/charts/tips.ts';
import { readPath } from '../charts/path-points.ts';
import { fitTransform, intersects, markBox, placeTip } from '../../src/scrolly/tip-place.ts';
import { englishWords } from '../../src/content/catalog.ts';

const model = loadContent(join(import.meta.dirname, '..', '..'));
const views = model.charts.flatMap((c) => c.states.map((s) => chartStateView(model, c.id, s.id)));
const scenes = views.flatMap((v) => SIZE_NAMES.map((size) => v.scenes[size]));
const rowOf = (datum: string) => {
  const [id = '', rowId] = datum.split('/');
  const rows = Object.values(model.datasets).find((d) => d.id === id)?.rows as ({ id: string; sources: string[] } & Record<
    string,
    unknown
  >)[];
  const row = rows.find((r) => r.id === rowId);
  if (!row) throw new Error(`no row ${datum}`);
  return row;
};
const outletsOf = (r: { sources: string[] }) => r.sources.map((id) => model.sources.find((s) => s.id === id)?.outlet ?? '');
const digits = (s: string) => s.replace(/,/g, '');

describe('tips from the rows', () => {
  const tips = tipsFor(scenes, model.datasets, model.sources, englishWords);

  it('every chart has data points, and every point has a tip', () => {
    for (const chart of model.charts) {
      const marks = views.filter((v) => v.chart === chart.id).flatMap((v) => v.scenes.wide.marks);
      const datums = marks.flatMap((m) => (m.datum ? [m.datum] : []));
      expect(datums.length, chart.id).toBeGreaterThan(0);
      for (const d of datums) expect(tips[d], d).toBeDefined();
    }
  });

  it('each tip names its row, gives its figure and ends with every outlet of its sources, once each', () => {
    for (const [datum, lines] of Object.entries(tips)) {
      const row = rowOf(datum);
      const text = digits(lines.join(' '));
      for (const col of ['count', 'amount_usd', 'gross_usd', 'share_pct', 'transactions'] as const) {
        const v = row[col];
        if (typeof v !== 'number') continue;
        // Money reads in millions ("$15 million"), counts in digits ("750,000").
        const shown = col === 'amount_usd' || col === 'gross_usd' ? `$${String(v / 1e6)} million` : String(v);
        expect(text, datum).toContain(shown);
      }
      const outlets = [...new Set(outletsOf(row))];
      expect(lines.at(-1), datum).toBe(`${outlets.length === 1 ? 'Source' : 'Sources'}: ${outlets.join(', ')}`);
      for (const col of ['label', 'tracker', 'region', 'location', 'platform'] as const)
        if (typeof row[col] === 'string') expect(lines[0], datum).toBe(row[col]);
    }
  });

  it('says "estimate" where the row qualifies its figure with "about", and nowhere else', () => {
    for (const [datum, lines] of Object.entries(tips)) {
      const row = rowOf(datum);
      const about = ['qualifier', 'spending_qualifier', 'transactions_qualifier'].some((q) => row[q] === 'about');
      expect(lines.join(' ').includes('(estimate)'), datum).toBe(about);
    }
  });

  it('gives the time of a timed row: its date, or its hours since the release', () => {
    for (const [datum, lines] of Object.entries(tips)) {
      const row = rowOf(datum);
      if (datum.startsWith('piracy-estimates/'))
        expect(lines.join(' '), datum).toContain(`${String(row['hours'])} hours after the online release`);
      if (datum.startsWith('timeline/')) expect(lines[1], datum).toMatch(new RegExp(`, ${String(row['date']).slice(0, 4)}`));
    }
  });

  it('refuses a datum that names no row, naming the mark and the row', () => {
    expect(() => tipFor('piracy-estimates/nope', model.datasets, model.sources, englishWords, 'series:x:point:nope')).toThrow(
      /mark "series:x:point:nope" has datum "piracy-estimates\/nope", but dataset piracy-estimates has no row "nope"/,
    );
    expect(() => tipFor('no-such-dataset/x', model.datasets, model.sources, englishWords)).toThrow(
      /expected "<dataset-id>\/<row-id>" naming a dataset/,
    );
  });
});

describe('where a tip goes', () => {
  it('finds each data mark where it is drawn (circles, bars, ticks and arc-drawn markers alike)', () => {
    for (const m of scenes.flatMap((s) => s.marks).filter((x) => x.datum)) {
      const box = markBox(markTuple(m));
      expect(box, m.key).toBeDefined();
      if (m.type === 'circle') expect(box).toEqual({ x0: m.cx - m.r, y0: m.cy - m.r, x1: m.cx + m.r, y1: m.cy + m.r });
      if (m.type === 'path') {
        // Every point the path passes through (arcs included) is inside the box.
        const { points, unreadable } = readPath(m.d);
        expect(unreadable, m.key).toEqual([]);
        for (const [x, y] of points)
          expect(intersects({ x0: x - 0.01, y0: y - 0.01, x1: x + 0.01, y1: y + 0.01 }, box ?? { x0: 0, y0: 0, x1: 0, y1: 0 }), m.key).toBe(
            true,
          );
      }
    }
  });

  it('maps SVG units to the page as "xMidYMid meet" does, letterboxed', () => {
    const toPage = fitTransform({ x0: 100, y0: 50, x1: 500, y1: 550 }, 640, 480);
    // 400 px wide for 640 units: scale 0.625, 300 px tall, centred in 500 px of height.
    expect(toPage({ x0: 0, y0: 0, x1: 640, y1: 480 })).toEqual({ x0: 100, y0: 150, x1: 500, y1: 450 });
  });

  it('never covers the point and never leaves the view, wherever the point is', () => {
    const view = { x0: 8, y0: 8, x1: 367, y1: 732 };
    fc.assert(
      fc.property(
        fc.double({ min: 8, max: 360, noNaN: true }),
        fc.double({ min: 8, max: 720, noNaN: true }),
        fc.double({ min: 2, max: 30, noNaN: true }),
        fc.double({ min: 60, max: 359, noNaN: true }),
        fc.double({ min: 20, max: 300, noNaN: true }),
        (x, y, r, w, h) => {
          const point = { x0: x - r, y0: y - r, x1: x + r, y1: y + r };
          const tip = placeTip(point, w, h, view);
          expect(tip.x0).toBeGreaterThanOrEqual(view.x0);
          expect(tip.y0).toBeGreaterThanOrEqual(view.y0);
          expect(tip.x1).toBeLessThanOrEqual(view.x1 + 1e-9);
          expect(tip.y1).toBeLessThanOrEqual(view.y1 + 1e-9);
          expect(intersects(tip, point)).toBe(false);
        },
      ),
    );
  });

  it('prefers above the point, then below', () => {
    const view = { x0: 0, y0: 0, x1: 1000, y1: 800 };
    expect(placeTip({ x0: 490, y0: 390, x1: 510, y1: 410 }, 200, 100, view)).toEqual({ x0: 400, y0: 282, x1: 600, y1: 382 });
    expect(placeTip({ x0: 490, y0: 10, x1: 510, y1: 30 }, 200, 100, view).y0).toBe(38);
  });
});
