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
 * A label on a flagpole: a vertical leader rises from `foot` at `x` to the label's top, and the
 * label hangs beside it on one side.
 */
export interface Flag {
  id: string;
  x: number;
  /** Where the leader starts (the top of the marker it belongs to, less a gap). */
  foot: number;
  block: TextBlock;
  /** Placed before the others, and counted first when arrangements are compared. */
  priority: boolean;
}

export interface FlagPlacement {
  /** x of the text anchor. */
  lx: number;
  top: number;
  anchor: Anchor;
}

export interface FlagLayout {
  placed: Map<string, FlagPlacement>;
  /** Priority flags placed, other flags placed, minus the total leader length: larger is better. */
  score: [number, number, number];
}

const FLAG_GAP = 4;

/**
 * Places flags above their feet, each as low as it can go without its label or leader touching
 * anything else; a flag that finds no room is left out (never overlapped).
 *
 * A dense cluster reads best as a tent: flags left of some split hang to the left of their leaders,
 * rising towards the split, and flags right of it hang to the right. Every split is tried, with and
 * without priority flags first; the arrangement that places all priority flags, then the most
 * others, with the shortest leaders, wins.
 */
export function placeFlags(flags: Flag[], bounds: Box, obstacles: Box[]): FlagLayout {
  const sorted = [...flags].sort((a, b) => a.x - b.x);
  const attempt = (split: number, priorityFirst: boolean, sideFirst: boolean): FlagLayout => {
    // Leaders may run along each other (a stack's flags share one), so they are kept apart from
    // labels and markers, which nothing may cross.
    const solid = createPlacer(bounds);
    const poles = createPlacer(bounds);
    reserve(solid, ...obstacles);
    const staircase = [...sorted.slice(0, split), ...sorted.slice(split).reverse()];
    const order = priorityFirst ? [...staircase.filter((f) => f.priority), ...staircase.filter((f) => !f.priority)] : staircase;
    const placed = new Map<string, FlagPlacement>();
    let leaderLength = 0;
    for (const f of order) {
      const h = blockHeight(f.block);
      const lowest = f.foot - FLAG_GAP - h;
      const lowestTop = (anchor: Anchor): number | undefined => {
        const lx = anchor === 'start' ? f.x + FLAG_GAP : f.x - FLAG_GAP;
        const at0 = blockBox(f.block, lx, 0, anchor);
        if (at0.x0 < bounds.x0 || at0.x1 > bounds.x1) return undefined;
        // The label must sit below anything in the leader's column.
        let minTop = bounds.y0;
        for (const b of solid.placed) if (b.x0 < f.x + 1 && b.x1 > f.x - 1 && b.y0 < f.foot) minTop = Math.max(minTop, b.y1 + 0.5);
        const near = [...solid.placed, ...poles.placed].filter((b) => b.x0 < at0.x1 + 2 && b.x1 > at0.x0 - 2);
        return [lowest, ...near.map((b) => b.y0 - 2.01 - h)]
          .filter((t) => t <= lowest && t >= minTop)
          .sort((a, b) => b - a)
          .find((t) => near.every((b) => !(t < b.y1 + 2 && b.y0 < t + h + 2)));
      };
      const sides: Anchor[] = sorted.indexOf(f) < split ? ['end', 'start'] : ['start', 'end'];
      const [first, second] = sides as [Anchor, Anchor];
      const t1 = lowestTop(first);
      const t2 = lowestTop(second);
      const pick: [Anchor, number] | undefined =
        t1 !== undefined && (sideFirst || t2 === undefined || t1 >= t2) ? [first, t1] : t2 !== undefined ? [second, t2] : undefined;
      if (!pick) continue;
      const [anchor, top] = pick;
      const lx = anchor === 'start' ? f.x + FLAG_GAP : f.x - FLAG_GAP;
      reserve(solid, blockBox(f.block, lx, top, anchor));
      reserve(poles, { x0: f.x - 0.5, y0: top, x1: f.x + 0.5, y1: f.foot });
      placed.set(f.id, { lx, top, anchor });
      leaderLength += f.foot - top;
    }
    const hi = sorted.filter((f) => f.priority && placed.has(f.id)).length;
    return { placed, score: [hi, placed.size - hi, -leaderLength] };
  };
  let best = attempt(0, true, true);
  for (let split = 0; split <= sorted.length; split++) {
    for (const priorityFirst of [true, false]) {
      for (const sideFirst of [true, false]) {
        const a = attempt(split, priorityFirst, sideFirst);
        const i = a.score.findIndex((v, k) => v !== best.score[k]);
        if (i >= 0 && (a.score[i] ?? 0) > (best.score[i] ?? 0)) best = a;
      }
    }
  }
  return best;
}

/** Sentences in prose, as the checker counts them: a full stop, space, then a capital. */
export function countSentences(text: string): number {
  return text.split(/(?<=\.)\s+(?=[A-Z])/).filter(Boolean).length;
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

/**
 * Hidden marks drop their state classes: a stylesheet rule such as `.is-muted { opacity: 0.35 }`
 * outranks the opacity="0" attribute and would bring a hidden mark back.
 */
export function clearHiddenStates(marks: Mark[], width = Infinity, height = Infinity): Mark[] {
  return marks.map((m) => {
    if (m.opacity !== 0) return m;
    const className = (m.className ?? '')
      .split(' ')
      .filter((c) => c !== 'is-muted' && c !== 'is-highlight')
      .join(' ');
    const out: Mark = m.className === undefined ? { ...m } : { ...m, className };
    // Hidden text waits inside the canvas, so a fade-in never starts from outside it.
    if (out.type === 'text') {
      const b = textBox(out);
      const dx = b.x0 < 0 ? -b.x0 : b.x1 > width ? width - b.x1 : 0;
      const dy = b.y0 < 0 ? -b.y0 : b.y1 > height ? height - b.y1 : 0;
      out.x = r1(out.x + dx + Math.sign(dx) * 0.1);
      out.y = r1(out.y + dy + Math.sign(dy) * 0.1);
    }
    return out;
  });
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
  const sentences = countSentences(scene.description);
  if (sentences < 2 || sentences > 4) problems.push(`description has ${sentences} sentences, expected 2–4`);
  if (scene.table.rows.some((r) => r.length !== scene.table.columns.length)) problems.push('table row width differs from columns');
  return problems;
}
