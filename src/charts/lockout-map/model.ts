/** The lockout map's data and frame: regions, and the stack of label band, map, label band and share panel. */
import type { RowOf } from '../../schemas/datasets.ts';
import { fittedHeight } from './geography.ts';

export type Availability = RowOf<'availability'>;

export interface LockoutMapData {
  availability: Availability[];
  'downloader-share': RowOf<'downloader-share'>[];
  'piracy-estimates': RowOf<'piracy-estimates'>[];
}

export const PAD = 6;
/** Room between a label band and the map, for the leader lines. */
const BAND_GAP = 12;
const SHARE_GAP = 20;

export interface Frame {
  top: number;
  bandHeight: number;
  mapTop: number;
  mapHeight: number;
  mapBottom: number;
  bottomBand: number;
  shareTop: number;
}

/** Stack: label band, map, label band, share panel; centred vertically in the canvas. */
export function frame(width: number, height: number, bandHeight: number, shareHeight: number): Frame {
  const fixed = 2 * bandHeight + 2 * BAND_GAP + (shareHeight ? SHARE_GAP + shareHeight : 0);
  const slot = Math.max(40, height - 2 * PAD - fixed);
  const mapHeight = fittedHeight(width - 2 * PAD, slot);
  const top = Math.round(Math.max(PAD, (height - fixed - mapHeight) / 2));
  const mapTop = top + bandHeight + BAND_GAP;
  const mapBottom = mapTop + mapHeight;
  const bottomBand = mapBottom + BAND_GAP;
  return { top, bandHeight, mapTop, mapHeight, mapBottom, bottomBand, shareTop: bottomBand + bandHeight + SHARE_GAP };
}
