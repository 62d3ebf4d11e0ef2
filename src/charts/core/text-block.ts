/**
 * Text blocks: lines set together (of one size, or a name then smaller detail), measured before
 * they are placed. Every chart sets its labels this way, and `textBox` gives the box of a text mark
 * by the same model, so "no overlap" means the same to the layouts and the tests.
 */
import { anchoredBox, type Anchor, type Box } from './box.ts';
import { round1 } from './round.ts';
import type { TextMark } from './scene.ts';
import { ASCENT, DESCENT, fontSizeOf, isBold, setSize, textClass, textWidth, type TextSize } from './text.ts';

export interface TextLine {
  text: string;
  /** Its size class (text-label, text-small, ...) is set on the mark. */
  size: TextSize;
  /** Extra classes for this line only (e.g. "map-label-name"). */
  className?: string;
}

export interface TextBlock {
  lines: TextLine[];
  /** Measured (and, with the is-highlight class, set) bold and at the focus size: the step's annotation. */
  bold: boolean;
}

/** A block of lines of one size. */
export function textBlock(lines: string[], size: TextSize, bold = false): TextBlock {
  return { lines: lines.map((text) => ({ text, size })), bold };
}

/** Baseline to baseline. */
function lineHeight(size: number): number {
  return Math.ceil(size * 1.25);
}

/** Offsets of each line's baseline below the block's top. */
function baselines(b: TextBlock): number[] {
  const out: number[] = [];
  let y = 0;
  b.lines.forEach((l, i) => {
    const size = setSize(l.size, b.bold);
    y = i === 0 ? ASCENT * size : y + lineHeight(size);
    out.push(y);
  });
  return out;
}

export function blockWidth(b: TextBlock): number {
  return Math.max(0, ...b.lines.map((l) => textWidth(l.text, setSize(l.size, b.bold), b.bold)));
}

export function blockHeight(b: TextBlock): number {
  const last = b.lines.at(-1);
  return last ? (baselines(b).at(-1) ?? 0) + DESCENT * setSize(last.size, b.bold) : 0;
}

export function blockBox(b: TextBlock, x: number, top: number, anchor: Anchor): Box {
  return anchoredBox(x, top, blockWidth(b), blockHeight(b), anchor);
}

/** One text mark per line, keyed `${key}:${i}`, top-aligned at `top`; classes: the line's size, `className`, the line's own. */
export function blockMarks(key: string, b: TextBlock, x: number, top: number, anchor: Anchor, className: string): TextMark[] {
  const ys = baselines(b);
  return b.lines.map((l, i) => ({
    type: 'text',
    key: `${key}:${i}`,
    x: round1(x),
    y: round1(top + (ys[i] ?? 0)),
    text: l.text,
    anchor,
    className: textClass(l.size, className, l.className),
  }));
}

/** The estimated box of a text mark as it renders: size from its class, bold when highlighted. */
export function textBox(m: TextMark): Box {
  const size = fontSizeOf(m.className);
  const w = textWidth(m.text, size, isBold(m.className));
  const h = (ASCENT + DESCENT) * size;
  const top = m.baseline === 'hanging' ? m.y : m.baseline === 'middle' ? m.y - h / 2 : m.y - ASCENT * size;
  return anchoredBox(m.x, top, w, h, m.anchor ?? 'start');
}
