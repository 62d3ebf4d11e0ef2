/** Projected rings of the map's shapes: collected from d3-geo, simplified, measured, written. */
import type { GeoContext } from 'd3-geo';

export type Ring = [number, number][];

/** Collects projected rings from d3-geo instead of drawing them. */
export class RingCollector implements GeoContext {
  rings: Ring[] = [];
  private current: Ring | null = null;
  beginPath(): void {}
  moveTo(x: number, y: number): void {
    this.current = [[x, y]];
    this.rings.push(this.current);
  }
  lineTo(x: number, y: number): void {
    this.current?.push([x, y]);
  }
  closePath(): void {
    this.current = null;
  }
  arc(): void {}
}

/** Douglas–Peucker: drop points closer than `tol` px to the line through their neighbours. */
export function simplify(ring: Ring, tol: number): Ring {
  if (ring.length < 4) return ring;
  const keep = new Uint8Array(ring.length);
  keep[0] = 1;
  keep[ring.length - 1] = 1;
  const at = (i: number): [number, number] => ring[i] ?? [0, 0];
  const stack: [number, number][] = [[0, ring.length - 1]];
  for (let seg = stack.pop(); seg; seg = stack.pop()) {
    const [a, b] = seg;
    const [ax, ay] = at(a);
    const [bx, by] = at(b);
    const dx = bx - ax;
    const dy = by - ay;
    const len = Math.hypot(dx, dy);
    let worst = -1;
    let worstD = tol;
    for (let i = a + 1; i < b; i++) {
      const [px, py] = at(i);
      const d = len === 0 ? Math.hypot(px - ax, py - ay) : Math.abs(dy * (px - ax) - dx * (py - ay)) / len;
      if (d > worstD) {
        worstD = d;
        worst = i;
      }
    }
    if (worst >= 0) {
      keep[worst] = 1;
      stack.push([a, worst], [worst, b]);
    }
  }
  return ring.filter((_, i) => keep[i]);
}

/** Each point of a ring with the one after it, the last with the first. */
function edges(ring: Ring): [[number, number], [number, number]][] {
  return ring.map((p, i) => [p, ring[(i + 1) % ring.length] ?? p]);
}

export function ringArea(ring: Ring): number {
  return edges(ring).reduce((a, [[x0, y0], [x1, y1]]) => a + x0 * y1 - x1 * y0, 0) / 2;
}

/** Numbers joined the short way SVG allows: a minus sign doubles as the separator. */
export function joinNumbers(ns: number[]): string {
  let s = '';
  ns.forEach((n, i) => {
    const t = String(n);
    s += i === 0 || t.startsWith('-') ? t : `,${t}`;
  });
  return s;
}

/** Centroid of a ring (shoelace formula); its mean point when the ring has no area. */
export function ringCentroid(ring: Ring): [number, number] {
  let a = 0;
  let cx = 0;
  let cy = 0;
  for (const [[x0, y0], [x1, y1]] of edges(ring)) {
    const f = x0 * y1 - x1 * y0;
    a += f;
    cx += (x0 + x1) * f;
    cy += (y0 + y1) * f;
  }
  if (a === 0) {
    const n = ring.length || 1;
    return [ring.reduce((s, p) => s + p[0], 0) / n, ring.reduce((s, p) => s + p[1], 0) / n];
  }
  return [cx / (3 * a), cy / (3 * a)];
}
