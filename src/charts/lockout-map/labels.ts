/**
 * Region labels in two bands, above and below the map, each joined to its region by a leader.
 * A label's slot is sized for both of its wordings (legal, locked), so slots stay put from state
 * to state and only the words change.
 */
import type { Box } from '../core/box.ts';
import { Placer } from '../core/placer/index.ts';
import { round1 } from '../core/round.ts';
import type { Mark } from '../core/scene.ts';
import { FONT, wrapText } from '../core/text.ts';
import { blockHeight, blockMarks, blockWidth, type TextBlock, type TextLine } from '../core/text-block.ts';
import type { Words } from '../../i18n/words.ts';
import { say } from './messages.ts';
import type { Availability } from './model.ts';
const LABEL_SPACING = 10;
const PAD = 6;

export function labelBlock(row: Availability, legal: boolean, wrapWidth: number, words: Words): TextBlock {
  const detail = legal || row.status === 'locked' ? row.when : say(words)('label.not-yet');
  const lines: TextLine[] = [
    { text: row.region, size: 'label', className: 'map-label-name' },
    ...wrapText(detail, wrapWidth, FONT.small).map((text): TextLine => ({ text, size: 'small', className: 'map-label-when' })),
  ];
  // Measured bold: the emphasized region's label is set bold (is-highlight), and slots stay put across states.
  return { lines, bold: true };
}

export interface RegionLabel {
  row: Availability;
  current: TextBlock;
  slotWidth: number;
  slotHeight: number;
}

export function regionLabels(
  regions: Availability[],
  isLegal: (r: Availability) => boolean,
  compact: boolean,
  words: Words,
): RegionLabel[] {
  const wrapWidth = compact ? 140 : 190;
  return regions.map((row) => {
    const variants = [labelBlock(row, true, wrapWidth, words), labelBlock(row, false, wrapWidth, words)];
    return {
      row,
      current: labelBlock(row, isLegal(row), wrapWidth, words),
      slotWidth: Math.max(...variants.map(blockWidth)),
      slotHeight: Math.max(...variants.map(blockHeight)),
    };
  });
}

export interface Bands {
  /** Top of the upper band, and its height (both bands are as tall as the tallest slot). */
  top: number;
  height: number;
  mapTop: number;
  mapBottom: number;
  bottomBand: number;
}

/** Places each label in the band above or below the map, nearest first, never overlapping, and draws it with its leader and anchor dot. */
export function labelMarks(
  labels: RegionLabel[],
  anchors: [number, number][],
  bands: Bands,
  width: number,
  cls: (r: Availability) => string,
): Mark[] {
  const placer = new Placer({ x0: PAD, y0: 0, x1: width - PAD, y1: Infinity });
  const placed = new Map<string, { box: Box; above: boolean }>();
  const { top, height, mapTop, mapBottom, bottomBand } = bands;
  const order = labels
    .map((l, i) => ({ l, i, anchor: anchors[i] ?? [width / 2, mapTop] }))
    .sort(
      (a, b) =>
        Math.min(a.anchor[1] - mapTop, mapBottom - a.anchor[1]) - Math.min(b.anchor[1] - mapTop, mapBottom - b.anchor[1]) || a.i - b.i,
    );
  for (const { l, anchor } of order) {
    const nearAbove = anchor[1] - mapTop <= mapBottom - anchor[1];
    const bandBox = (above: boolean, cx: number): Box => {
      const half = l.slotWidth / 2;
      const x = Math.min(Math.max(cx, PAD + half), width - PAD - half);
      const y0 = above ? top + height - l.slotHeight : bottomBand;
      return { x0: x - half, y0, x1: x + half, y1: y0 + l.slotHeight };
    };
    let pick: { above: boolean; box: Box } | undefined;
    for (let step = 0; step * 12 <= width && !pick; step++) {
      for (const above of [nearAbove, !nearAbove]) {
        for (const sign of step === 0 ? [1] : [1, -1]) {
          const c = { above, box: bandBox(above, anchor[0] + sign * step * 12) };
          if (!pick && placer.collisions(c.box, LABEL_SPACING) === 0) pick = c;
        }
      }
    }
    // A region whose label finds no room in either band is named in the description and table only.
    if (!pick) continue;
    placer.reserve(pick.box);
    placed.set(l.row.id, pick);
  }
  const leaders: Mark[] = [];
  const texts: Mark[] = [];
  labels.forEach((l, i) => {
    const p = placed.get(l.row.id);
    if (!p) return;
    const [ax, ay] = anchors[i] ?? [width / 2, mapTop];
    const cx = (p.box.x0 + p.box.x1) / 2;
    const ex = Math.min(Math.max(ax, p.box.x0 + 6), p.box.x1 - 6);
    const ey = p.above ? p.box.y1 + 3 : p.box.y0 - 3;
    const c = cls(l.row);
    leaders.push(
      {
        type: 'line',
        key: `leader:${l.row.id}`,
        x1: round1(ax),
        y1: round1(ay),
        x2: round1(ex),
        y2: round1(ey),
        className: `map-leader ${c}`,
      },
      {
        type: 'circle',
        key: `anchor:${l.row.id}`,
        datum: `availability/${l.row.id}`,
        cx: round1(ax),
        cy: round1(ay),
        r: 2.5,
        className: `map-anchor ${c}`,
      },
    );
    // Labels hug the map: bottom-aligned above it, top-aligned below it.
    const labelTop = p.above ? p.box.y1 - blockHeight(l.current) : p.box.y0;
    texts.push(...blockMarks(`label:${l.row.id}`, l.current, cx, labelTop, 'middle', `map-label ${c}`));
  });
  return [...leaders, ...texts];
}
