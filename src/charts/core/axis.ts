/** Tick marks hang the same way below every horizontal axis, so the charts read as one set. */
import { round1 } from './round.ts';
import type { LineMark } from './scene.ts';

export const TICK_LENGTH = 5;

export function xTick(key: string, x: number, axisY: number): LineMark {
  return {
    type: 'line',
    key,
    className: 'axis-tick',
    x1: round1(x),
    y1: round1(axisY),
    x2: round1(x),
    y2: round1(axisY + TICK_LENGTH),
  };
}
