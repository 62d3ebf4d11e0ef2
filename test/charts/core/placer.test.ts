/** The one label placer (src/charts/core/placer/): its spatial index and its strategies. */
import { describe, expect, it } from 'vitest';
import { overlaps, type Box } from '../../../src/charts/core/box.ts';
import { dodge } from '../../../src/charts/core/placer/dodge.ts';
import { placeFlags, type Flag } from '../../../src/charts/core/placer/flags.ts';
import { GridIndex } from '../../../src/charts/core/placer/grid.ts';
import { Placer } from '../../../src/charts/core/placer/index.ts';
import { Obstacles, placeNear } from '../../../src/charts/core/placer/near.ts';
import { blockBox, textBlock } from '../../../src/charts/core/text-block.ts';

/** Boxes spread over a 600 × 400 canvas by a fixed rule (no randomness in tests). */
const boxes: Box[] = Array.from({ length: 300 }, (_, i) => {
  const x = (i * 97) % 600;
  const y = (i * 53) % 400;
  return { x0: x, y0: y, x1: x + 5 + (i % 40), y1: y + 4 + (i % 13) };
});

describe('GridIndex.search', () => {
  const index = new GridIndex<number>();
  boxes.forEach((b, i) => {
    index.insert(b, i);
  });
  it.each([
    [{ x0: 0, y0: 0, x1: 600, y1: 400 }, 0],
    [{ x0: 100, y0: 100, x1: 140, y1: 130 }, 0],
    [{ x0: 590, y0: 390, x1: 700, y1: 500 }, 3],
    [{ x0: -50, y0: -50, x1: -10, y1: -10 }, 0],
    [{ x0: 250, y0: 0, x1: 251, y1: 400 }, 2],
  ])('finds exactly what a scan of every box finds: %j, pad %s', (q, pad) => {
    const grown = { x0: q.x0 - pad, y0: q.y0 - pad, x1: q.x1 + pad, y1: q.y1 + pad };
    const scan = boxes.flatMap((b, i) => (b.x0 <= grown.x1 && grown.x0 <= b.x1 && b.y0 <= grown.y1 && grown.y0 <= b.y1 ? [i] : []));
    expect(
      index
        .search(q, pad)
        .map((e) => e.item)
        .sort((a, b) => a - b),
    ).toEqual(scan);
  });
});

describe('Placer', () => {
  it.each([
    ['a free box inside the bounds', { x0: 10, y0: 10, x1: 20, y1: 20 }, true],
    ['a box over a taken one', { x0: 45, y0: 45, x1: 55, y1: 55 }, false],
    ['a box within the padding of a taken one', { x0: 61, y0: 40, x1: 70, y1: 50 }, false],
    ['a box outside the bounds', { x0: 95, y0: 10, x1: 105, y1: 20 }, false],
  ])('fits %s: %s', (_name, box, fits) => {
    const p = new Placer({ x0: 0, y0: 0, x1: 100, y1: 100 });
    p.reserve({ x0: 40, y0: 40, x1: 60, y1: 60 });
    expect(p.fits([box])).toBe(fits);
  });
});

describe('placeFlags', () => {
  const flags = (n: number, priority: (i: number) => boolean): Flag[] =>
    Array.from({ length: n }, (_, i) => ({
      id: `f${i}`,
      x: 20 + ((i * 37) % 560),
      foot: 380,
      block: textBlock([`Event number ${i}`], 'small'),
      priority: priority(i),
    }));
  it.each([
    ['a few flags', 5],
    ['a crowd of flags', 40],
    ['more flags than are ever tried', 400],
  ])('places %s without overlap, inside the bounds, priority flags first', (_name, n) => {
    const bounds = { x0: 0, y0: 0, x1: 600, y1: 390 };
    const all = flags(n, (i) => i % 7 === 0);
    const { placed } = placeFlags(all, bounds, []);
    const placedBoxes = all.flatMap((f) => {
      const p = placed.get(f.id);
      return p ? [blockBox(f.block, p.lx, p.top, p.anchor)] : [];
    });
    placedBoxes.forEach((a, i) => {
      for (const b of placedBoxes.slice(i + 1)) expect(overlaps(a, b)).toBe(false);
    });
    for (const b of placedBoxes) expect(b.x0 >= 0 && b.x1 <= 600 && b.y0 >= 0 && b.y1 <= 390).toBe(true);
    const first = all.find((f) => f.priority);
    if (first) expect(placed.has(first.id)).toBe(true);
  });
});

describe('placeNear', () => {
  it.each([
    ['nothing in the way: the first side', [], 'right'],
    ['text on the right: another side', [{ x0: 105, y0: 80, x1: 200, y1: 120 }], 'not right'],
  ])('%s', (_name, texts, expected) => {
    const obstacles = new Obstacles();
    obstacles.text(...texts);
    const p = placeNear(textBlock(['Label'], 'label'), 100, 100, ['right', 'left', 'above', 'below'], obstacles, {
      x0: 0,
      y0: 0,
      x1: 300,
      y1: 300,
    });
    if (expected === 'right') expect(p.anchor).toBe('start');
    for (const t of texts) expect(overlaps(p.box, t)).toBe(false);
  });
});

describe('dodge', () => {
  it.each([
    ['apart already', [0, 50, 100], [10, 10, 10], 0, 200, [0, 50, 100]],
    ['overlapping: pushed apart', [10, 12, 14], [10, 10, 10], 0, 200, [10, 20, 30]],
    ['against the end: pushed back inside', [190, 195], [10, 10], 0, 200, [180, 190]],
    ['out of order: input order kept', [30, 10], [10, 10], 0, 200, [30, 10]],
  ])('%s', (_name, targets, sizes, min, max, out) => {
    expect(dodge(targets, sizes, min, max)).toEqual(out);
  });
});
