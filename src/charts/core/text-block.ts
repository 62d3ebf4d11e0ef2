/**
 * Text blocks: lines of one size, set together, measured before they are placed. The timeline,
 * release-hours and money charts set their labels this way.
 *
 * The box is a full line box (ascent and descent of Inter, rounded up) and bold text is given
 * room, so labels keep a little air around them once the real font renders.
 */
import { anchoredBox, type Anchor, type Box } from './box.ts';
import { round1 } from './round.ts';
import type { TextMark } from './scene.ts';
import { textWidth } from './text.ts';
import type { TextMetrics } from './text-box.ts';

/** Highlighted text may be set bold; bold Inter runs up to ~8% wider, so placement reserves 10%. */
export const BOLD_WIDTH = 1.1;

export const TEXT_BLOCK_METRICS: TextMetrics = { ascent: 0.8, descent: 0.25, boldWidth: BOLD_WIDTH };
const { ascent, descent } = TEXT_BLOCK_METRICS;

export interface TextBlock {
  lines: string[];
  size: number;
  bold: boolean;
}

/** Space from one baseline to the next. */
function lineHeight(size: number): number {
  return Math.ceil(size * 1.25);
}

export function blockWidth(b: TextBlock): number {
  return Math.max(0, ...b.lines.map((l) => textWidth(l, b.size))) * (b.bold ? BOLD_WIDTH : 1);
}

export function blockHeight(b: TextBlock): number {
  if (b.lines.length === 0) return 0;
  return (ascent + descent) * b.size + (b.lines.length - 1) * lineHeight(b.size);
}

export function blockBox(b: TextBlock, x: number, top: number, anchor: Anchor): Box {
  return anchoredBox(x, top, blockWidth(b), blockHeight(b), anchor);
}

/** One text mark per line, keyed `${key}:${i}`, top-aligned at `top`. */
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
      x: round1(x),
      y: round1(top + ascent * b.size + i * lineHeight(b.size)),
      text,
      anchor,
      className,
    };
    if (opacity !== 1) m.opacity = opacity;
    return m;
  });
}
