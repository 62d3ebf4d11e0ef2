/**
 * Label geometry shared by the lockout map and the piracy chart (a candidate for charts/core):
 * estimated text boxes, overlap tests and a small candidate-position placer. Layouts place text
 * with the same estimates their tests check, so "no overlap" means the same thing in both.
 */
import { format as d3format } from 'd3-format';
import type { TextMark } from '../core/scene.ts';
import { FONT, textWidth } from '../core/text.ts';
import { formatCount } from '../core/format.ts';

export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** Classes that set a text mark's font size; the chart CSS maps them to FONT. */
export const TEXT_CLASS = { label: 'text-label', small: 'text-small', axis: 'text-axis' } as const;
export type TextSize = keyof typeof TEXT_CLASS;

/** Share of the font size above and below an alphabetic baseline (Inter, rounded up). */
const ASCENT = 0.78;
const DESCENT = 0.22;

export function round1(n: number): number {
  return Math.round(n * 10) / 10;
}

/** "torrent-site counters (Variety)" → "torrent-site-counters-variety". */
export function slug(s: string): string {
  return s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** 1700000 → "1.7 million"; 904237 → "904,237": counts as they read in labels and prose. */
export function formatCountWords(n: number): string {
  if (Math.abs(n) < 1_000_000) return formatCount(n);
  return `${d3format('.3~')(n / 1_000_000)} million`;
}

/** Font size of a text mark, from its size class (defaults to the label size). */
export function fontSizeOf(mark: Pick<TextMark, 'className'>): number {
  const classes = (mark.className ?? '').split(/\s+/);
  if (classes.includes(TEXT_CLASS.small)) return FONT.small;
  if (classes.includes(TEXT_CLASS.axis)) return FONT.axis;
  return FONT.label;
}

/** Estimated box of a text mark as it renders (anchor and baseline applied). */
export function textBox(mark: TextMark): Box {
  const size = fontSizeOf(mark);
  const w = textWidth(mark.text, size);
  const x0 = mark.anchor === 'middle' ? mark.x - w / 2 : mark.anchor === 'end' ? mark.x - w : mark.x;
  let y0: number;
  if (mark.baseline === 'hanging') y0 = mark.y;
  else if (mark.baseline === 'middle') y0 = mark.y - size / 2;
  else y0 = mark.y - ASCENT * size;
  return { x0, y0, x1: x0 + w, y1: y0 + (mark.baseline === 'middle' || mark.baseline === 'hanging' ? size : (ASCENT + DESCENT) * size) };
}

export function overlaps(a: Box, b: Box, pad = 0): boolean {
  return a.x0 < b.x1 + pad && b.x0 < a.x1 + pad && a.y0 < b.y1 + pad && b.y0 < a.y1 + pad;
}

export function inside(b: Box, width: number, height: number, pad = 0): boolean {
  return b.x0 >= pad && b.y0 >= pad && b.x1 <= width - pad && b.y1 <= height - pad;
}

export function grow(b: Box, pad: number): Box {
  return { x0: b.x0 - pad, y0: b.y0 - pad, x1: b.x1 + pad, y1: b.y1 + pad };
}

/** True when the segment (ax, ay)–(bx, by) crosses or touches the box. */
export function segmentHitsBox(ax: number, ay: number, bx: number, by: number, box: Box): boolean {
  // Liang–Barsky clipping: the segment hits the box when some parameter range survives.
  let t0 = 0;
  let t1 = 1;
  const dx = bx - ax;
  const dy = by - ay;
  const edges: [number, number][] = [
    [-dx, ax - box.x0],
    [dx, box.x1 - ax],
    [-dy, ay - box.y0],
    [dy, box.y1 - ay],
  ];
  for (const [p, q] of edges) {
    if (p === 0) {
      if (q < 0) return false;
    } else {
      const t = q / p;
      if (p < 0) t0 = Math.max(t0, t);
      else t1 = Math.min(t1, t);
      if (t0 > t1) return false;
    }
  }
  return true;
}

/** One line of a multi-line label. */
export interface LabelLine {
  text: string;
  size: TextSize;
  /** Extra classes for this line (e.g. "map-label-name"). */
  className?: string;
}

/** A block of lines measured once, placed later. */
export interface LabelBlock {
  lines: LabelLine[];
  width: number;
  height: number;
}

const LINE_GAP = 0.2;

export function measureBlock(lines: LabelLine[]): LabelBlock {
  let height = 0;
  lines.forEach((l, i) => {
    const size = FONT[l.size];
    height += (ASCENT + DESCENT) * size + (i > 0 ? LINE_GAP * size : 0);
  });
  const width = Math.max(0, ...lines.map((l) => textWidth(l.text, FONT[l.size])));
  return { lines, width, height };
}

/**
 * Text marks for a block whose box has its top at `top` and its anchor edge at `x`
 * ('start': left edge, 'middle': centre, 'end': right edge). Keys are `${key}:${i}`.
 */
export function blockMarks(
  block: LabelBlock,
  key: string,
  x: number,
  top: number,
  anchor: 'start' | 'middle' | 'end',
  className: string,
  opacity: number,
): TextMark[] {
  let cursor = top;
  return block.lines.map((l, i) => {
    const size = FONT[l.size];
    if (i > 0) cursor += LINE_GAP * size;
    const baseline = cursor + ASCENT * size;
    cursor = baseline + DESCENT * size;
    const cls = [TEXT_CLASS[l.size], l.className, className].filter(Boolean).join(' ');
    return {
      type: 'text',
      key: `${key}:${i}`,
      x: round1(x),
      y: round1(baseline),
      text: l.text,
      anchor,
      baseline: 'auto',
      className: cls,
      opacity,
    } satisfies TextMark;
  });
}

/** Box of a block placed with blockMarks' conventions. */
export function blockBox(block: LabelBlock, x: number, top: number, anchor: 'start' | 'middle' | 'end'): Box {
  const x0 = anchor === 'start' ? x : anchor === 'middle' ? x - block.width / 2 : x - block.width;
  return { x0, y0: top, x1: x0 + block.width, y1: top + block.height };
}
