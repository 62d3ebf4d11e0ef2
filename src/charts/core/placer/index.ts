/**
 * The label placer every chart uses: boxes already taken (labels, markers, lines as small boxes),
 * indexed spatially, and the bounds labels must stay in. Strategies build on it: flags above an
 * axis (flags.ts), labels beside a point (near.ts), first free spot of a list (first-fit.ts), and
 * one-dimensional spreading (dodge.ts).
 */
import { insideBox, overlaps, type Box } from '../box.ts';
import { GridIndex } from './grid.ts';

export class Placer {
  private readonly index = new GridIndex<Box>();

  readonly bounds: Box;

  constructor(bounds: Box) {
    this.bounds = bounds;
  }

  /** Marks `boxes` as taken. */
  reserve(...boxes: Box[]): void {
    for (const b of boxes) this.index.insert(b, b);
  }

  /** Taken boxes within `pad` of `box`. */
  near(box: Box, pad = 0): Box[] {
    return this.index.search(box, pad).map((e) => e.item);
  }

  /** How many taken boxes `box` overlaps, keeping `pad` clear. */
  collisions(box: Box, pad = 0): number {
    return this.near(box, pad).filter((q) => overlaps(box, q, pad)).length;
  }

  /** Every box inside the bounds and clear, by `pad`, of everything taken. */
  fits(boxes: Box[], pad = 2): boolean {
    return boxes.every((b) => insideBox(b, this.bounds) && this.collisions(b, pad) === 0);
  }
}
