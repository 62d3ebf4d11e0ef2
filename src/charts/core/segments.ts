/** Drawn lines as obstacles: labels and leaders keep off series lines, which boxes alone cannot describe. */
import type { Box } from './box.ts';

/** True when the segment (ax, ay)–(bx, by) crosses or touches the box. */
export function segmentHitsBox(ax: number, ay: number, bx: number, by: number, box: Box): boolean {
  // Liang–Barsky clipping: the segment hits the box when some parameter range survives.
  let t0 = 0;
  let t1 = 1;
  const dx = bx - ax;
  const dy = by - ay;
  const edges: [number, number][] = [
    [-dx, ax - box.x0],
    [dx, box.x1 - ax],
    [-dy, ay - box.y0],
    [dy, box.y1 - ay],
  ];
  for (const [p, q] of edges) {
    if (p === 0) {
      if (q < 0) return false;
    } else {
      const t = q / p;
      if (p < 0) t0 = Math.max(t0, t);
      else t1 = Math.min(t1, t);
      if (t0 > t1) return false;
    }
  }
  return true;
}

/** Small boxes along a polyline, so a box-based placer can keep labels off a drawn line. */
export function polylineBoxes(points: [number, number][], halfWidth = 1.5, step = 6): Box[] {
  const out: Box[] = [];
  for (let i = 1; i < points.length; i++) {
    const [ax, ay] = points[i - 1] ?? [0, 0];
    const [bx, by] = points[i] ?? [0, 0];
    const n = Math.max(1, Math.ceil(Math.hypot(bx - ax, by - ay) / step));
    for (let k = 0; k < n; k++) {
      const x0 = ax + ((bx - ax) * k) / n;
      const y0 = ay + ((by - ay) * k) / n;
      const x1 = ax + ((bx - ax) * (k + 1)) / n;
      const y1 = ay + ((by - ay) * (k + 1)) / n;
      out.push({
        x0: Math.min(x0, x1) - halfWidth,
        y0: Math.min(y0, y1) - halfWidth,
        x1: Math.max(x0, x1) + halfWidth,
        y1: Math.max(y0, y1) + halfWidth,
      });
    }
  }
  return out;
}
