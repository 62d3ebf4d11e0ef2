/** Labels free to sit on any side of their point, unlike flags (flags.ts), which stand above an axis. */
import { grow, insideBox, nearestOnBox, overlaps, type Anchor, type Box } from '../box.ts';
import { segmentHitsBox } from '../segments.ts';
import { blockBox, blockHeight, type TextBlock } from '../text-block.ts';
import { GridIndex } from './grid.ts';

/** Where a label sits relative to the point it names. */
export type Side = 'right' | 'left' | 'above' | 'below' | 'above-left' | 'above-right' | 'below-left' | 'below-right';

export interface Placement {
  x: number;
  top: number;
  anchor: Anchor;
  box: Box;
}

type Segment = [number, number, number, number];

/** What labels keep off: other text (never overlapped), markers and lines (best avoided). */
export class Obstacles {
  readonly texts = new GridIndex<Box>();
  readonly marks = new GridIndex<Box>();
  readonly segments = new GridIndex<Segment>();

  text(...boxes: Box[]): void {
    for (const b of boxes) this.texts.insert(b, b);
  }

  mark(...boxes: Box[]): void {
    for (const b of boxes) this.marks.insert(b, b);
  }

  segment(ax: number, ay: number, bx: number, by: number): void {
    this.segments.insert({ x0: Math.min(ax, bx), y0: Math.min(ay, by), x1: Math.max(ax, bx), y1: Math.max(ay, by) }, [ax, ay, bx, by]);
  }
}

const offsetCache = new Map<number, [number, number][]>();

/** Grid offsets within `max` steps, nearest first; at each distance, smaller x shifts and upward first. */
function offsets(max: number): [number, number][] {
  let out = offsetCache.get(max);
  if (!out) {
    out = [];
    for (let i = -max; i <= max; i++) for (let j = -max; j <= max; j++) out.push([i, j]);
    out.sort((a, b) => Math.hypot(a[0], a[1]) - Math.hypot(b[0], b[1]) || Math.abs(a[0]) - Math.abs(b[0]) || b[1] - a[1] || b[0] - a[0]);
    offsetCache.set(max, out);
  }
  return out;
}

function spot(block: TextBlock, px: number, py: number, side: Side, gap: number, dx: number, dy: number): Placement {
  const h = blockHeight(block);
  let x = px;
  let top = py - h / 2;
  let anchor: Anchor = 'middle';
  if (side === 'right' || side === 'above-right' || side === 'below-right') {
    anchor = 'start';
    x = px + (side === 'right' ? gap : 2);
  } else if (side === 'left' || side === 'above-left' || side === 'below-left') {
    anchor = 'end';
    x = px - (side === 'left' ? gap : 2);
  }
  if (side.startsWith('above')) top = py - gap - h;
  else if (side.startsWith('below')) top = py + gap;
  top += dy;
  x += dx;
  return { x, top, anchor, box: blockBox(block, x, top, anchor) };
}

/**
 * Puts `block` next to the point (px, py): tries each side in order, then the same sides nudged
 * further out, and keeps the first spot inside `bounds` that touches no obstacle. When none is
 * free it keeps the spot with the fewest collisions, so a crowded chart still gets a label.
 */
export function placeNear(
  block: TextBlock,
  px: number,
  py: number,
  sides: Side[],
  obstacles: Obstacles,
  bounds: Box,
  { gap = 8, spacing = 3, nudge = 6, maxNudge = 14 }: { gap?: number; spacing?: number; nudge?: number; maxNudge?: number } = {},
): Placement {
  const own = (o: Box): boolean => px >= o.x0 && px <= o.x1 && py >= o.y0 && py <= o.y1;
  const collisions = (c: Placement): number => {
    const b = grow(c.box, spacing);
    let score =
      100 * obstacles.texts.search(b).filter((o) => overlaps(o.item, b)).length +
      5 * obstacles.marks.search(b).filter((o) => overlaps(o.item, b)).length +
      obstacles.segments.search(b).filter(({ item: [ax, ay, bx, by] }) => segmentHitsBox(ax, ay, bx, by, b)).length;
    // A label set apart gets a leader line; that line must not run through other text or markers.
    const [ex, ey] = nearestOnBox(c.box, px, py);
    if (Math.hypot(ex - px, ey - py) > gap + 3) {
      const span = { x0: Math.min(px, ex), y0: Math.min(py, ey), x1: Math.max(px, ex), y1: Math.max(py, ey) };
      score += 50 * obstacles.texts.search(span).filter((o) => segmentHitsBox(px, py, ex, ey, o.item)).length;
      score += 20 * obstacles.marks.search(span).filter((o) => !own(o.item) && segmentHitsBox(px, py, ex, ey, o.item)).length;
    }
    return score;
  };
  let best: Placement | undefined;
  let bestScore = Infinity;
  let fallback: Placement | undefined;
  for (const [i, j] of offsets(maxNudge)) {
    for (const side of sides) {
      const c = spot(block, px, py, side, gap, i * nudge, j * nudge);
      fallback ??= c;
      if (!insideBox(c.box, bounds)) continue;
      const score = collisions(c);
      if (score === 0) return c;
      if (score < bestScore) {
        bestScore = score;
        best = c;
      }
    }
  }
  return best ?? fallback ?? spot(block, px, py, sides[0] ?? 'right', gap, 0, 0);
}
