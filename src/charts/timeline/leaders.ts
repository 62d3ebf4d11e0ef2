/**
 * Where each event's leader rises from. A leader rises from its dot; where a dot sits over it, it
 * rises from the top of that stack instead, at that stack's x, so it never runs through a dot and
 * one stack's leaders draw as one line.
 *
 * The dot in the way is the highest one within `r + 1` of the leader's x whose top is above the
 * leader's foot. Searching the column above every dot cost the square of a stack's height; here the
 * dots of each radius sit sorted by x under a min-of-y segment tree, so the highest dot near an x is
 * one range query. When that answer is not clear-cut (two dots at the same height, or the event's
 * own dot), the column is searched as before (grid index, built on first need), so the choice is the same.
 */
import { GridIndex } from '../core/placer/grid.ts';

export interface Dot {
  x: number;
  y: number;
  r: number;
  id: string;
}

/** What of an event its leader needs: its id (its own dot is never in its way) and where the leader starts. */
export interface Leader {
  row: { id: string };
  leaderX: number;
  foot: number;
}

/** Dots of one radius sorted by x, with a segment tree of the smallest y (and how many share it). */
class Column {
  readonly xs: number[];
  private readonly dots: Dot[];
  private readonly n: number;
  private readonly minY: Float64Array;
  private readonly ties: Uint32Array;
  private readonly at: Int32Array;

  constructor(dots: Dot[]) {
    this.dots = [...dots].sort((a, b) => a.x - b.x);
    this.xs = this.dots.map((d) => d.x);
    this.n = this.dots.length;
    this.minY = new Float64Array(2 * this.n).fill(Infinity);
    this.ties = new Uint32Array(2 * this.n);
    this.at = new Int32Array(2 * this.n).fill(-1);
    this.dots.forEach((d, i) => {
      this.minY[this.n + i] = d.y;
      this.ties[this.n + i] = 1;
      this.at[this.n + i] = i;
    });
    for (let i = this.n - 1; i >= 1; i--) this.pull(i, 2 * i, 2 * i + 1);
  }

  private pull(into: number, a: number, b: number): void {
    const ya = this.minY[a] ?? Infinity;
    const yb = this.minY[b] ?? Infinity;
    this.minY[into] = Math.min(ya, yb);
    this.ties[into] = ya === yb ? (this.ties[a] ?? 0) + (this.ties[b] ?? 0) : ya < yb ? (this.ties[a] ?? 0) : (this.ties[b] ?? 0);
    this.at[into] = ya <= yb ? (this.at[a] ?? -1) : (this.at[b] ?? -1);
  }

  /** The highest dot with |x - cx| < reach, and how many dots share its height. */
  highest(cx: number, reach: number): { dot: Dot; ties: number } | undefined {
    const near = (x: number) => Math.abs(x - cx) < reach;
    // The dots within reach are contiguous in x order: the first not left of the window, the first right of it.
    let lo = lowerBound(this.xs, (x) => x >= cx || near(x));
    let hi = lowerBound(this.xs, (x) => x > cx && !near(x));
    let best = Infinity;
    let ties = 0;
    let at = -1;
    const take = (node: number) => {
      const y = this.minY[node] ?? Infinity;
      if (y < best) [best, ties, at] = [y, this.ties[node] ?? 0, this.at[node] ?? -1];
      else if (y === best) ties += this.ties[node] ?? 0;
    };
    for (lo += this.n, hi += this.n; lo < hi; lo >>= 1, hi >>= 1) {
      if (lo & 1) take(lo++);
      if (hi & 1) take(--hi);
    }
    const dot = this.dots[at];
    return dot ? { dot, ties } : undefined;
  }
}

/** First index whose value passes `ok`, for an `ok` that is false and then true along `xs`. */
function lowerBound(xs: number[], ok: (x: number) => boolean): number {
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ok(xs[mid] ?? Infinity)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** The dot in the way of a leader at `x` with its foot at `foot`, the way the grid search finds it. */
function blockingBySearch(index: GridIndex<Dot>, maxR: number, id: string, x: number, foot: number): Dot | undefined {
  return index
    .search({ x0: x - maxR - 1, y0: -Infinity, x1: x + maxR + 1, y1: foot + maxR + 3 })
    .map((d) => d.item)
    .filter((p) => p.id !== id && p.y < foot + p.r + 3 && Math.abs(p.x - x) < p.r + 1)
    .sort((p, q) => p.y - q.y)[0];
}

/** Moves each event's `leaderX` and `foot` to the top of the stack over its dot; `maxR`: the largest dot radius. */
export function raiseLeaders(events: Leader[], dots: Dot[], maxR: number): void {
  // Built only if some answer is not clear-cut; dots go in in their order, so the search finds what it always found.
  let index: GridIndex<Dot> | undefined;
  const search = (): GridIndex<Dot> => {
    if (index) return index;
    index = new GridIndex<Dot>(16);
    for (const d of dots) index.insert({ x0: d.x - d.r, y0: d.y, x1: d.x + d.r, y1: d.y }, d);
    return index;
  };
  const columns = [...new Set(dots.map((d) => d.r))].map((r) => ({ r, column: new Column(dots.filter((d) => d.r === r)) }));
  const blocking = (id: string, x: number, foot: number): Dot | undefined => {
    let found: Dot | undefined;
    for (const { r, column } of columns) {
      const top = column.highest(x, r + 1);
      // Every dot of this radius near x is at or below the highest, so none is in the way.
      if (!top || !(top.dot.y < foot + r + 3)) continue;
      if (top.ties > 1 || top.dot.id === id || (found && found.y === top.dot.y)) return blockingBySearch(search(), maxR, id, x, foot);
      if (!found || top.dot.y < found.y) found = top.dot;
    }
    return found;
  };
  for (const e of events) {
    for (let b = blocking(e.row.id, e.leaderX, e.foot); b; b = blocking(e.row.id, e.leaderX, e.foot)) {
      e.leaderX = b.x;
      e.foot = b.y - b.r - 3;
    }
  }
}
