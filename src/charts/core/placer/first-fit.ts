/** The first free spot of a list, nearest first: for labels whose good spots a chart can list. */
import { nearestOnBox, type Anchor, type Box } from '../box.ts';
import { polylineBoxes } from '../segments.ts';
import { blockBox, blockHeight, type TextBlock } from '../text-block.ts';
import type { Placer } from './index.ts';

export type Spot = [x: number, top: number, anchor: Anchor];
export type Leader = [number, number, number, number];

/** Spots around (cx, cy) for a block, nearest first: above, beside, below, then further out. */
export function spotsAround(placer: Placer, cx: number, cy: number, r: number, block: TextBlock, rings: number[]): Spot[] {
  const h = blockHeight(block);
  const out: Spot[] = [];
  // Beside the point, a block near the top or bottom of the plot slides to stay inside it.
  const beside = Math.min(Math.max(cy - h / 2, placer.bounds.y0), placer.bounds.y1 - h);
  for (const d of rings) {
    out.push(
      [cx, cy - r - 4 - d - h, 'middle'],
      [cx - 4, cy - r - d - h, 'end'],
      [cx + 4, cy - r - d - h, 'start'],
      [cx + r + d, beside, 'start'],
      [cx - r - d, beside, 'end'],
      [cx, cy + r + 2 + d, 'middle'],
      [cx + 4, cy + r + d, 'start'],
      [cx - 4, cy + r + d, 'end'],
      [cx + r, cy + r + d, 'end'],
    );
  }
  return out;
}

/** A leader from the marker's edge to the nearest edge of its label, when the label stands off. */
function leaderTo(cx: number, cy: number, r: number, b: Box): Leader | undefined {
  const [nx, ny] = nearestOnBox(b, cx, cy);
  const dist = Math.hypot(nx - cx, ny - cy);
  if (dist < r + 14) return undefined;
  return [cx + ((nx - cx) * (r + 2)) / dist, cy + ((ny - cy) * (r + 2)) / dist, nx, ny];
}

/**
 * Takes the first spot where `block` (and its leader from the marker `from`, when it stands off)
 * fits, reserves it and returns it; undefined when none fits.
 */
export function placeFirst(
  placer: Placer,
  block: TextBlock,
  spots: Spot[],
  from?: [cx: number, cy: number, r: number],
): { x: number; top: number; anchor: Anchor; leader: Leader | undefined } | undefined {
  for (const [x, top, anchor] of spots) {
    const box = blockBox(block, x, top, anchor);
    if (!placer.fits([box])) continue;
    const leader = from ? leaderTo(from[0], from[1], from[2], box) : undefined;
    const leaderBoxes = leader
      ? polylineBoxes(
          [
            [leader[0], leader[1]],
            [leader[2], leader[3]],
          ],
          0.5,
          4,
        ).slice(0, -1)
      : [];
    if (placer.fits(leaderBoxes, 0.5)) {
      placer.reserve(box, ...leaderBoxes);
      return { x, top, anchor, leader };
    }
  }
  return undefined;
}
