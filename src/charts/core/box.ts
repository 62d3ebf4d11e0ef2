/** Axis-aligned boxes in SVG units: what labels, markers and leaders are placed and checked with. */

export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** SVG text-anchor: which edge of a text, or its centre, sits at x. */
export type Anchor = 'start' | 'middle' | 'end';

/** Box of `width` × `height` whose top is at `top` and whose `anchor` edge is at `x`. */
export function anchoredBox(x: number, top: number, width: number, height: number, anchor: Anchor): Box {
  const x0 = anchor === 'middle' ? x - width / 2 : anchor === 'end' ? x - width : x;
  return { x0, y0: top, x1: x0 + width, y1: top + height };
}

/** Touching edges do not count; `pad` demands that much clear space between the boxes. */
export function overlaps(a: Box, b: Box, pad = 0): boolean {
  return a.x0 < b.x1 + pad && b.x0 < a.x1 + pad && a.y0 < b.y1 + pad && b.y0 < a.y1 + pad;
}

export function insideBox(a: Box, outer: Box): boolean {
  return a.x0 >= outer.x0 && a.x1 <= outer.x1 && a.y0 >= outer.y0 && a.y1 <= outer.y1;
}

export function grow(b: Box, pad: number): Box {
  return { x0: b.x0 - pad, y0: b.y0 - pad, x1: b.x1 + pad, y1: b.y1 + pad };
}

/** Nearest point of a box to (px, py): where a leader line from the point should end. */
export function nearestOnBox(box: Box, px: number, py: number): [number, number] {
  return [Math.min(Math.max(px, box.x0), box.x1), Math.min(Math.max(py, box.y0), box.y1)];
}
