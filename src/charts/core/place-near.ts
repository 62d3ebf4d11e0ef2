/** For labels free to sit on any side of their point, unlike flags (flags.ts), which stand above an axis. */
import { grow, nearestOnBox, overlaps, type Anchor, type Box } from './box.ts';
import { labelBox, type LabelBlock } from './label-block.ts';
import { segmentHitsBox } from './segments.ts';

/** Where a label sits relative to the point it names. */
export type Side = 'right' | 'left' | 'above' | 'below' | 'above-left' | 'above-right' | 'below-left' | 'below-right';

export interface Placement {
  x: number;
  top: number;
  anchor: Anchor;
  box: Box;
}

export interface Obstacles {
  /** Other text: a label must never overlap it. */
  texts: Box[];
  /** Markers: best avoided. */
  marks: Box[];
  /** Lines: best avoided. */
  segments: [number, number, number, number][];
}

/**
 * Puts `block` next to the point (px, py): tries each side in order, then the same sides nudged
 * up and down, and keeps the first spot inside `bounds` that touches no obstacle. When none is
 * free it keeps the spot with the fewest collisions, so a crowded chart still gets a label.
 */
export function placeNear(
  block: LabelBlock,
  px: number,
  py: number,
  sides: Side[],
  obstacles: Obstacles,
  bounds: Box,
  { gap = 8, spacing = 3, nudge = 6, maxNudge = 14 }: { gap?: number; spacing?: number; nudge?: number; maxNudge?: number } = {},
): Placement {
  const h = block.height;
  const at = (side: Side, dx: number, dy: number): Placement => {
    let x = px;
    let top = py - h / 2;
    let anchor: Placement['anchor'] = 'middle';
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
    return { x, top, anchor, box: labelBox(block, x, top, anchor) };
  };
  // Offsets nearest first; at each distance, sides in the order of preference.
  const offsets: [number, number][] = [];
  for (let i = -maxNudge; i <= maxNudge; i++) for (let j = -maxNudge; j <= maxNudge; j++) offsets.push([i, j]);
  offsets.sort((a, b) => Math.hypot(a[0], a[1]) - Math.hypot(b[0], b[1]) || Math.abs(a[0]) - Math.abs(b[0]) || b[1] - a[1] || b[0] - a[0]);
  const candidates: Placement[] = [];
  for (const [i, j] of offsets) for (const side of sides) candidates.push(at(side, i * nudge, j * nudge));
  const fits = (c: Placement): boolean => c.box.x0 >= bounds.x0 && c.box.y0 >= bounds.y0 && c.box.x1 <= bounds.x1 && c.box.y1 <= bounds.y1;
  const own = (o: Box): boolean => px >= o.x0 && px <= o.x1 && py >= o.y0 && py <= o.y1;
  const collisions = (c: Placement): number => {
    const b = grow(c.box, spacing);
    let score =
      100 * obstacles.texts.filter((o) => overlaps(o, b)).length +
      5 * obstacles.marks.filter((o) => overlaps(o, b)).length +
      obstacles.segments.filter(([ax, ay, bx, by]) => segmentHitsBox(ax, ay, bx, by, b)).length;
    // A label set apart gets a leader line; that line must not run through other text or markers.
    const [ex, ey] = nearestOnBox(c.box, px, py);
    if (Math.hypot(ex - px, ey - py) > gap + 3) {
      score += 50 * obstacles.texts.filter((o) => segmentHitsBox(px, py, ex, ey, o)).length;
      score += 20 * obstacles.marks.filter((o) => !own(o) && segmentHitsBox(px, py, ex, ey, o)).length;
    }
    return score;
  };
  const inBounds = candidates.filter(fits);
  const pool = inBounds.length ? inBounds : candidates;
  let best: Placement = pool[0] ?? at(sides[0] ?? 'right', 0, 0);
  let bestScore = Infinity;
  for (const c of pool) {
    const score = collisions(c);
    if (score === 0) return c;
    if (score < bestScore) {
      bestScore = score;
      best = c;
    }
  }
  return best;
}
