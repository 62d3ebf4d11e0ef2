/**
 * The one axis helper: ticks hang the same way below every horizontal axis and grid lines run the
 * same way across every plot, so the charts read as one set. Keys are `axis-x:tick:<value>` (the
 * tick mark), `axis-x:tick:<value>:label:<line>` and `axis-y:tick:<value>` (the grid line) with
 * `axis-y:tick:<value>:label:0`, stable across states, so a tick that stays moves with its scale.
 */
import { overlaps, type Anchor, type Box } from './box.ts';
import { round1 } from './round.ts';
import type { LineMark, Mark } from './scene.ts';
import { blockBox, blockHeight, blockMarks, textBlock, type TextBlock } from './text-block.ts';

export const TICK_LENGTH = 5;
/** From the axis line to the top of its tick labels. */
export const TICK_LABEL_GAP = 7;

export interface AxisTick {
  /** Identifies the tick in keys (a value, a date). */
  value: string | number;
  /** Position in pixels. */
  at: number;
  /** Label lines, top to bottom. */
  lines: string[];
}

/** A tick label placed under its tick: centred, or flush at an edge of `[min, max]` it would cross. */
export function tickLabel(
  t: AxisTick,
  top: number,
  min: number,
  max: number,
  edgeShift = 2,
): { block: TextBlock; x: number; anchor: Anchor; box: Box } {
  const block = textBlock(t.lines, 'axis');
  const w = blockBox(block, 0, 0, 'start').x1;
  const anchor: Anchor = t.at - w / 2 < min ? 'start' : t.at + w / 2 > max ? 'end' : 'middle';
  const x = anchor === 'start' ? Math.max(min, t.at - edgeShift) : anchor === 'end' ? Math.min(max, t.at + edgeShift) : t.at;
  return { block, x, anchor, box: blockBox(block, x, top, anchor) };
}

/** Ticks whose labels keep `gap` apart, taken left to right; the first always stays. */
export function thinTicks(ticks: AxisTick[], y: number, min: number, max: number, gap: number, edgeShift = 2): AxisTick[] {
  const kept: AxisTick[] = [];
  let last: Box | undefined;
  for (const t of ticks) {
    const { box } = tickLabel(t, y + TICK_LABEL_GAP, min, max, edgeShift);
    if (last && overlaps(last, box, gap)) continue;
    kept.push(t);
    last = box;
  }
  return kept;
}

/** Whether every label of `ticks` keeps `gap` from its neighbour. */
export function ticksFit(ticks: AxisTick[], min: number, max: number, gap: number, edgeShift = 2): boolean {
  return thinTicks(ticks, 0, min, max, gap, edgeShift).length === ticks.length;
}

/** Height of the tick marks and labels below an axis line. */
export function bottomAxisHeight(lines: number): number {
  return (
    TICK_LABEL_GAP +
    blockHeight(
      textBlock(
        Array.from({ length: lines }, () => ''),
        'axis',
      ),
    )
  );
}

export interface BottomAxis {
  /** y of the axis line. */
  y: number;
  /** Extent of the axis line, when drawn. */
  line?: [number, number];
  ticks: AxisTick[];
  /** Labels stay within these x. */
  min: number;
  max: number;
  edgeShift?: number;
}

/** Axis line, tick marks and tick labels of a horizontal axis. */
export function bottomAxis({ y, line, ticks, min, max, edgeShift = 2 }: BottomAxis): Mark[] {
  const marks: Mark[] = [];
  if (line) marks.push(hLine('axis-x:line', 'axis-line', line[0], line[1], y));
  for (const t of ticks) {
    const label = tickLabel(t, y + TICK_LABEL_GAP, min, max, edgeShift);
    const tick: LineMark = {
      type: 'line',
      key: `axis-x:tick:${t.value}`,
      className: 'axis-tick',
      x1: round1(t.at),
      y1: round1(y),
      x2: round1(t.at),
      y2: round1(y + TICK_LENGTH),
    };
    marks.push(tick, ...blockMarks(`axis-x:tick:${t.value}:label`, label.block, label.x, y + TICK_LABEL_GAP, label.anchor, 'axis-label'));
  }
  return marks;
}

export interface LeftAxis {
  /** Plot's left and right edges: grid lines span them; labels end `gap` left of `from`. */
  from: number;
  to: number;
  ticks: { value: number; at: number; text: string }[];
  gap?: number;
}

/** Grid lines (the zero line darker) with their values at the left. */
export function leftAxis({ from, to, ticks, gap = 6 }: LeftAxis): Mark[] {
  return ticks.flatMap((t): Mark[] => [
    hLine(`axis-y:tick:${t.value}`, t.value === 0 ? 'axis-line' : 'axis-grid', from, to, t.at),
    {
      type: 'text',
      key: `axis-y:tick:${t.value}:label:0`,
      x: round1(from - gap),
      y: round1(t.at),
      text: t.text,
      anchor: 'end',
      baseline: 'middle',
      className: 'text-axis axis-label',
    },
  ]);
}

export function hLine(key: string, className: string, x1: number, x2: number, y: number): LineMark {
  return { type: 'line', key, className, x1: round1(x1), y1: round1(y), x2: round1(x2), y2: round1(y) };
}
