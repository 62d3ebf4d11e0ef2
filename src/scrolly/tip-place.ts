/**
 * Geometry of the data-point tooltips, kept free of the DOM so it can be tested alone: where a
 * mark is (from the state data, so a point's place is its final one even while it tweens), and
 * where its tooltip goes so that it never covers the point and never leaves the viewport.
 */
import type { MarkTuple } from '../lib/state-data.ts';

export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

const num = (attrs: MarkTuple[1], name: string): number => Number(attrs[name] ?? 0);

/**
 * A box around path data as the charts write it (absolute M, L, A and Z): its M/L points, and
 * each arc's end point widened by the arc's radii, so a circle drawn as two arcs is wholly inside.
 */
function pathBox(d: string): Box | undefined {
  const pts: [number, number][] = [];
  for (const [, cmd = '', args = ''] of d.matchAll(/([MLAHVZ])([^MLAHVZ]*)/g)) {
    const n = (args.match(/-?\d*\.?\d+(?:e-?\d+)?/gi) ?? []).map(Number);
    const at = (i: number): number => n[i] ?? 0;
    if (cmd === 'M' || cmd === 'L') for (let i = 0; i + 1 < n.length; i += 2) pts.push([at(i), at(i + 1)]);
    if (cmd === 'A')
      for (let i = 0; i + 6 < n.length; i += 7)
        pts.push([at(i + 5) - at(i), at(i + 6) - at(i + 1)], [at(i + 5) + at(i), at(i + 6) + at(i + 1)]);
  }
  if (!pts.length) return undefined;
  const xs = pts.map((p) => p[0]);
  const ys = pts.map((p) => p[1]);
  return { x0: Math.min(...xs), y0: Math.min(...ys), x1: Math.max(...xs), y1: Math.max(...ys) };
}

/** The box a mark covers, in SVG units. */
export function markBox([tag, attrs]: MarkTuple): Box | undefined {
  switch (tag) {
    case 'circle': {
      const [cx, cy, r] = [num(attrs, 'cx'), num(attrs, 'cy'), num(attrs, 'r')];
      return { x0: cx - r, y0: cy - r, x1: cx + r, y1: cy + r };
    }
    case 'rect':
      return {
        x0: num(attrs, 'x'),
        y0: num(attrs, 'y'),
        x1: num(attrs, 'x') + num(attrs, 'width'),
        y1: num(attrs, 'y') + num(attrs, 'height'),
      };
    case 'line': {
      const [x1, y1, x2, y2] = [num(attrs, 'x1'), num(attrs, 'y1'), num(attrs, 'x2'), num(attrs, 'y2')];
      return { x0: Math.min(x1, x2), y0: Math.min(y1, y2), x1: Math.max(x1, x2), y1: Math.max(y1, y2) };
    }
    case 'path':
      return pathBox(String(attrs['d'] ?? ''));
    case 'text':
      return undefined;
  }
}

/** Where an SVG of viewBox `width` x `height` draws inside its element's box (preserveAspectRatio "xMidYMid meet"). */
export function fitTransform(el: Box, width: number, height: number): (b: Box) => Box {
  const s = Math.min((el.x1 - el.x0) / width, (el.y1 - el.y0) / height);
  const ox = el.x0 + (el.x1 - el.x0 - width * s) / 2;
  const oy = el.y0 + (el.y1 - el.y0 - height * s) / 2;
  return (b) => ({ x0: ox + b.x0 * s, y0: oy + b.y0 * s, x1: ox + b.x1 * s, y1: oy + b.y1 * s });
}

export function intersects(a: Box, b: Box): boolean {
  return a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
}

const clamp = (v: number, lo: number, hi: number): number => Math.max(lo, Math.min(v, Math.max(lo, hi)));

/**
 * The tooltip's box: above the point if there is room, else below, right or left, kept inside
 * `view`; the first that leaves the point (plus `gap`) uncovered. A tooltip too big for every
 * side (only on a tiny screen) goes wherever covers the point least.
 */
export function placeTip(point: Box, width: number, height: number, view: Box, gap = 8): Box {
  const cx = (point.x0 + point.x1) / 2;
  const cy = (point.y0 + point.y1) / 2;
  const at = (x: number, y: number): Box => {
    const x0 = clamp(x, view.x0, view.x1 - width);
    const y0 = clamp(y, view.y0, view.y1 - height);
    return { x0, y0, x1: x0 + width, y1: y0 + height };
  };
  const candidates = [
    at(cx - width / 2, point.y0 - gap - height),
    at(cx - width / 2, point.y1 + gap),
    at(point.x1 + gap, cy - height / 2),
    at(point.x0 - gap - width, cy - height / 2),
  ];
  const keepOff = { x0: point.x0 - gap / 2, y0: point.y0 - gap / 2, x1: point.x1 + gap / 2, y1: point.y1 + gap / 2 };
  const overlap = (b: Box): number =>
    Math.max(0, Math.min(b.x1, keepOff.x1) - Math.max(b.x0, keepOff.x0)) *
    Math.max(0, Math.min(b.y1, keepOff.y1) - Math.max(b.y0, keepOff.y0));
  return candidates.find((b) => !intersects(b, keepOff)) ?? candidates.reduce((best, b) => (overlap(b) < overlap(best) ? b : best));
}
