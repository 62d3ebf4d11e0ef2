/**
 * Marker shapes as path data, so each series is told apart by shape as well as colour. Every
 * shape of one kind has the same command sequence, so markers animate by interpolation.
 */
import { round1 } from '../core/round.ts';

export const TRACKER_SHAPES = ['circle', 'square', 'triangle', 'triangle-down'] as const;
export type Shape = (typeof TRACKER_SHAPES)[number] | 'diamond';

/** Path data for a marker of half-size `r` centred on (x, y). */
export function markerPath(shape: Shape, x: number, y: number, r: number): string {
  const p = (px: number, py: number): string => `${round1(px)},${round1(py)}`;
  switch (shape) {
    case 'circle':
      return `M${p(x - r, y)}A${r},${r} 0 1,0 ${p(x + r, y)}A${r},${r} 0 1,0 ${p(x - r, y)}Z`;
    case 'square': {
      const s = r * 0.9;
      return `M${p(x - s, y - s)}L${p(x + s, y - s)}L${p(x + s, y + s)}L${p(x - s, y + s)}Z`;
    }
    case 'triangle': {
      const s = r * 1.15;
      return `M${p(x, y - s)}L${p(x + s, y + s * 0.75)}L${p(x - s, y + s * 0.75)}Z`;
    }
    case 'triangle-down': {
      const s = r * 1.15;
      return `M${p(x, y + s)}L${p(x - s, y - s * 0.75)}L${p(x + s, y - s * 0.75)}Z`;
    }
    case 'diamond': {
      const s = r * 1.25;
      return `M${p(x, y - s)}L${p(x + s, y)}L${p(x, y + s)}L${p(x - s, y)}Z`;
    }
  }
}
