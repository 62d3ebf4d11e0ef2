// @vitest-environment jsdom
/** The batched animation behind join(): interpolation as d3's interpolateString, one frame loop per step. */
import { describe, expect, it } from 'vitest';
import type { MarkTuple } from '../../src/lib/state-data.ts';
import { join } from '../../src/scrolly/join.ts';
import { interpolate } from '../../src/scrolly/tween.ts';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('interpolate', () => {
  it('moves every number of the target from the number at the same place, in the target’s text', () => {
    expect(interpolate('10', '20')(0.5)).toBe('15');
    expect(interpolate('M0,0L10,20', 'M10,10L30,40')(0.5)).toBe('M5,5L20,30');
    expect(interpolate('translate(0 0)', 'translate(100 -50)')(0.25)).toBe('translate(25 -12.5)');
    expect(interpolate('1e2', '0')(0.5)).toBe('50');
  });

  it('takes the target’s extra numbers as they are, and ends exactly on the target', () => {
    expect(interpolate('M0,0', 'M10,10L20,20')(0.5)).toBe('M5,5L20,20');
    expect(interpolate('0.1', '0.30000000000000004')(1)).toBe('0.30000000000000004');
  });

  it('switches text without numbers at the end', () => {
    const f = interpolate('middle', 'start');
    expect(f(0.99)).toBe('middle');
    expect(f(1)).toBe('start');
  });
});

describe('join animates a step as one', () => {
  const svg = () => {
    const s = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
    document.body.append(s);
    return s;
  };
  const bars = (x: number, n: number): MarkTuple[] =>
    Array.from({ length: n }, (_, i) => ['rect', { 'data-key': `b${String(i)}`, x, y: i, width: 5, height: 5 }] as MarkTuple);

  it('every moving mark is at the same point of its tween at any moment, and all arrive', async () => {
    const s = svg();
    join(s, bars(0, 40), 0);
    join(s, bars(100, 40), 300);
    await sleep(120);
    const xs = new Set([...s.children].map((e) => e.getAttribute('x')));
    expect(xs.size).toBe(1);
    const x = Number([...xs][0]);
    expect(x).toBeGreaterThan(0);
    expect(x).toBeLessThan(100);
    await sleep(400);
    expect([...s.children].map((e) => e.getAttribute('x'))).toEqual(Array(40).fill('100'));
  });

  it('new marks between kept ones land in paint order', () => {
    const s = svg();
    const m = (k: string): MarkTuple => ['circle', { 'data-key': k, r: 1 }];
    join(s, [m('a'), m('d')], 0);
    join(s, [m('a'), m('b'), m('c'), m('d'), m('e')], 200);
    expect([...s.children].map((e) => e.getAttribute('data-key'))).toEqual(['a', 'b', 'c', 'd', 'e']);
  });
});
