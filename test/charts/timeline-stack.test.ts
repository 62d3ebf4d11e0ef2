/**
 * The timeline's stack levels (src/charts/timeline/stack.ts) and leaders (leaders.ts) against the
 * plain scans they replace, which cost the square of a stack's height.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { raiseLeaders, type Dot, type Leader } from '../../src/charts/timeline/leaders.ts';
import { StackLevels } from '../../src/charts/timeline/stack.ts';

/** The rule stated plainly: the lowest level none of whose dots is within max(r, r') + 0.5. */
function levelsByScan(dots: { x: number; r: number }[]): number[] {
  const placed: { x: number; r: number; level: number }[] = [];
  return dots.map(({ x, r }) => {
    let level = 0;
    while (placed.some((d) => d.level === level && Math.abs(d.x - x) < Math.max(d.r, r) + 0.5)) level++;
    placed.push({ x, r, level });
    return level;
  });
}

const RADII = [5.5, 4, 3];

describe('StackLevels', () => {
  it('stacks dots of one x straight up and a dot clear of them at the bottom', () => {
    const s = new StackLevels(5, RADII);
    expect([s.place(10, 4), s.place(10, 5.5), s.place(10, 3), s.place(16, 4), s.place(16.4, 3)]).toEqual([0, 1, 2, 0, 1]);
  });

  it('gives the same level as trying level after level, for any dots in x order', () => {
    fc.assert(
      fc.property(fc.array(fc.record({ x: fc.integer({ min: 0, max: 400 }), r: fc.constantFrom(...RADII) }), { maxLength: 120 }), (raw) => {
        // Quarter-pixel steps, so many dots land exactly at, just inside and just outside each other's reach.
        const dots = raw.map((d) => ({ x: d.x / 4, r: d.r })).sort((a, b) => a.x - b.x);
        const s = new StackLevels(dots.length, RADII);
        expect(dots.map((d) => s.place(d.x, d.r))).toEqual(levelsByScan(dots));
      }),
      { seed: 20141224, numRuns: 300 },
    );
  });

  it('refuses dots out of x order, a radius it was not told of, and more dots than its capacity', () => {
    const s = new StackLevels(2, RADII);
    s.place(10, 4);
    expect(() => s.place(9, 4)).toThrow(/left to right/);
    expect(() => s.place(11, 7)).toThrow(/radius 7/);
    s.place(10, 4);
    expect(() => s.place(10, 4)).toThrow(/capacity/);
  });
});

/** The rule stated plainly: climb to the highest dot within r + 1 of the leader whose top is above its foot, until none is. */
function raiseByScan(leaders: Leader[], dots: Dot[]): void {
  for (const e of leaders) {
    for (;;) {
      const blocking = dots
        .filter((p) => p.id !== e.row.id && p.y < e.foot + p.r + 3 && Math.abs(p.x - e.leaderX) < p.r + 1)
        .sort((p, q) => p.y - q.y)[0];
      if (!blocking) break;
      e.leaderX = blocking.x;
      e.foot = blocking.y - blocking.r - 3;
    }
  }
}

describe('raiseLeaders', () => {
  it('starts each leader at the top of the stack over its dot, as a scan of every dot does', () => {
    fc.assert(
      fc.property(fc.array(fc.record({ x: fc.integer({ min: 0, max: 200 }), r: fc.constantFrom(5.5, 4) }), { maxLength: 80 }), (raw) => {
        const sorted = raw.map((d) => ({ x: d.x / 4, r: d.r })).sort((a, b) => a.x - b.x);
        const levels = new StackLevels(sorted.length, [5.5, 4]);
        const dots: Dot[] = sorted.map((d, i) => ({ ...d, y: 300 - 13 * levels.place(d.x, d.r), id: `e${String(i)}` }));
        const leaders = () => dots.map((d) => ({ row: { id: d.id }, leaderX: d.x, foot: d.y - d.r - 3 }));
        const fast = leaders();
        const plain = leaders();
        raiseLeaders(fast, dots, 5.5);
        raiseByScan(plain, dots);
        expect(fast).toEqual(plain);
        // Many dots share a stack: some leaders must have climbed, or this test tests nothing.
        if (dots.length > 40) expect(fast.some((f, i) => f.foot !== plain[i]?.foot || f.foot < (dots[i]?.y ?? 0) - 10)).toBe(true);
      }),
      { seed: 20141217, numRuns: 200 },
    );
  });
});
