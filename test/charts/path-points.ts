/**
 * Points that bound SVG path data as the charts write it: moves and lines (absolute or relative),
 * closes and elliptical arcs. A command outside these is reported, not guessed at, so a check
 * never passes a path it could not read.
 */

type Point = [number, number];

const ARITY: Record<string, number> = { M: 2, L: 2, A: 7, Z: 0 };

export interface PathReading {
  points: Point[];
  unreadable: string[];
}

export function readPath(d: string): PathReading {
  const tokens = d.match(/[A-Za-z]|-?(?:\d+\.?\d*|\.\d+)(?:e-?\d+)?/g) ?? [];
  const points: Point[] = [];
  const unreadable: string[] = [];
  let [x, y]: Point = [0, 0];
  let start: Point = [0, 0];
  let i = 0;
  let command = '';
  while (i < tokens.length) {
    const t = tokens[i] ?? '';
    if (/[A-Za-z]/.test(t)) {
      command = t;
      i++;
      if (command.toUpperCase() === 'Z') {
        [x, y] = start;
        continue;
      }
    }
    const upper = command.toUpperCase();
    const arity = ARITY[upper];
    if (arity === undefined || arity === 0) {
      unreadable.push(command || t);
      while (i < tokens.length && !/[A-Za-z]/.test(tokens[i] ?? '')) i++;
      continue;
    }
    const args = tokens.slice(i, i + arity).map(Number);
    i += arity;
    const relative = command !== upper;
    const nx = (args[arity - 2] ?? 0) + (relative ? x : 0);
    const ny = (args[arity - 1] ?? 0) + (relative ? y : 0);
    if (upper === 'A') points.push(...arcPoints([x, y], [nx, ny], args));
    points.push([nx, ny]);
    if (upper === 'M') {
      start = [nx, ny];
      // Pairs after a move are lines (SVG's implicit command).
      command = relative ? 'l' : 'L';
    }
    [x, y] = [nx, ny];
  }
  return { points, unreadable };
}

/** Points along an arc, finely enough that their bounds are the arc's to a hundredth of its radius. */
function arcPoints([x1, y1]: Point, [x2, y2]: Point, [rxIn = 0, ryIn = 0, degrees = 0, large = 0, sweep = 0]: number[]): Point[] {
  // Centre parameterisation, as in the SVG specification (implementation notes, F.6.5).
  const phi = (degrees * Math.PI) / 180;
  const [cos, sin] = [Math.cos(phi), Math.sin(phi)];
  const xp = (cos * (x1 - x2)) / 2 + (sin * (y1 - y2)) / 2;
  const yp = (-sin * (x1 - x2)) / 2 + (cos * (y1 - y2)) / 2;
  let [rx, ry] = [Math.abs(rxIn), Math.abs(ryIn)];
  if (rx === 0 || ry === 0) return [];
  const lambda = (xp * xp) / (rx * rx) + (yp * yp) / (ry * ry);
  if (lambda > 1) [rx, ry] = [rx * Math.sqrt(lambda), ry * Math.sqrt(lambda)];
  const num = rx * rx * ry * ry - rx * rx * yp * yp - ry * ry * xp * xp;
  const den = rx * rx * yp * yp + ry * ry * xp * xp;
  const coef = (large === sweep ? -1 : 1) * Math.sqrt(Math.max(0, num / den));
  const cxp = (coef * rx * yp) / ry;
  const cyp = (-coef * ry * xp) / rx;
  const cx = cos * cxp - sin * cyp + (x1 + x2) / 2;
  const cy = sin * cxp + cos * cyp + (y1 + y2) / 2;
  const angle = (ux: number, uy: number, vx: number, vy: number) => Math.atan2(ux * vy - uy * vx, ux * vx + uy * vy);
  const theta = angle(1, 0, (xp - cxp) / rx, (yp - cyp) / ry);
  let delta = angle((xp - cxp) / rx, (yp - cyp) / ry, (-xp - cxp) / rx, (-yp - cyp) / ry);
  if (!sweep && delta > 0) delta -= 2 * Math.PI;
  if (sweep && delta < 0) delta += 2 * Math.PI;
  const n = 64;
  return Array.from({ length: n + 1 }, (_, k): Point => {
    const a = theta + (delta * k) / n;
    return [cx + rx * cos * Math.cos(a) - ry * sin * Math.sin(a), cy + rx * sin * Math.cos(a) + ry * cos * Math.sin(a)];
  });
}
