/**
 * Timeline of dated events, Nov. 24, 2014 to Jan. 20, 2015, on a horizontal time axis at both sizes.
 * Labels stand above their dots on leader lines, stacked as high as they must to clear each other;
 * a label that finds no room is hidden, never overlapped, and highlighted events are placed first,
 * so they always get room. An optional panel compares theater counts as bars.
 */
import { scaleLinear } from 'd3-scale';
import type { TimelineParams } from './params.ts';
import type { RowOf } from '../../schemas/datasets.ts';
import { formatCount, formatDate, withQualifier } from '../core/format.ts';
import type { CircleMark, LayoutOptions, LineMark, Mark, RectMark, Scene, TextMark } from '../core/scene.ts';
import { FONT, textClass, textWidth, wrapText } from '../core/text.ts';
import { xTick } from '../core/axis.ts';
import type { Anchor, Box } from '../core/box.ts';
import { placeFlags, type Flag } from '../core/flags.ts';
import { clearHiddenStates } from '../core/hidden.ts';
import { createPlacer, fits, reserve } from '../core/placer.ts';
import { joinList } from '../core/prose.ts';
import { round1 } from '../core/round.ts';
import { TEXT_BLOCK_METRICS, blockBox, blockHeight, blockMarks, blockWidth, type TextBlock } from '../core/text-block.ts';
import { addDays, dayFraction, daysBetween, formatTimeOfDay, weekday } from '../core/time.ts';

type TimelineRow = RowOf<'timeline'>;
type TheaterRow = RowOf<'theaters'>;

export interface TimelineData {
  timeline: TimelineRow[];
  theaters: TheaterRow[];
}

const MARGIN = { top: 8, right: 12, bottom: 8, left: 12 };
/** Room at the ends of the axis so edge dots are not cut in half. */
const AXIS_PAD = 8;
const LABEL_SIZE = FONT.small;
const BAR_HEIGHT = 12;
const HIGHLIGHT_R = 5.5;

interface Event {
  row: TimelineRow;
  /** Days since the first event's date; events without a time sit at midday. */
  t: number;
  inView: boolean;
  highlight: boolean;
  block: TextBlock;
}

function eventWhen(row: TimelineRow, year: boolean): string {
  const day = formatDate(row.date, { year });
  return row.time ? `${day}, ${formatTimeOfDay(row.time)}` : day;
}

/** "about 331; sources say 300 to 331" */
function theaterFigure(row: TheaterRow): string {
  const figure = withQualifier(row.qualifier, formatCount(row.count));
  // Labels that already name the range (e.g. "reports range from 300 to 331") are not repeated.
  const range =
    row.count_low !== undefined && row.count_low !== row.count && !row.label.includes(formatCount(row.count_low))
      ? `; sources say ${formatCount(Math.min(row.count_low, row.count))} to ${formatCount(Math.max(row.count_low, row.count))}`
      : '';
  return `${figure}${range}`;
}

function theaterText(row: TheaterRow): string {
  return `${row.label}: ${theaterFigure(row)}`;
}

export function layoutTimeline(data: TimelineData, opts: LayoutOptions<TimelineParams>): Scene {
  const { width, height, state } = opts;
  const compact = width < 480;
  const plotL = MARGIN.left;
  const plotR = width - MARGIN.right;
  const wrapWidth = compact ? 118 : 150;
  const highlighted = new Set(state.highlight);

  const rows = data.timeline
    .map((row, i) => ({ row, i }))
    .sort((a, b) => a.row.date.localeCompare(b.row.date) || (a.row.time ?? '12:00').localeCompare(b.row.time ?? '12:00') || a.i - b.i)
    .map(({ row }) => row);
  const origin = rows[0]?.date ?? state.from ?? '2014-11-24';
  const lastDate = rows.at(-1)?.date ?? origin;
  const fromIso = state.from ?? origin;
  const toIso = state.to ?? lastDate;
  const fromDay = daysBetween(origin, fromIso);
  const toDay = daysBetween(origin, toIso) + 1;

  const events: Event[] = rows.map((row) => {
    const t = daysBetween(origin, row.date) + (row.time ? dayFraction(row.time) : 0.5);
    const highlight = highlighted.has(row.id);
    const lines = wrapText(`${eventWhen(row, false)}: ${row.label}`, wrapWidth, LABEL_SIZE);
    return { row, t, inView: t >= fromDay && t <= toDay, highlight, block: { lines, size: LABEL_SIZE, bold: highlight } };
  });
  const anyHighlight = events.some((e) => e.highlight && e.inView);

  // Theater panel, at the bottom. Rows not selected keep a place (hidden) so every state has their keys.
  const theaterById = new Map(data.theaters.map((r) => [r.id, r]));
  const selected = state.theaters.map((id) => theaterById.get(id)).filter((r): r is TheaterRow => r !== undefined);
  const showTheaters = selected.length > 0;
  const panelRows = showTheaters ? selected : data.theaters;
  const theaterBlocks = new Map(
    data.theaters.map((r) => [r.id, { lines: wrapText(theaterText(r), plotR - plotL, FONT.small), size: FONT.small, bold: false }]),
  );
  const rowGap = 10;
  const panelHeight = panelRows.reduce(
    (h, r) => h + blockHeight(theaterBlocks.get(r.id) ?? { lines: [], size: FONT.small, bold: false }) + 4 + BAR_HEIGHT + rowGap,
    -rowGap,
  );
  const panelTop = height - MARGIN.bottom - panelHeight;

  const tickSpace = 6 + FONT.axis + 4;
  const axisY = (showTheaters ? panelTop - 18 : height - MARGIN.bottom) - tickSpace;

  const x = scaleLinear()
    .domain([fromDay, toDay])
    .range([plotL + AXIS_PAD, plotR - AXIS_PAD])
    .clamp(true);

  // Dots whose centres would fall inside each other (events of one day) stack upwards; dots of
  // neighbouring days may touch, which a light outline in CSS keeps legible.
  const dotR = (e: Event) => (e.highlight ? HIGHLIGHT_R : (compact ? 3.5 : 4.5) - (anyHighlight ? 0.5 : 0));
  const stackStep = 2 * HIGHLIGHT_R + 2;
  const dotY = new Map<string, number>();
  const stacked: { x: number; y: number; r: number; id: string }[] = [];
  for (const e of events) {
    if (!e.inView) continue;
    const ex = x(e.t);
    const r = dotR(e);
    let level = 0;
    while (stacked.some((p) => p.y === axisY - level * stackStep && Math.abs(p.x - ex) < Math.max(p.r, r) + 0.5)) level++;
    stacked.push({ x: ex, y: axisY - level * stackStep, r, id: e.row.id });
    dotY.set(e.row.id, axisY - level * stackStep);
  }
  // A leader rises from its dot; where a dot sits over it, it rises from the top of that stack instead,
  // at that stack's x, so it never runs through a dot and one stack's leaders draw as one line.
  const stackTop = new Map<string, number>();
  const leaderX = new Map<string, number>();
  for (const e of events) {
    if (!e.inView) continue;
    let lx = x(e.t);
    let foot = (dotY.get(e.row.id) ?? axisY) - dotR(e) - 3;
    for (;;) {
      const blocking = stacked
        .filter((p) => p.id !== e.row.id && p.y < foot + p.r + 3 && Math.abs(p.x - lx) < p.r + 1)
        .sort((p, q) => p.y - q.y)[0];
      if (!blocking) break;
      lx = blocking.x;
      foot = blocking.y - blocking.r - 3;
    }
    stackTop.set(e.row.id, foot);
    leaderX.set(e.row.id, lx);
  }

  // Labels, on leaders above the dots.
  const shown = events.filter((e) => e.inView);
  const dotBoxes: Box[] = shown.map((e) => {
    const cy = dotY.get(e.row.id) ?? axisY;
    const r = dotR(e);
    return { x0: x(e.t) - r, y0: cy - r, x1: x(e.t) + r, y1: cy + r };
  });
  const flags: Flag[] = shown.map((e) => ({
    id: e.row.id,
    x: leaderX.get(e.row.id) ?? x(e.t),
    foot: stackTop.get(e.row.id) ?? axisY,
    block: e.block,
    priority: e.highlight,
  }));
  const { placed } = placeFlags(flags, { x0: 2, y0: MARGIN.top, x1: width - 2, y1: axisY - 6 }, dotBoxes);

  const marks: Mark[] = [];

  // Axis.
  marks.push({
    type: 'line',
    key: 'axis-x:line',
    className: 'axis-line',
    x1: round1(plotL),
    y1: round1(axisY),
    x2: round1(plotR),
    y2: round1(axisY),
  });
  const lastDay = daysBetween(origin, lastDate);
  const pxPerDay = x(fromDay + 1) - x(fromDay);
  const tickDays = Array.from({ length: lastDay + 1 }, (_, d) => d);
  const tickText = (d: number) => formatDate(addDays(origin, d), { year: false });
  const tickWidth = Math.max(...tickDays.map((d) => textWidth(tickText(d), FONT.axis)));
  const step = [1, 2, 3, 7, 14, 28].find((s) => s * pxPerDay >= tickWidth + 14) ?? 28;
  const firstMonday = tickDays.find((d) => weekday(addDays(origin, d)) === 1) ?? 0;
  const isTick = (d: number) =>
    d >= fromDay &&
    d <= toDay &&
    (step >= 7 ? (d - firstMonday) % 7 === 0 && ((d - firstMonday) / 7) % (step / 7) === 0 : (d - Math.ceil(fromDay)) % step === 0);
  const tickPlacer = createPlacer({ x0: 0, y0: 0, x1: width, y1: height });
  for (const d of tickDays) {
    const iso = addDays(origin, d);
    const tx = x(d);
    const text = tickText(d);
    const w = textWidth(text, FONT.axis);
    const anchor: Anchor = tx - w / 2 < 2 ? 'start' : tx + w / 2 > width - 2 ? 'end' : 'middle';
    const lx = anchor === 'start' ? Math.max(tx - 2, 2) : anchor === 'end' ? Math.min(tx + 2, width - 2) : tx;
    const top = axisY + 7;
    const box = blockBox({ lines: [text], size: FONT.axis, bold: false }, lx, top, anchor);
    const show = isTick(d) && fits(tickPlacer, [box], 6);
    if (show) reserve(tickPlacer, box);
    const line = xTick(`axis-x:tick:${iso}`, tx, axisY);
    const label = blockMarks(
      `axis-x:tick:${iso}:label`,
      { lines: [text], size: FONT.axis, bold: false },
      lx,
      top,
      anchor,
      textClass('axis', 'axis-label'),
      show ? 1 : 0,
    );
    if (!show) line.opacity = 0;
    marks.push(line, ...label);
  }

  // Events: leaders under dots under labels.
  const eventClass = (e: Event) =>
    [`phase-${e.row.phase}`, e.highlight ? 'is-highlight' : anyHighlight ? 'is-muted' : ''].filter(Boolean).join(' ');
  const leaders: LineMark[] = [];
  const dots: CircleMark[] = [];
  const labels: TextMark[] = [];
  for (const e of events) {
    const ex = x(e.t);
    const lx = leaderX.get(e.row.id) ?? ex;
    const where = placed.get(e.row.id);
    const cy = dotY.get(e.row.id) ?? axisY;
    const foot = stackTop.get(e.row.id) ?? axisY;
    const leader: LineMark = {
      type: 'line',
      key: `event:${e.row.id}:leader`,
      className: `event-leader ${eventClass(e)}`.trim(),
      x1: round1(lx),
      y1: round1(foot),
      x2: round1(lx),
      y2: round1(where ? where.top : foot),
    };
    if (!where) leader.opacity = 0;
    leaders.push(leader);
    const dot: CircleMark = {
      type: 'circle',
      key: `event:${e.row.id}:dot`,
      className: `event-dot ${eventClass(e)}`.trim(),
      cx: round1(ex),
      cy: round1(cy),
      r: dotR(e),
    };
    if (!e.inView) dot.opacity = 0;
    dots.push(dot);
    const hiddenAnchor: Anchor = lx + 4 + blockWidth(e.block) <= width - 2 ? 'start' : 'end';
    const at = where ?? {
      lx: hiddenAnchor === 'start' ? lx + 4 : lx - 4,
      top: Math.max(MARGIN.top, axisY - 12 - blockHeight(e.block)),
      anchor: hiddenAnchor,
    };
    labels.push(
      ...blockMarks(
        `event:${e.row.id}:label`,
        e.block,
        at.lx,
        at.top,
        at.anchor,
        textClass('small', 'event-label', eventClass(e)),
        where ? 1 : 0,
      ),
    );
  }
  marks.push(...leaders, ...dots, ...labels);

  // Theater bars.
  const maxCount = Math.max(1, ...data.theaters.map((r) => r.count));
  const xb = scaleLinear().domain([0, maxCount]).range([plotL, plotR]);
  const rowTop = new Map<string, number>();
  let y = panelTop;
  for (const r of panelRows) {
    rowTop.set(r.id, y);
    y += blockHeight(theaterBlocks.get(r.id) ?? { lines: [], size: FONT.small, bold: false }) + 4 + BAR_HEIGHT + rowGap;
  }
  for (const r of data.theaters) {
    const shown = showTheaters && selected.includes(r);
    const block = theaterBlocks.get(r.id) ?? { lines: [], size: FONT.small, bold: false };
    // A row left out of this state waits, hidden, where it fits on the canvas.
    const top = Math.min(rowTop.get(r.id) ?? panelTop, height - MARGIN.bottom - blockHeight(block) - 4 - BAR_HEIGHT);
    const barY = top + blockHeight(block) + 4;
    const low = r.count_low ?? r.count;
    const estimate = r.qualifier === 'about' ? 'is-estimate' : '';
    const bar: RectMark = {
      type: 'rect',
      key: `theaters:${r.id}:bar`,
      className: `theaters-bar ${estimate}`.trim(),
      x: round1(xb(0)),
      y: round1(barY),
      width: round1(xb(Math.min(low, r.count)) - xb(0)),
      height: BAR_HEIGHT,
    };
    const hasRange = r.count_low !== undefined && r.count_low !== r.count;
    const range: RectMark = {
      type: 'rect',
      key: `theaters:${r.id}:range`,
      className: 'theaters-range is-range',
      x: round1(xb(Math.min(low, r.count))),
      y: round1(barY),
      width: round1(Math.abs(xb(r.count) - xb(low))),
      height: BAR_HEIGHT,
    };
    if (!shown) bar.opacity = 0;
    if (!shown || !hasRange) range.opacity = 0;
    marks.push(
      bar,
      range,
      ...blockMarks(`theaters:${r.id}:label`, block, plotL, top, 'start', textClass('small', 'theaters-label'), shown ? 1 : 0),
    );
  }

  // Words.
  const inView = events.filter((e) => e.inView);
  const zoomed = state.from !== undefined || state.to !== undefined;
  const span = `${formatDate(fromIso)} to ${formatDate(toIso)}`;
  const shownHighlights = inView.filter((e) => e.highlight);
  const title = shownHighlights.length ? `Timeline, ${span}: ${shownHighlights.map((e) => e.row.label).join('; ')}` : `Timeline, ${span}`;
  const sentences: string[] = [
    `A timeline ${zoomed ? 'zoomed to' : 'runs from'} ${span} ${zoomed ? 'shows' : 'and marks'} ${inView.length} ${inView.length === 1 ? 'event' : 'events'}${inView.length < events.length ? ` of ${events.length}` : ''}.`,
  ];
  const [onlyHighlight] = shownHighlights;
  if (shownHighlights.length === 1 && onlyHighlight) {
    sentences.push(`Highlighted, ${eventWhen(onlyHighlight.row, true)}: ${onlyHighlight.row.detail.replace(/\.?$/, '.')}`);
  } else if (shownHighlights.length > 1) {
    sentences.push(`Highlighted: ${joinList(shownHighlights.map((e) => `${eventWhen(e.row, false)} (${e.row.label})`))}.`);
  }
  if (showTheaters) {
    sentences.push(`Bars below compare ${joinList(selected.map((r) => `${r.label} (${theaterFigure(r)})`))}.`);
  }
  if (sentences.length < 2) {
    const unlabeled = inView.length - placed.size;
    sentences.push(
      unlabeled > 0
        ? `Of these, ${placed.size} are labeled; the other ${unlabeled} are dots, listed in the data table.`
        : `Each event is labeled with its date and what happened.`,
    );
  }

  const tableRows = inView.map((e) => [formatDate(e.row.date), e.row.time ? formatTimeOfDay(e.row.time) : '', e.row.label, e.row.detail]);
  if (showTheaters) for (const r of selected) tableRows.push([formatDate(r.date), '', r.label, theaterText(r)]);

  return {
    width,
    height,
    title,
    description: sentences.join(' '),
    marks: clearHiddenStates(marks, width, height, TEXT_BLOCK_METRICS),
    table: {
      caption: `Events, ${span}${showTheaters ? ', and theater counts' : ''}`,
      columns: ['Date', 'Time (ET)', 'Event', 'Details'],
      rows: tableRows,
    },
  };
}
