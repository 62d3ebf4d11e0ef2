/** The optional panel under the timeline: theater counts as bars, planned against actual. */
import { scaleLinear } from 'd3-scale';
import type { Words } from '../../i18n/words.ts';
import { round1 } from '../core/round.ts';
import type { Mark } from '../core/scene.ts';
import { FONT, wrapText } from '../core/text.ts';
import { blockHeight, blockMarks, textBlock } from '../core/text-block.ts';
import { say } from './messages.ts';
import type { TheaterRow } from './model.ts';

const BAR_HEIGHT = 12;
const ROW_GAP = 10;

/** "about 331; sources say 300 to 331" */
export function theaterFigure(row: TheaterRow, words: Words): string {
  const { fmt } = words;
  const figure = fmt.qualified(row.qualifier, fmt.count(row.count));
  // Labels that already name the range (e.g. "reports range from 300 to 331") are not repeated.
  if (row.count_low === undefined || row.count_low === row.count || row.label.includes(fmt.count(row.count_low))) return figure;
  const [low, high] = [Math.min(row.count_low, row.count), Math.max(row.count_low, row.count)];
  return say(words)('theaters.range', { figure, low: fmt.count(low), high: fmt.count(high) });
}

export function theaterText(row: TheaterRow, words: Words): string {
  return say(words)('theaters.label', { label: row.label, figure: theaterFigure(row, words) });
}

/**
 * The selected rows as bars on one scale (the largest count of all rows, so a bar keeps its length
 * from state to state), stacked from the bottom of the canvas; `top` is where the panel starts.
 */
export function theaterPanel(
  all: TheaterRow[],
  selected: TheaterRow[],
  left: number,
  right: number,
  bottom: number,
  words: Words,
): { top: number; marks: Mark[] } {
  const blocks = selected.map((r) => textBlock(wrapText(theaterText(r, words), right - left, FONT.small), 'small'));
  const height = blocks.reduce((h, b) => h + blockHeight(b) + 4 + BAR_HEIGHT + ROW_GAP, -ROW_GAP);
  const top = bottom - height;
  const xb = scaleLinear()
    .domain([0, Math.max(1, ...all.map((r) => r.count))])
    .range([left, right]);
  const marks: Mark[] = [];
  let y = top;
  selected.forEach((r, i) => {
    const block = blocks[i] ?? textBlock([], 'small');
    const barY = y + blockHeight(block) + 4;
    const low = Math.min(r.count_low ?? r.count, r.count);
    marks.push({
      type: 'rect',
      key: `theaters:${r.id}:bar`,
      datum: `theaters/${r.id}`,
      className: `theaters-bar ${r.qualifier === 'about' ? 'is-estimate' : ''}`.trim(),
      x: round1(xb(0)),
      y: round1(barY),
      width: round1(xb(low) - xb(0)),
      height: BAR_HEIGHT,
    });
    if (r.count_low !== undefined && r.count_low !== r.count) {
      marks.push({
        type: 'rect',
        key: `theaters:${r.id}:range`,
        className: 'theaters-range is-range',
        x: round1(xb(low)),
        y: round1(barY),
        width: round1(Math.abs(xb(r.count) - xb(r.count_low))),
        height: BAR_HEIGHT,
      });
    }
    marks.push(...blockMarks(`theaters:${r.id}:label`, block, left, y, 'start', 'theaters-label'));
    y = barY + BAR_HEIGHT + ROW_GAP;
  });
  return { top, marks };
}
