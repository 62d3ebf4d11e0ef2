/**
 * The timeline's model: rows to events on a day scale, the zoom, the dots (events of one day stack
 * upwards) and where each leader rises from. Nothing here is drawn; marks.ts draws it.
 */
import { scaleLinear, type ScaleLinear } from 'd3-scale';
import type { Words } from '../../i18n/words.ts';
import type { RowOf } from '../../schemas/datasets.ts';
import { wrapText, FONT } from '../core/text.ts';
import { textBlock, type TextBlock } from '../core/text-block.ts';
import { dayFraction, daysBetween } from '../core/time.ts';
import { say } from './messages.ts';
import type { TimelineParams } from './params.ts';
import { raiseLeaders, type Dot } from './leaders.ts';
import { StackLevels } from './stack.ts';

export type TimelineRow = RowOf<'timeline'>;
export type TheaterRow = RowOf<'theaters'>;

export interface TimelineData {
  timeline: TimelineRow[];
  theaters: TheaterRow[];
}

export const MARGIN = { top: 8, right: 12, bottom: 8, left: 12 };
/** Room at the ends of the axis so edge dots are not cut in half. */
const AXIS_PAD = 8;
export const HIGHLIGHT_R = 5.5;
/** Events still to come are small faint dots. */
const FUTURE_R = 2.5;

/**
 * Where an event stands in the story at this state: the timeline builds up step by step. `current`
 * events are the highlighted ones (the step's news, labelled in full, large); `past` ones came
 * before them (labelled shortly); `future` ones come later and are faint dots without a label, so
 * nothing is told before the story gets there. Without a highlight every event is `past`.
 */
export type Stage = 'past' | 'current' | 'future';

export interface Event {
  row: TimelineRow;
  /** Days since the first event's date; events without a time sit at midday. */
  t: number;
  highlight: boolean;
  stage: Stage;
  block: TextBlock;
  x: number;
  r: number;
  /** Dot centre. */
  cy: number;
  /** Where the leader rises from: the top of the stack over the dot, at that stack's x. */
  leaderX: number;
  foot: number;
}

export interface TimelineModel {
  origin: string;
  lastDate: string;
  fromIso: string;
  toIso: string;
  fromDay: number;
  toDay: number;
  x: ScaleLinear<number, number>;
  plotL: number;
  plotR: number;
  axisY: number;
  /** Events in view, in date order. */
  events: Event[];
  /** Every event, for counts in words. */
  total: number;
  anyHighlight: boolean;
  /** Days since the origin the story has reached (the latest highlighted event); undefined without a highlight. */
  now: number | undefined;
}

export function eventWhen(row: TimelineRow, year: boolean, words: Words): string {
  const day = words.fmt.date(row.date, { year });
  return row.time ? say(words)('when.time', { date: day, time: words.fmt.timeOfDay(row.time) }) : day;
}

/**
 * The step's news in full ("Dec. 24, 1 pm: Online release"), set large; what came before only as
 * what happened, without the date the axis gives or an aside in brackets, so the past stays short.
 */
function eventLines(row: TimelineRow, stage: Stage, wrapWidth: number, words: Words): string[] {
  if (stage === 'current')
    return wrapText(
      say(words)('label.current', { when: eventWhen(row, false, words), event: row.label }),
      wrapWidth * 1.3,
      FONT.focus,
      true,
    );
  return wrapText(row.label.replace(/\s*\([^)]*\)$/, ''), wrapWidth, FONT.small);
}

/** `bottom`: the y the axis sits above (the theater panel's top, or the canvas's bottom margin). */
export function timelineModel(
  rows: TimelineRow[],
  state: TimelineParams,
  width: number,
  axisY: number,
  compact: boolean,
  words: Words,
): TimelineModel {
  const plotL = MARGIN.left;
  const plotR = width - MARGIN.right;
  const wrapWidth = compact ? 118 : 150;
  const highlighted = new Set(state.highlight);
  const sorted = rows
    .map((row, i) => ({ row, i }))
    .sort((a, b) => a.row.date.localeCompare(b.row.date) || (a.row.time ?? '12:00').localeCompare(b.row.time ?? '12:00') || a.i - b.i)
    .map(({ row }) => row);
  const origin = sorted[0]?.date ?? state.from ?? '2014-11-24';
  const lastDate = sorted.at(-1)?.date ?? origin;
  const fromIso = state.from ?? origin;
  const toIso = state.to ?? lastDate;
  const fromDay = daysBetween(origin, fromIso);
  const toDay = daysBetween(origin, toIso) + 1;
  const x = scaleLinear()
    .domain([fromDay, toDay])
    .range([plotL + AXIS_PAD, plotR - AXIS_PAD])
    .clamp(true);

  const inView = sorted
    .map((row) => ({ row, t: daysBetween(origin, row.date) + (row.time ? dayFraction(row.time) : 0.5) }))
    .filter(({ t }) => t >= fromDay && t <= toDay);
  const anyHighlight = inView.some(({ row }) => highlighted.has(row.id));
  // The story has reached the latest highlighted event; everything after it is still to come.
  const now = Math.max(-Infinity, ...inView.filter(({ row }) => highlighted.has(row.id)).map(({ t }) => t));
  const stageOf = (row: TimelineRow, t: number): Stage =>
    highlighted.has(row.id) ? 'current' : anyHighlight && t > now ? 'future' : 'past';
  // Dots whose centres would fall inside each other (events of one day) stack upwards; dots of
  // neighbouring days may touch, which a light outline in CSS keeps legible.
  const stackStep = 2 * HIGHLIGHT_R + 2;
  const dots: Dot[] = [];
  const baseR = (compact ? 3.5 : 4.5) - (anyHighlight ? 0.5 : 0);
  // Events come in date order, so x never decreases, as StackLevels needs.
  const levels = new StackLevels(inView.length, [HIGHLIGHT_R, baseR, FUTURE_R]);
  // Each level's y by repeated subtraction, as the dots have always been stacked.
  const levelY = [axisY];
  const events: Event[] = inView.map(({ row, t }) => {
    const highlight = highlighted.has(row.id);
    const stage = stageOf(row, t);
    const r = highlight ? HIGHLIGHT_R : stage === 'future' ? FUTURE_R : baseR;
    const ex = x(t);
    const level = levels.place(ex, r);
    while (levelY.length <= level) levelY.push((levelY.at(-1) ?? axisY) - stackStep);
    const cy = levelY[level] ?? axisY;
    dots.push({ x: ex, y: cy, r, id: row.id });
    const block = stage === 'future' ? textBlock([], 'small') : textBlock(eventLines(row, stage, wrapWidth, words), 'small', highlight);
    return { row, t, highlight, stage, block, x: ex, r, cy, leaderX: ex, foot: cy - r - 3 };
  });
  raiseLeaders(events, dots, HIGHLIGHT_R);
  return {
    origin,
    lastDate,
    fromIso,
    toIso,
    fromDay,
    toDay,
    x,
    plotL,
    plotR,
    axisY,
    events,
    total: rows.length,
    anyHighlight,
    now: anyHighlight ? now : undefined,
  };
}
