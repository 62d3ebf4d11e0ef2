/**
 * The lockout map: where "The Interview" could be rented or bought legally online, and, as a
 * bar rather than on the map, how one tracker split its downloaders between the U.S. and
 * everywhere else. No figure is drawn per country: the sources give none.
 */
import type { LayoutOptions } from '../core/layout-options.ts';
import type { Mark, Scene } from '../core/scene.ts';
import { labelMarks, regionLabels } from './labels.ts';
import { frame, PAD, type Availability, type LockoutMapData } from './model.ts';
import type { LockoutMapParams } from './params.ts';
import { projectedRegions } from './shapes.ts';
import { shareMarks, sharePanel } from './share.ts';
import { lockoutWords } from './words.ts';

export type { LockoutMapData };

export function layoutLockoutMap(data: LockoutMapData, { width, height, size, state, words }: LayoutOptions<LockoutMapParams>): Scene {
  const regions = data.availability;
  const legalIds = new Set(state.legal);
  const isLegal = (r: Availability): boolean => legalIds.has(r.id);
  const emphasized = regions.find((r) => r.id === state.emphasize);
  const labels = regionLabels(regions, isLegal, size === 'compact', words);
  const share = sharePanel(data, width - 2 * PAD, words);
  // The share panel's room is kept even when it is not shown, so the map never jumps.
  const f = frame(width, height, Math.max(0, ...labels.map((l) => l.slotHeight)), share.height);
  const shapes = projectedRegions(
    regions,
    [
      [PAD, f.mapTop],
      [width - PAD, f.mapTop + f.mapHeight],
    ],
    PAD,
  );
  const emphasis = (r: Availability): string => (emphasized ? (r.id === emphasized.id ? ' is-highlight' : ' is-muted') : '');
  const cls = (r: Availability): string => `${isLegal(r) ? 'is-legal' : 'is-locked'}${emphasis(r)}`;

  const marks: Mark[] = [
    ...regions.map((r, i): Mark => ({ type: 'path', key: `geo:${r.id}`, d: shapes[i]?.d ?? '', className: `geo ${cls(r)}` })),
    ...labelMarks(
      labels,
      shapes.map((s) => s.anchor),
      { top: f.top, height: f.bandHeight, mapTop: f.mapTop, mapBottom: f.mapBottom, bottomBand: f.bottomBand },
      width,
      cls,
    ),
    ...(state.share ? shareMarks(share, PAD, width - PAD, f.shareTop) : []),
  ];
  return { width, height, ...lockoutWords(regions, isLegal, state, share, words), marks };
}
