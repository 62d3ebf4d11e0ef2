/**
 * The estimated box of a text mark as it renders. Layouts place labels with these boxes and the
 * tests check scenes with them, so "no overlap" means the same thing to both.
 *
 * Two sets of proportions are in use (see text-block.ts and label-block.ts): every chart's labels
 * were tuned with one of them, and moving a chart to the other moves its labels. So the
 * proportions are a parameter, and a chart's checks must use the set its layout used.
 */
import type { TextMark } from './scene.ts';
import { anchoredBox, type Box } from './box.ts';
import { fontSizeOf, textWidth } from './text.ts';

export interface TextMetrics {
  /** Share of the font size above an alphabetic baseline. */
  ascent: number;
  /** Share of the font size below it. */
  descent: number;
  /** Width factor for highlighted text, which the stylesheet sets bold; 1 reserves no room for bold. */
  boldWidth: number;
}

function isBold(className: string | undefined): boolean {
  return /\bis-highlight\b/.test(className ?? '');
}

export function textBox(m: TextMark, metrics: TextMetrics): Box {
  const size = fontSizeOf(m.className);
  const w = textWidth(m.text, size) * (isBold(m.className) ? metrics.boldWidth : 1);
  const h = (metrics.ascent + metrics.descent) * size;
  const top = m.baseline === 'hanging' ? m.y : m.baseline === 'middle' ? m.y - h / 2 : m.y - metrics.ascent * size;
  return anchoredBox(m.x, top, w, h, m.anchor ?? 'start');
}
