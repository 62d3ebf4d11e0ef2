/** For markers along one axis (events on a timeline, moments in a lane), where labels beside them would collide. */
import type { Anchor, Box } from './box.ts';
import { createPlacer, reserve } from './placer.ts';
import { blockBox, blockHeight, type TextBlock } from './text-block.ts';

/**
 * A label on a flagpole: a vertical leader rises from `foot` at `x` to the label's top, and the
 * label hangs beside it on one side.
 */
export interface Flag {
  id: string;
  x: number;
  /** Where the leader starts (the top of the marker it belongs to, less a gap). */
  foot: number;
  block: TextBlock;
  /** Placed before the others, and counted first when arrangements are compared. */
  priority: boolean;
}

export interface FlagPlacement {
  /** x of the text anchor. */
  lx: number;
  top: number;
  anchor: Anchor;
}

export interface FlagLayout {
  placed: Map<string, FlagPlacement>;
  /** Priority flags placed, other flags placed, minus the total leader length: larger is better. */
  score: [number, number, number];
}

const FLAG_GAP = 4;

/**
 * Places flags above their feet, each as low as it can go without its label or leader touching
 * anything else; a flag that finds no room is left out (never overlapped).
 *
 * A dense cluster reads best as a tent: flags left of some split hang to the left of their leaders,
 * rising towards the split, and flags right of it hang to the right. Every split is tried, with and
 * without priority flags first; the arrangement that places all priority flags, then the most
 * others, with the shortest leaders, wins.
 */
export function placeFlags(flags: Flag[], bounds: Box, obstacles: Box[]): FlagLayout {
  const sorted = [...flags].sort((a, b) => a.x - b.x);
  const attempt = (split: number, priorityFirst: boolean, sideFirst: boolean): FlagLayout => {
    // Leaders may run along each other (a stack's flags share one), so they are kept apart from
    // labels and markers, which nothing may cross.
    const solid = createPlacer(bounds);
    const poles = createPlacer(bounds);
    reserve(solid, ...obstacles);
    const staircase = [...sorted.slice(0, split), ...sorted.slice(split).reverse()];
    const order = priorityFirst ? [...staircase.filter((f) => f.priority), ...staircase.filter((f) => !f.priority)] : staircase;
    const placed = new Map<string, FlagPlacement>();
    let leaderLength = 0;
    for (const f of order) {
      const h = blockHeight(f.block);
      const lowest = f.foot - FLAG_GAP - h;
      const lowestTop = (anchor: Anchor): number | undefined => {
        const lx = anchor === 'start' ? f.x + FLAG_GAP : f.x - FLAG_GAP;
        const at0 = blockBox(f.block, lx, 0, anchor);
        if (at0.x0 < bounds.x0 || at0.x1 > bounds.x1) return undefined;
        // The label must sit below anything in the leader's column.
        let minTop = bounds.y0;
        for (const b of solid.placed) if (b.x0 < f.x + 1 && b.x1 > f.x - 1 && b.y0 < f.foot) minTop = Math.max(minTop, b.y1 + 0.5);
        const near = [...solid.placed, ...poles.placed].filter((b) => b.x0 < at0.x1 + 2 && b.x1 > at0.x0 - 2);
        return [lowest, ...near.map((b) => b.y0 - 2.01 - h)]
          .filter((t) => t <= lowest && t >= minTop)
          .sort((a, b) => b - a)
          .find((t) => near.every((b) => !(t < b.y1 + 2 && b.y0 < t + h + 2)));
      };
      const sides: Anchor[] = sorted.indexOf(f) < split ? ['end', 'start'] : ['start', 'end'];
      const [first, second] = sides as [Anchor, Anchor];
      const t1 = lowestTop(first);
      const t2 = lowestTop(second);
      const pick: [Anchor, number] | undefined =
        t1 !== undefined && (sideFirst || t2 === undefined || t1 >= t2) ? [first, t1] : t2 !== undefined ? [second, t2] : undefined;
      if (!pick) continue;
      const [anchor, top] = pick;
      const lx = anchor === 'start' ? f.x + FLAG_GAP : f.x - FLAG_GAP;
      reserve(solid, blockBox(f.block, lx, top, anchor));
      reserve(poles, { x0: f.x - 0.5, y0: top, x1: f.x + 0.5, y1: f.foot });
      placed.set(f.id, { lx, top, anchor });
      leaderLength += f.foot - top;
    }
    const hi = sorted.filter((f) => f.priority && placed.has(f.id)).length;
    return { placed, score: [hi, placed.size - hi, -leaderLength] };
  };
  let best = attempt(0, true, true);
  for (let split = 0; split <= sorted.length; split++) {
    for (const priorityFirst of [true, false]) {
      for (const sideFirst of [true, false]) {
        const a = attempt(split, priorityFirst, sideFirst);
        const i = a.score.findIndex((v, k) => v !== best.score[k]);
        if (i >= 0 && (a.score[i] ?? 0) > (best.score[i] ?? 0)) best = a;
      }
    }
  }
  return best;
}
