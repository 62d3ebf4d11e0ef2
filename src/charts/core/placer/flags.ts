/** Labels on flagpoles above an axis (events on a timeline, moments in a lane), where labels beside them would collide. */
import type { Anchor, Box } from '../box.ts';
import { blockBox, blockHeight, type TextBlock } from '../text-block.ts';
import { Placer } from './index.ts';

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
/** Every split is tried for up to this many flags; beyond, a few evenly spread ones and those at priority flags. */
const MAX_SPLITS = 24;
const FEW_SPLITS = 8;
/**
 * More flags than any chart has room for are not all tried: priority flags and an even sample of
 * the others, this many in all, so a dataset ten or a hundred times longer costs no more to place.
 */
const MAX_FLAGS = 48;

function sample(flags: Flag[]): Flag[] {
  if (flags.length <= MAX_FLAGS) return flags;
  const priority = flags.filter((f) => f.priority);
  const others = flags.filter((f) => !f.priority);
  const room = Math.max(0, MAX_FLAGS - priority.length);
  const picked = new Set(Array.from({ length: room }, (_, i) => others[Math.floor((i * others.length) / room)]));
  return flags.filter((f) => f.priority || picked.has(f));
}

function attempt(
  sorted: Flag[],
  rank: Map<Flag, number>,
  split: number,
  priorityFirst: boolean,
  sideFirst: boolean,
  bounds: Box,
  obstacles: Box[],
): FlagLayout {
  // Leaders may run along each other (a stack's flags share one), so they are kept apart from
  // labels and markers, which nothing may cross.
  const solid = new Placer(bounds);
  const poles = new Placer(bounds);
  solid.reserve(...obstacles);
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
      for (const b of solid.near({ x0: f.x - 1, y0: bounds.y0, x1: f.x + 1, y1: f.foot })) {
        if (b.x0 < f.x + 1 && b.x1 > f.x - 1 && b.y0 < f.foot) minTop = Math.max(minTop, b.y1 + 0.5);
      }
      const span = { x0: at0.x0 - 2, y0: minTop - h - 3, x1: at0.x1 + 2, y1: lowest + h + 3 };
      const near = [...solid.near(span), ...poles.near(span)].filter((b) => b.x0 < at0.x1 + 2 && b.x1 > at0.x0 - 2);
      return [lowest, ...near.map((b) => b.y0 - 2.01 - h)]
        .filter((t) => t <= lowest && t >= minTop)
        .sort((a, b) => b - a)
        .find((t) => near.every((b) => !(t < b.y1 + 2 && b.y0 < t + h + 2)));
    };
    const sides: Anchor[] = (rank.get(f) ?? 0) < split ? ['end', 'start'] : ['start', 'end'];
    const [first, second] = sides as [Anchor, Anchor];
    const t1 = lowestTop(first);
    const t2 = lowestTop(second);
    const pick: [Anchor, number] | undefined =
      t1 !== undefined && (sideFirst || t2 === undefined || t1 >= t2) ? [first, t1] : t2 !== undefined ? [second, t2] : undefined;
    if (!pick) continue;
    const [anchor, top] = pick;
    const lx = anchor === 'start' ? f.x + FLAG_GAP : f.x - FLAG_GAP;
    solid.reserve(blockBox(f.block, lx, top, anchor));
    poles.reserve({ x0: f.x - 0.5, y0: top, x1: f.x + 0.5, y1: f.foot });
    placed.set(f.id, { lx, top, anchor });
    leaderLength += f.foot - top;
  }
  const hi = sorted.filter((f) => f.priority && placed.has(f.id)).length;
  return { placed, score: [hi, placed.size - hi, -leaderLength] };
}

/**
 * Places flags above their feet, each as low as it can go without its label or leader touching
 * anything else; a flag that finds no room is left out (never overlapped).
 *
 * A dense cluster reads best as a tent: flags left of some split hang to the left of their leaders,
 * rising towards the split, and flags right of it hang to the right. Splits are tried (every one
 * for a few flags, a bounded set for many), with and without priority flags first; the arrangement
 * that places all priority flags, then the most others, with the shortest leaders, wins.
 */
export function placeFlags(flags: Flag[], bounds: Box, obstacles: Box[]): FlagLayout {
  const sorted = [...sample(flags)].sort((a, b) => a.x - b.x);
  const n = sorted.length;
  const splits =
    n + 1 <= MAX_SPLITS
      ? Array.from({ length: n + 1 }, (_, i) => i)
      : [
          ...new Set([
            ...Array.from({ length: FEW_SPLITS }, (_, i) => Math.round((i * n) / (FEW_SPLITS - 1))),
            ...sorted.flatMap((f, i) => (f.priority ? [i, i + 1] : [])).slice(0, FEW_SPLITS),
          ]),
        ].sort((a, b) => a - b);
  const rank = new Map(sorted.map((f, i) => [f, i]));
  let best = attempt(sorted, rank, 0, true, true, bounds, obstacles);
  for (const split of splits) {
    for (const priorityFirst of [true, false]) {
      for (const sideFirst of [true, false]) {
        const a = attempt(sorted, rank, split, priorityFirst, sideFirst, bounds, obstacles);
        const i = a.score.findIndex((v, k) => v !== best.score[k]);
        if (i >= 0 && (a.score[i] ?? 0) > (best.score[i] ?? 0)) best = a;
      }
    }
  }
  return best;
}
