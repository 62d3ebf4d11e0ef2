/** Greedy placement: a box is accepted when it lies inside the bounds and clear of everything placed. */
import { insideBox, overlaps, type Box } from './box.ts';

export interface Placer {
  bounds: Box;
  placed: Box[];
}

export function createPlacer(bounds: Box): Placer {
  return { bounds, placed: [] };
}

export function fits(p: Placer, boxes: Box[], pad = 2): boolean {
  return boxes.every((b) => insideBox(b, p.bounds) && p.placed.every((q) => !overlaps(b, q, pad)));
}

export function reserve(p: Placer, ...boxes: Box[]): void {
  p.placed.push(...boxes);
}
