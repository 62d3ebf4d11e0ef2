/**
 * Labels whose lines differ in size (a name, then smaller detail), measured once and placed
 * later. The lockout map and the piracy chart set their labels this way.
 *
 * The box is the glyph box only (Inter's ascent and descent, no line gap), with a fifth of the
 * font size between lines.
 */
import { anchoredBox, type Anchor, type Box } from './box.ts';
import { round1 } from './round.ts';
import type { TextMark } from './scene.ts';
import { FONT, textClass, textWidth, type TextSize } from './text.ts';
import type { TextMetrics } from './text-box.ts';

/** No room is reserved for bold, though charts.css sets highlighted text bold: these charts were tuned without it. */
export const LABEL_BLOCK_METRICS: TextMetrics = { ascent: 0.78, descent: 0.22, boldWidth: 1 };
const { ascent, descent } = LABEL_BLOCK_METRICS;
const LINE_GAP = 0.2;

export interface LabelLine {
  text: string;
  size: TextSize;
  /** Extra classes for this line (e.g. "map-label-name"). */
  className?: string;
}

export interface LabelBlock {
  lines: LabelLine[];
  width: number;
  height: number;
}

export function measureLabel(lines: LabelLine[]): LabelBlock {
  let height = 0;
  lines.forEach((l, i) => {
    const size = FONT[l.size];
    height += (ascent + descent) * size + (i > 0 ? LINE_GAP * size : 0);
  });
  const width = Math.max(0, ...lines.map((l) => textWidth(l.text, FONT[l.size])));
  return { lines, width, height };
}

export function labelBox(block: LabelBlock, x: number, top: number, anchor: Anchor): Box {
  return anchoredBox(x, top, block.width, block.height, anchor);
}

/** Text marks for a label whose box has its top at `top` and its `anchor` edge at `x`; keys are `${key}:${i}`. */
export function labelTexts(
  block: LabelBlock,
  key: string,
  x: number,
  top: number,
  anchor: Anchor,
  className: string,
  opacity: number,
): TextMark[] {
  let cursor = top;
  return block.lines.map((l, i) => {
    const size = FONT[l.size];
    if (i > 0) cursor += LINE_GAP * size;
    const baseline = cursor + ascent * size;
    cursor = baseline + descent * size;
    return {
      type: 'text',
      key: `${key}:${i}`,
      x: round1(x),
      y: round1(baseline),
      text: l.text,
      anchor,
      baseline: 'auto',
      className: textClass(l.size, l.className, className),
      opacity,
    } satisfies TextMark;
  });
}
