/**
 * The piracy surge: cumulative pirate downloads by hours since the online release, one series
 * per tracker (never merged: their methods differ), every point an estimate. Sony's own count of
 * legal rentals and purchases can be set beside them as a different, contrasting measure.
 */
import type { LayoutOptions } from '../core/layout-options.ts';
import type { Scene } from '../core/scene.ts';
import { labelMarks } from './labels.ts';
import { axes, dataMarks } from './marks.ts';
import { surgeModel, type PiracySurgeData } from './model.ts';
import type { PiracySurgeParams } from './params.ts';
import { surgeWords } from './words.ts';

export { legalHour, type PiracySurgeData } from './model.ts';

export function layoutPiracySurge(data: PiracySurgeData, { width, height, size, state, words }: LayoutOptions<PiracySurgeParams>): Scene {
  const compact = size === 'compact';
  const m = surgeModel(data, state, width, height, compact, words);
  const drawn = [...axes(m, width, height, words), ...dataMarks(m)];
  return { width, height, ...surgeWords(m, data, state, words), marks: [...drawn, ...labelMarks(m, drawn, width, compact, words)] };
}
