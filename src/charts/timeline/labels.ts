/**
 * Label placement shared by the timeline, release-hours and money layouts: text blocks measured
 * with the estimates of core/text.ts, a greedy placer that refuses overlaps, a one-dimensional
 * dodge, and a checker the tests run over every scene.
 *
 * It lives here rather than in core/ only because core/ belongs to another helper; it is chart-agnostic
 * and can move to core/ as it is.
 */
import type { Mark, Scene, TextMark } from '../core/scene.ts';
import { FONT, textWidth } from '../core/text.ts';

/** Coordinates are rounded to one decimal to keep the SVG small. */
export function r1(n: number): number {
  return Math.round(n * 10) / 10;
}

/**
 * Text marks carry their size as a class, `text-label` | `text-small` | `text-axis` | `text-title`,
 * and the stylesheet must set exactly the FONT size for each: the layout measured with it.
 */
export type TextSize = keyof typeof FONT;

export function textClass(size: TextSize, ...more: (string | false | undefined)[]): string {
  return [`text-${size}`, ...more].filter(Boolean).join(' ');
}

export function fontSizeOf(className: string | undefined): number {
  const m = /\btext-(label|small|axis|title)\b/.exec(className ?? '');
  return m ? FONT[m[1] as TextSize] : FONT.small;
}

/** Highlighted text may be set bold; bold Inter runs up to ~8% wider, so placement reserves 10%. */
export const BOLD_WIDTH = 1.1;

function isBold(className: string | undefined): boolean {
  return /\bis-highlight\b/.test(className ?? '');
}

/** Space from one baseline to the next. */
export function lineHeight(size: number): number {
  return Math.ceil(size * 1.25);
}

const ASCENT = 0.8;
const DESCENT = 0.25;

export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

export function overlaps(a: Box, b: Box, pad = 0): boolean {
  return a.x0 < b.x1 + pad && b.x0 < a.x1 + pad && a.y0 < b.y1 + pad && b.y0 < a.y1 + pad;
}

export function insideBox(a: Box, outer: Box): boolean {
  return a.x0 >= outer.x0 && a.x1 <= outer.x1 && a.y0 >= outer.y0 && a.y1 <= outer.y1;
}

/** Estimated ink box of one text mark. */
export function textBox(m: TextMark): Box {
  const size = fontSizeOf(m.className);
  const w = textWidth(m.text, size) * (isBold(m.className) ? BOLD_WIDTH : 1);
  const x0 = m.anchor === 'middle' ? m.x - w / 2 : m.anchor === 'end' ? m.x - w : m.x;
  const h = (ASCENT + DESCENT) * size;
  const y0 = m.baseline === 'hanging' ? m.y : m.baseline === 'middle' ? m.y - h / 2 : m.y - ASCENT * size;
  return { x0, y0, x1: x0 + w, y1: y0 + h };
}

/** Lines of text set together, top-aligned at `top`. */
export interface TextBlock {
  lines: string[];
  size: number;
  bold: boolean;
}

export function blockWidth(b: TextBlock): number {
  return Math.max(0, ...b.lines.map((l) => textWidth(l, b.size))) * (b.bold ? BOLD_WIDTH : 1);
}

export function blockHeight(b: TextBlock): number {
  if (b.lines.length === 0) return 0;
  return (ASCENT + DESCENT) * b.size + (b.lines.length - 1) * lineHeight(b.size);
}

export type Anchor = 'start' | 'middle' | 'end';

export function blockBox(b: TextBlock, x: number, top: number, anchor: Anchor): Box {
  const w = blockWidth(b);
  const x0 = anchor === 'middle' ? x - w / 2 : anchor === 'end' ? x - w : x;
  return { x0, y0: top, x1: x0 + w, y1: top + blockHeight(b) };
}

/** One text mark per line, keyed `${key}:${i}`. */
export function blockMarks(
  key: string,
  b: TextBlock,
  x: number,
  top: number,
  anchor: Anchor,
  className: string,
  opacity: number,
): TextMark[] {
  return b.lines.map((text, i) => {
    const m: TextMark = {
      type: 'text',
      key: `${key}:${i}`,
      x: r1(x),
      y: r1(top + ASCENT * b.size + i * lineHeight(b.size)),
      text,
      anchor,
      className,
    };
    if (opacity !== 1) m.opacity = opacity;
    return m;
  });
}

/** Greedy placement: a box is accepted when it lies inside the bounds and clear of everything placed. */
export interface Placer {
  bounds: Box;
  placed: Box[];
}

export function createPlacer(bounds: Box): Placer {
  return { bounds, placed: [] };
}

export function fits(p: Placer, boxes: Box[], pad = 2): boolean {
  return boxes.every((b) => insideBox(b, p.bounds) && p.placed.every((q) => !overlaps(b, q, pad)));
}

export function reserve(p: Placer, ...boxes: Box[]): void {
  p.placed.push(...boxes);
}

/** The first candidate (a set of boxes that go together) that fits, reserved; -1 when none does. */
export function placeFirst(p: Placer, candidates: Box[][], pad = 2): number {
  const i = candidates.findIndex((c) => fits(p, c, pad));
  const chosen = candidates[i];
  if (chosen) reserve(p, ...chosen);
  return i;
}

/**
 * Spread intervals along one axis so none overlap, each as near its target start as the others
 * allow, all within [min, max]. Returns starts in the input order.
 */
export function dodge(targets: number[], sizes: number[], min: number, max: number): number[] {
  const order = targets.map((_, i) => i).sort((a, b) => (targets[a] ?? 0) - (targets[b] ?? 0) || a - b);
  const pos = order.map((i) => targets[i] ?? 0);
  const size = order.map((i) => sizes[i] ?? 0);
  const n = pos.length;
  for (let k = 0; k < n; k++) pos[k] = Math.max(pos[k] ?? 0, k > 0 ? (pos[k - 1] ?? 0) + (size[k - 1] ?? 0) : min);
  for (let k = n - 1; k >= 0; k--) {
    const limit = k < n - 1 ? (pos[k + 1] ?? 0) - (size[k] ?? 0) : max - (size[k] ?? 0);
    pos[k] = Math.min(pos[k] ?? 0, limit);
  }
  for (let k = 0; k < n; k++) pos[k] = Math.max(pos[k] ?? 0, k > 0 ? (pos[k - 1] ?? 0) + (size[k - 1] ?? 0) : min);
  const out = new Array<number>(n);
  order.forEach((i, k) => (out[i] = pos[k] ?? 0));
  return out;
}

/** Boxes along a polyline, so labels can keep off a drawn line. */
export function polylineBoxes(points: [number, number][], halfWidth = 1.5, step = 6): Box[] {
  const out: Box[] = [];
  for (let i = 1; i < points.length; i++) {
    const [ax, ay] = points[i - 1] ?? [0, 0];
    const [bx, by] = points[i] ?? [0, 0];
    const n = Math.max(1, Math.ceil(Math.hypot(bx - ax, by - ay) / step));
    for (let k = 0; k < n; k++) {
      const x0 = ax + ((bx - ax) * k) / n;
      const y0 = ay + ((by - ay) * k) / n;
      const x1 = ax + ((bx - ax) * (k + 1)) / n;
      const y1 = ay + ((by - ay) * (k + 1)) / n;
      out.push({
        x0: Math.min(x0, x1) - halfWidth,
        y0: Math.min(y0, y1) - halfWidth,
        x1: Math.max(x0, x1) + halfWidth,
        y1: Math.max(y0, y1) + halfWidth,
      });
    }
  }
  return out;
}

export function visible(m: Mark): boolean {
  return m.opacity !== 0;
}

function markBox(m: Mark): Box | undefined {
  switch (m.type) {
    case 'text':
      return textBox(m);
    case 'rect':
      return { x0: m.x, y0: m.y, x1: m.x + m.width, y1: m.y + m.height };
    case 'line':
      return { x0: Math.min(m.x1, m.x2), y0: Math.min(m.y1, m.y2), x1: Math.max(m.x1, m.x2), y1: Math.max(m.y1, m.y2) };
    case 'circle':
      return { x0: m.cx - m.r, y0: m.cy - m.r, x1: m.cx + m.r, y1: m.cy + m.r };
    case 'path': {
      const nums = (m.d.match(/-?\d+(?:\.\d+)?/g) ?? []).map(Number);
      const xs = nums.filter((_, i) => i % 2 === 0);
      const ys = nums.filter((_, i) => i % 2 === 1);
      if (xs.length === 0) return undefined;
      return { x0: Math.min(...xs), y0: Math.min(...ys), x1: Math.max(...xs), y1: Math.max(...ys) };
    }
  }
}

function numbersOf(m: Mark): number[] {
  switch (m.type) {
    case 'text':
      return [m.x, m.y];
    case 'rect':
      return [m.x, m.y, m.width, m.height];
    case 'line':
      return [m.x1, m.y1, m.x2, m.y2];
    case 'circle':
      return [m.cx, m.cy, m.r];
    case 'path':
      return (m.d.match(/-?\d+(?:\.\d+)?(?:e-?\d+)?/g) ?? []).map(Number);
  }
}

/**
 * What is wrong with a scene, in words; empty when nothing is. Checks that every mark lies inside
 * the canvas with finite coordinates of at most one decimal, that no two visible text marks overlap,
 * that keys are unique, and that the accessible parts are filled in. Paths are read as M/L/Z only.
 */
export function sceneProblems(scene: Scene): string[] {
  const problems: string[] = [];
  const canvas: Box = { x0: -0.05, y0: -0.05, x1: scene.width + 0.05, y1: scene.height + 0.05 };
  const keys = new Set<string>();
  for (const m of scene.marks) {
    if (keys.has(m.key)) problems.push(`duplicate key ${m.key}`);
    keys.add(m.key);
    for (const n of numbersOf(m)) {
      if (!Number.isFinite(n)) problems.push(`${m.key}: non-finite number`);
      else if (Math.abs(n * 10 - Math.round(n * 10)) > 1e-6) problems.push(`${m.key}: ${n} not rounded to 1 decimal`);
    }
    if (m.type === 'path' && /[^MLZ0-9.,\s-]/.test(m.d)) problems.push(`${m.key}: path uses commands other than M/L/Z`);
    if (m.type === 'text' && m.text.trim() === '' && visible(m)) problems.push(`${m.key}: empty visible text`);
    const b = markBox(m);
    if (b && !insideBox(b, canvas)) {
      problems.push(`${m.key} outside the canvas: [${b.x0.toFixed(1)}, ${b.y0.toFixed(1)}]–[${b.x1.toFixed(1)}, ${b.y1.toFixed(1)}]`);
    }
  }
  const texts = scene.marks.filter((m): m is TextMark => m.type === 'text' && visible(m));
  const boxes = texts.map(textBox);
  for (let i = 0; i < texts.length; i++) {
    for (let j = i + 1; j < texts.length; j++) {
      const a = boxes[i];
      const b = boxes[j];
      if (a && b && overlaps(a, b)) problems.push(`text ${texts[i]?.key} overlaps ${texts[j]?.key}`);
    }
  }
  if (!scene.title.trim()) problems.push('empty title');
  const sentences = scene.description.split(/(?<=\.)\s+(?=[A-Z])/).filter(Boolean).length;
  if (sentences < 2 || sentences > 4) problems.push(`description has ${sentences} sentences, expected 2–4`);
  if (scene.table.rows.some((r) => r.length !== scene.table.columns.length)) problems.push('table row width differs from columns');
  return problems;
}
