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

/** Where a label sits relative to the point it names. */
export type Side = 'right' | 'left' | 'above' | 'below' | 'above-left' | 'above-right' | 'below-left' | 'below-right';

export interface Placement {
  x: number;
  top: number;
  anchor: 'start' | 'middle' | 'end';
  box: Box;
}

export interface Obstacles {
  /** Other text: a label must never overlap it. */
  texts: Box[];
  /** Markers: best avoided. */
  marks: Box[];
  /** Lines: best avoided. */
  segments: [number, number, number, number][];
}

/**
 * Puts `block` next to the point (px, py): tries each side in order, then the same sides nudged
 * up and down, and keeps the first spot inside `bounds` that touches no obstacle. When none is
 * free it keeps the spot with the fewest collisions, so a crowded chart still gets a label.
 */
export function placeNear(
  block: LabelBlock,
  px: number,
  py: number,
  sides: Side[],
  obstacles: Obstacles,
  bounds: Box,
  { gap = 8, spacing = 3, nudge = 6, maxNudge = 14 }: { gap?: number; spacing?: number; nudge?: number; maxNudge?: number } = {},
): Placement {
  const h = block.height;
  const at = (side: Side, dx: number, dy: number): Placement => {
    let x = px;
    let top = py - h / 2;
    let anchor: Placement['anchor'] = 'middle';
    if (side === 'right' || side === 'above-right' || side === 'below-right') {
      anchor = 'start';
      x = px + (side === 'right' ? gap : 2);
    } else if (side === 'left' || side === 'above-left' || side === 'below-left') {
      anchor = 'end';
      x = px - (side === 'left' ? gap : 2);
    }
    if (side.startsWith('above')) top = py - gap - h;
    else if (side.startsWith('below')) top = py + gap;
    top += dy;
    x += dx;
    return { x, top, anchor, box: blockBox(block, x, top, anchor) };
  };
  // Offsets nearest first; at each distance, sides in the order of preference.
  const offsets: [number, number][] = [];
  for (let i = -maxNudge; i <= maxNudge; i++) for (let j = -maxNudge; j <= maxNudge; j++) offsets.push([i, j]);
  offsets.sort((a, b) => Math.hypot(a[0], a[1]) - Math.hypot(b[0], b[1]) || Math.abs(a[0]) - Math.abs(b[0]) || b[1] - a[1] || b[0] - a[0]);
  const candidates: Placement[] = [];
  for (const [i, j] of offsets) for (const side of sides) candidates.push(at(side, i * nudge, j * nudge));
  const fits = (c: Placement): boolean => c.box.x0 >= bounds.x0 && c.box.y0 >= bounds.y0 && c.box.x1 <= bounds.x1 && c.box.y1 <= bounds.y1;
  const own = (o: Box): boolean => px >= o.x0 && px <= o.x1 && py >= o.y0 && py <= o.y1;
  const collisions = (c: Placement): number => {
    const b = grow(c.box, spacing);
    let score =
      100 * obstacles.texts.filter((o) => overlaps(o, b)).length +
      5 * obstacles.marks.filter((o) => overlaps(o, b)).length +
      obstacles.segments.filter(([ax, ay, bx, by]) => segmentHitsBox(ax, ay, bx, by, b)).length;
    // A label set apart gets a leader line; that line must not run through other text or markers.
    const [ex, ey] = nearestOnBox(c.box, px, py);
    if (Math.hypot(ex - px, ey - py) > gap + 3) {
      score += 50 * obstacles.texts.filter((o) => segmentHitsBox(px, py, ex, ey, o)).length;
      score += 20 * obstacles.marks.filter((o) => !own(o) && segmentHitsBox(px, py, ex, ey, o)).length;
    }
    return score;
  };
  const inBounds = candidates.filter(fits);
  const pool = inBounds.length ? inBounds : candidates;
  let best: Placement = pool[0] ?? at(sides[0] ?? 'right', 0, 0);
  let bestScore = Infinity;
  for (const c of pool) {
    const score = collisions(c);
    if (score === 0) return c;
    if (score < bestScore) {
      bestScore = score;
      best = c;
    }
  }
  return best;
}

/** Nearest point of a box to (px, py): where a leader line from the point should end. */
export function nearestOnBox(box: Box, px: number, py: number): [number, number] {
  return [Math.min(Math.max(px, box.x0), box.x1), Math.min(Math.max(py, box.y0), box.y1)];
}
