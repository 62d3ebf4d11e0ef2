/**
 * A uniform grid over the plane: each item is filed under every cell its box touches, so finding
 * what lies near a box looks at a few cells, not at everything placed. Label placement asks this
 * thousands of times per chart; with it, cost grows with the number of labels, not its square.
 * (flatbush is static and would be rebuilt after every placed label; a grid takes inserts.)
 */
import type { Box } from '../box.ts';

const OFFSET = 1 << 15;

export class GridIndex<T> {
  private readonly cells = new Map<number, { box: Box; item: T; seen: number }[]>();
  /** Marks entries already returned by the current search (cheaper than a set per search). */
  private stamp = 0;
  private count = 0;
  /** Union of every box inserted: queries are clipped to it, so an unbounded query stays cheap. */
  private extent: Box | undefined;

  private readonly cell: number;

  constructor(cell = 48) {
    this.cell = cell;
  }

  private range(b: Box): [number, number, number, number] {
    const c = this.cell;
    return [Math.floor(b.x0 / c), Math.floor(b.y0 / c), Math.floor(b.x1 / c), Math.floor(b.y1 / c)];
  }

  get size(): number {
    return this.count;
  }

  insert(box: Box, item: T): void {
    const entry = { box, item, seen: 0 };
    this.count++;
    const e = this.extent;
    this.extent = e
      ? { x0: Math.min(e.x0, box.x0), y0: Math.min(e.y0, box.y0), x1: Math.max(e.x1, box.x1), y1: Math.max(e.y1, box.y1) }
      : { ...box };
    const [i0, j0, i1, j1] = this.range(box);
    for (let i = i0; i <= i1; i++) {
      for (let j = j0; j <= j1; j++) {
        const k = (i + OFFSET) * 2 * OFFSET + (j + OFFSET);
        const list = this.cells.get(k);
        if (list) list.push(entry);
        else this.cells.set(k, [entry]);
      }
    }
  }

  /** Items whose boxes come within `pad` of `box` (touching edges count), each once. */
  search(box: Box, pad = 0): { box: Box; item: T }[] {
    const q = { x0: box.x0 - pad, y0: box.y0 - pad, x1: box.x1 + pad, y1: box.y1 + pad };
    const e = this.extent;
    if (!e || q.x0 > e.x1 || q.x1 < e.x0 || q.y0 > e.y1 || q.y1 < e.y0) return [];
    const [i0, j0, i1, j1] = this.range({
      x0: Math.max(q.x0, e.x0),
      y0: Math.max(q.y0, e.y0),
      x1: Math.min(q.x1, e.x1),
      y1: Math.min(q.y1, e.y1),
    });
    const stamp = ++this.stamp;
    const out: { box: Box; item: T }[] = [];
    for (let i = i0; i <= i1; i++) {
      for (let j = j0; j <= j1; j++) {
        for (const e of this.cells.get((i + OFFSET) * 2 * OFFSET + (j + OFFSET)) ?? []) {
          if (e.seen === stamp) continue;
          e.seen = stamp;
          if (e.box.x0 <= q.x1 && q.x0 <= e.box.x1 && e.box.y0 <= q.y1 && q.y0 <= e.box.y1) out.push(e);
        }
      }
    }
    return out;
  }
}
