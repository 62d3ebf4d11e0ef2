/** The shared axis helper (src/charts/core/axis.ts). */
import { describe, expect, it } from 'vitest';
import { bottomAxis, leftAxis, thinTicks, tickLabel, ticksFit, type AxisTick } from '../../../src/charts/core/axis.ts';
import type { LineMark, TextMark } from '../../../src/charts/core/scene.ts';

const tick = (value: number, at: number, text = `${value}`): AxisTick => ({ value, at, lines: [text] });

describe('tickLabel', () => {
  it.each([
    ['in the middle', 100, 'middle', 100],
    ['near the left edge', 3, 'start', 1],
    ['near the right edge', 198, 'end', 200],
  ] as const)('%s (at %s): anchored %s, flush with its tick less the edge shift', (_where, at, anchor, x) => {
    const l = tickLabel(tick(1, at, 'Dec. 24'), 20, 0, 200, 2);
    expect(l.anchor).toBe(anchor);
    expect(l.x).toBeCloseTo(x, 6);
    expect(l.box.x0).toBeGreaterThanOrEqual(0);
    expect(l.box.x1).toBeLessThanOrEqual(200);
  });
});

describe('thinTicks and ticksFit', () => {
  it.each([
    ['spaced ticks all stay', [0, 50, 100, 150], 10, [0, 50, 100, 150]],
    ['crowded ticks thin out, the first always staying', [0, 5, 10, 15, 50], 10, [0, 50]],
    ['no ticks', [], 10, []],
  ])('%s', (_name, ats, gap, kept) => {
    const ticks = ats.map((a) => tick(a, a + 20));
    expect(thinTicks(ticks, 0, 0, 400, gap).map((t) => t.value)).toEqual(kept);
    expect(ticksFit(ticks, 0, 400, gap)).toBe(kept.length === ats.length);
  });
});

describe('bottomAxis', () => {
  it('draws a tick mark and its label lines per tick, keyed by value, under the axis line', () => {
    const marks = bottomAxis({
      y: 100,
      line: [10, 190],
      ticks: [tick(0, 10), { value: 'd', at: 100, lines: ['Dec. 24', 'day 0'] }],
      min: 0,
      max: 200,
    });
    expect(marks.map((m) => m.key)).toEqual([
      'axis-x:line',
      'axis-x:tick:0',
      'axis-x:tick:0:label:0',
      'axis-x:tick:d',
      'axis-x:tick:d:label:0',
      'axis-x:tick:d:label:1',
    ]);
    const mark = marks[1] as LineMark;
    expect([mark.y1, mark.y2]).toEqual([100, 105]);
    for (const t of marks.filter((m): m is TextMark => m.type === 'text')) expect(t.y).toBeGreaterThan(105);
  });
});

describe('leftAxis', () => {
  it('draws the zero line darker than the grid, with values right-aligned left of the plot', () => {
    const marks = leftAxis({
      from: 40,
      to: 300,
      ticks: [
        { value: 0, at: 200, text: '0' },
        { value: 5, at: 100, text: '5' },
      ],
    });
    expect(marks.map((m) => [m.key, m.className])).toEqual([
      ['axis-y:tick:0', 'axis-line'],
      ['axis-y:tick:0:label:0', 'text-axis axis-label'],
      ['axis-y:tick:5', 'axis-grid'],
      ['axis-y:tick:5:label:0', 'text-axis axis-label'],
    ]);
    const label = marks[1] as TextMark;
    expect(label.anchor).toBe('end');
    expect(label.x).toBeLessThan(40);
  });
});
