/**
 * One lane per kind of moment: markers on a track, and their labels on flags above the track or
 * hanging below it. The lanes share the height left between the panel and the axis; when they do
 * not fit, labels of rows that are not highlighted give way, the highest first.
 */
import type { Box } from '../core/box.ts';
import { placeFlags, type Flag, type FlagPlacement } from '../core/placer/flags.ts';
import { FONT, wrapText } from '../core/text.ts';
import { blockBox, blockHeight, textBlock, type TextBlock } from '../core/text-block.ts';
import type { Words } from '../../i18n/words.ts';
import { say } from './messages.ts';
import { BAND, HIGHLIGHT_R, MARGIN, whenText, type HourRow, type HoursModel, type Kind } from './model.ts';

export type LanePlacement = FlagPlacement & { below: boolean };

export interface Marker {
  row: HourRow;
  /** Where the flag's leader rises from, relative to the track at y = 0. */
  x: number;
  y: number;
  top: number;
  box: Box;
  block: TextBlock;
  foot: { above: number; below: number };
}

export interface Lane {
  kind: Kind;
  titleBlock: TextBlock;
  titleBox: Box;
  markers: Marker[];
  placed: Map<string, LanePlacement>;
  above: number;
  below: number;
  height: number;
}

/** Markers of the shown rows of one lane; points of one hour stack upwards. */
export function laneMarkers(m: HoursModel, kind: Kind, shown: Set<string>, compact: boolean, words: Words): Marker[] {
  const wrapWidth = compact ? 124 : 150;
  const markers: Marker[] = [];
  for (const row of m.rows) {
    if (row.kind !== kind || !shown.has(row.id)) continue;
    // Measured bold: any label may be the highlighted one.
    const block = textBlock(
      wrapText(say(words)('label', { label: row.label, when: whenText(row, words) }), wrapWidth, FONT.focus, true),
      'small',
      true,
    );
    if (row.hour_end !== undefined) {
      const x0 = m.x(row.hour);
      const x1 = m.x(Math.min(row.hour_end, m.xMax));
      markers.push({
        row,
        x: (x0 + x1) / 2,
        y: 0,
        top: -BAND / 2,
        box: { x0, y0: -BAND / 2, x1, y1: BAND / 2 },
        block,
        foot: { above: -BAND / 2 - 3, below: BAND / 2 + 3 },
      });
      continue;
    }
    const px = m.x(row.hour);
    const stack = markers.filter((o) => o.row.hour_end === undefined && Math.abs(o.x - px) < 2 * HIGHLIGHT_R);
    const y = Math.min(1, ...stack.map((o) => o.y)) === 1 ? 0 : Math.min(...stack.map((o) => o.y)) - 2 * HIGHLIGHT_R - 2;
    const marker: Marker = {
      row,
      x: px,
      y,
      top: y - HIGHLIGHT_R,
      box: { x0: px - HIGHLIGHT_R, y0: y - HIGHLIGHT_R, x1: px + HIGHLIGHT_R, y1: y + HIGHLIGHT_R },
      block,
      foot: { above: 0, below: HIGHLIGHT_R + 3 },
    };
    markers.push(marker);
  }
  // A flag above rises from the top of its stack.
  for (const k of markers) {
    if (k.row.hour_end !== undefined) continue;
    k.foot.above = Math.min(k.top, ...markers.filter((o) => o.row.hour_end === undefined && Math.abs(o.x - k.x) < 1).map((o) => o.top)) - 3;
  }
  return markers;
}

/**
 * Places a lane's labels: every label above, or alternate ones below, whichever labels the most in
 * the least height. `room` bounds how high flags may rise.
 */
export function layLane(
  kind: Kind,
  title: string,
  markers: Marker[],
  unlabeled: Set<string>,
  highlighted: Set<string>,
  width: number,
  room: number,
): Lane {
  const bounds: Box = { x0: 2, y0: -room, x1: width - 2, y1: room };
  // The lane's name sits at the right end, just above the track; flags keep clear of it.
  // Lane names are context: quiet, at the axis size.
  const titleBlock = textBlock([title], 'axis');
  const titleBox = blockBox(titleBlock, width - MARGIN.right, -BAND / 2 - 3 - blockHeight(titleBlock), 'end');
  const obstacles = [...markers.map((m) => m.box), titleBox];
  const mirrored = obstacles.map((b) => ({ x0: b.x0, x1: b.x1, y0: -b.y1, y1: -b.y0 }));
  const toLabel = markers.filter((m) => !unlabeled.has(m.row.id)).sort((p, q) => p.x - q.x || q.y - p.y);
  const flag = (m: Marker, foot: number): Flag => ({ id: m.row.id, x: m.x, foot, block: m.block, priority: highlighted.has(m.row.id) });
  let best: { placed: Map<string, LanePlacement>; score: number[]; above: number; below: number } | undefined;
  for (const isAbove of [() => true, (i: number) => i % 2 === 0, (i: number) => i % 2 === 1]) {
    const up = toLabel.filter((_, i) => isAbove(i));
    const down = toLabel.filter((_, i) => !isAbove(i));
    const a = placeFlags(
      up.map((m) => flag(m, m.foot.above)),
      bounds,
      obstacles,
    );
    const b = placeFlags(
      down.map((m) => flag(m, -m.foot.below)),
      bounds,
      mirrored,
    );
    const placed = new Map<string, LanePlacement>();
    for (const [id, p] of a.placed) placed.set(id, { ...p, below: false });
    for (const m of down) {
      const p = b.placed.get(m.row.id);
      if (p) placed.set(m.row.id, { ...p, top: -(p.top + blockHeight(m.block)), below: true });
    }
    const above = -Math.min(titleBox.y0, ...[...a.placed.values()].map((p) => p.top), ...markers.map((m) => m.top));
    const below = Math.max(
      BAND / 2,
      ...down.filter((m) => placed.has(m.row.id)).map((m) => (placed.get(m.row.id)?.top ?? 0) + blockHeight(m.block)),
    );
    const score = [a.score[0] + b.score[0], a.score[1] + b.score[1], -(above + below)];
    const i = best ? score.findIndex((v, k) => v !== best?.score[k]) : 0;
    if (!best || (i >= 0 && (score[i] ?? 0) > (best.score[i] ?? 0))) best = { placed, score, above, below };
  }
  const placed = best?.placed ?? new Map<string, LanePlacement>();
  const above = best?.above ?? HIGHLIGHT_R;
  const below = best?.below ?? BAND / 2;
  return { kind, titleBlock, titleBox, markers, placed, above, below, height: 4 + above + below + 4 };
}

/** Labels per lane whose dropping is tried in one round: the highest ones. */
const DROP_CANDIDATES = 3;

/**
 * Lanes that fit in `room`: labels of rows not highlighted give way, the one whose going saves the
 * most first. Only when those are all gone and the lanes still do not fit (long labels, in a
 * language longer than English) do highlighted labels give way too: a label is left out, never
 * overlapped; the description and the table still name every row.
 */
export function fitLanes(kinds: Kind[], lay: (kind: Kind, unlabeled: Set<string>) => Lane, highlighted: Set<string>, room: number): Lane[] {
  const unlabeled = new Set<string>();
  let lanes = kinds.map((k) => lay(k, unlabeled));
  for (let spare = new Set(highlighted); ;) {
    if (lanes.reduce((h, l) => h + l.height, 0) <= room) return lanes;
    const bestDrop = dropCandidate(lanes, lay, unlabeled, spare) ?? dropCandidate(lanes, lay, unlabeled, (spare = new Set()));
    if (!bestDrop) return lanes;
    unlabeled.add(bestDrop.id);
    lanes = kinds.map((k) => lay(k, unlabeled));
  }
}

/** The label among the highest of each lane (none of `spare`) whose going saves the most height. */
function dropCandidate(
  lanes: Lane[],
  lay: (kind: Kind, unlabeled: Set<string>) => Lane,
  unlabeled: Set<string>,
  spare: Set<string>,
): { id: string; saves: number } | undefined {
  let bestDrop: { id: string; saves: number } | undefined;
  for (const l of lanes) {
    const highest = [...l.placed.entries()]
      .filter(([id]) => !spare.has(id))
      .sort((a, b) => (a[1].below ? 0 : a[1].top) - (b[1].below ? 0 : b[1].top))
      .slice(0, DROP_CANDIDATES);
    for (const [id] of highest) {
      const saves = l.height - lay(l.kind, new Set([...unlabeled, id])).height;
      if (!bestDrop || saves > bestDrop.saves) bestDrop = { id, saves };
    }
  }
  return bestDrop;
}
