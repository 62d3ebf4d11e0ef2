/**
 * The piracy surge: cumulative pirate downloads by hours since the online release, one series
 * per tracker (never merged: their methods differ), every point an estimate. Sony's own count of
 * legal rentals and purchases can be set beside them as a different, contrasting measure.
 */
import { scaleLinear } from 'd3-scale';
import type { RowOf } from '../../schemas/datasets.ts';
import type { PiracySurgeParams } from './params.ts';
import type { LayoutOptions, Mark, Scene, TextMark } from '../core/scene.ts';
import { FONT, textWidth, wrapText } from '../core/text.ts';
import { formatCount, formatCountShort, formatCountWords, formatDate, formatHours, withQualifier } from '../core/format.ts';
import { nearestOnBox, type Box } from '../core/box.ts';
import { labelTexts, measureLabel, type LabelBlock, type LabelLine, LABEL_BLOCK_METRICS } from '../core/label-block.ts';
import { placeNear, type Obstacles, type Side } from '../core/place-near.ts';
import { joinList } from '../core/prose.ts';
import { round1 } from '../core/round.ts';
import { textBox } from '../core/text-box.ts';
import { markerPath, TRACKER_SHAPES } from './markers.ts';

export interface PiracySurgeData {
  'piracy-estimates': RowOf<'piracy-estimates'>[];
  'legal-sales': RowOf<'legal-sales'>[];
}

type Estimate = RowOf<'piracy-estimates'>;
type LegalSale = RowOf<'legal-sales'>;

const PAD = 6;
const MARKER = 4.5;
const HOUR_STEPS = [6, 12, 24, 48, 72, 96, 120, 168, 336, 672];

/** Sony reports by day; the chart puts a report at the end of its last day, in hours. */
export function legalHour(row: LegalSale): number {
  return row.days * 24;
}

function hoursText(e: Estimate): string {
  return `${e.hours_approx ? '~' : ''}${e.hours} h`;
}

function hoursWords(e: Estimate): string {
  return `${e.hours_approx ? 'about ' : ''}${formatHours(e.hours)}`;
}

function countWords(count: number, qualifier: string): string {
  return withQualifier(qualifier, formatCountWords(count));
}

/** Hour ticks in steps that read as parts of days; the domain ends on a tick. */
function hourTicks(max: number, maxIntervals: number): number[] {
  const step = HOUR_STEPS.find((s) => Math.ceil(max / s) <= maxIntervals) ?? 24 * Math.ceil(max / (24 * maxIntervals));
  const n = Math.max(1, Math.ceil(max / step));
  return Array.from({ length: n + 1 }, (_, i) => i * step);
}

function countTicks(max: number, count: number): number[] {
  const s = scaleLinear().domain([0, max]).nice(count);
  return s.ticks(count);
}

/** "Torrent-site counters (Variety)" → "torrent-site-counters-variety": a tracker's name as a mark key. */
function slug(s: string): string {
  return s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

interface Series {
  tracker: string;
  slug: string;
  index: number;
  rows: Estimate[];
}

function groupByTracker(rows: Estimate[]): Series[] {
  const series: Series[] = [];
  for (const r of rows) {
    let s = series.find((x) => x.tracker === r.tracker);
    if (!s) {
      s = { tracker: r.tracker, slug: slug(r.tracker), index: series.length, rows: [] };
      series.push(s);
    }
    s.rows.push(r);
  }
  for (const s of series) s.rows.sort((a, b) => a.hours - b.hours);
  return series;
}

export function layoutPiracySurge(data: PiracySurgeData, opts: LayoutOptions<PiracySurgeParams>): Scene {
  const { width, height, state } = opts;
  const compact = width < 480;
  const estimates = data['piracy-estimates'];
  const series = groupByTracker(estimates);
  const visibleTrackers = new Set(state.trackers);
  const highlighted = new Set(state.highlight);
  const legalShown = new Set(state.legal);
  // Only reports with a transaction count can be drawn; a spending-only report has no point.
  const legalRows = data['legal-sales'].filter((r): r is LegalSale & { transactions: number } => r.transactions !== undefined);
  const legalVisible = legalRows.filter((r) => legalShown.has(r.id));

  // Domains: all trackers always (so series appear without rescaling), plus any legal reports shown.
  // Every domain a state could ask for is known from the data, so tick keys are the union of
  // their ticks and stay the same in every state.
  const maxIntervalsX = compact ? 4 : 6;
  const yTickCount = compact ? 4 : 5;
  const baseHours = Math.max(1, ...estimates.map((e) => e.hours));
  const baseCount = Math.max(1, ...estimates.map((e) => e.count));
  const domainFor = (legal: typeof legalRows): { x: number[]; y: number[] } => ({
    x: hourTicks(Math.max(baseHours, ...legal.map(legalHour)), maxIntervalsX),
    y: countTicks(Math.max(baseCount, ...legal.map((r) => r.transactions)), yTickCount),
  });
  const current = domainFor(legalVisible);
  const possible = [domainFor([]), ...legalRows.map((r) => domainFor([r])), current];
  const allX = [...new Set(possible.flatMap((d) => d.x))].sort((a, b) => a - b);
  const allY = [...new Set(possible.flatMap((d) => d.y))].sort((a, b) => a - b);
  const xMax = current.x.at(-1) ?? baseHours;
  const yMax = current.y.at(-1) ?? baseCount;

  // Frame: the y-axis title on top, tick labels on the left, x ticks and title below.
  const yTitle = legalVisible.length ? 'Cumulative downloads (estimates) and legal sales' : 'Cumulative pirate downloads (estimates)';
  const xTitle = 'Hours since the online release';
  const axisLine = measureLabel([{ text: '0', size: 'axis' }]).height;
  const plotTop = PAD + axisLine + 14;
  const plotBottom = height - PAD - axisLine - 6 - axisLine - 8;
  const plotLeft = PAD + Math.max(...allY.map((v) => textWidth(formatCountShort(v), FONT.axis))) + 8;
  const lastTickHalf = textWidth(`${allX.at(-1)} h`, FONT.axis) / 2;
  const plotRight = width - PAD - Math.max(lastTickHalf, compact ? 14 : 24);
  const x = scaleLinear().domain([0, xMax]).range([plotLeft, plotRight]);
  const y = scaleLinear().domain([0, yMax]).range([plotBottom, plotTop]);
  const px = (h: number): number => x(Math.min(h, xMax));
  const py = (c: number): number => y(Math.min(c, yMax));

  const axisMarks: Mark[] = [];
  const axisTexts: TextMark[] = [];
  const currentY = new Set(current.y);
  const currentX = new Set(current.x);
  for (const v of allY) {
    const yy = round1(py(v));
    const opacity = currentY.has(v) ? 1 : 0;
    axisMarks.push({
      type: 'line',
      key: `axis-y:grid:${v}`,
      x1: round1(plotLeft),
      y1: yy,
      x2: round1(plotRight),
      y2: yy,
      className: v === 0 ? 'axis-line' : 'grid',
      opacity,
    });
    axisTexts.push({
      type: 'text',
      key: `axis-y:tick:${v}`,
      x: round1(plotLeft - 8),
      y: yy,
      text: formatCountShort(v),
      anchor: 'end',
      baseline: 'middle',
      className: 'text-axis axis-tick',
      opacity,
    });
  }
  const tickTop = plotBottom + 6;
  for (const v of allX) {
    const xx = round1(px(v));
    const opacity = currentX.has(v) ? 1 : 0;
    axisMarks.push({
      type: 'line',
      key: `axis-x:mark:${v}`,
      x1: xx,
      y1: round1(plotBottom),
      x2: xx,
      y2: round1(plotBottom + 4),
      className: 'axis-line',
      opacity,
    });
    axisTexts.push({
      type: 'text',
      key: `axis-x:tick:${v}`,
      x: xx,
      y: round1(tickTop + FONT.axis * 0.78),
      text: `${v} h`,
      anchor: 'middle',
      baseline: 'auto',
      className: 'text-axis axis-tick',
      opacity,
    });
  }
  axisTexts.push(
    {
      type: 'text',
      key: 'axis-x:title',
      x: round1(plotRight),
      y: round1(height - PAD - FONT.axis * 0.22),
      text: xTitle,
      anchor: 'end',
      baseline: 'auto',
      className: 'text-axis axis-title',
    },
    {
      type: 'text',
      key: 'axis-y:title',
      x: PAD,
      y: round1(PAD + FONT.axis * 0.78),
      text: yTitle,
      anchor: 'start',
      baseline: 'auto',
      className: 'text-axis axis-title',
    },
  );

  // Series geometry.
  const anyHighlight = estimates.some((e) => highlighted.has(e.id) && visibleTrackers.has(e.tracker));
  const seriesMarks: Mark[] = [];
  const pointMarks: Mark[] = [];
  const obstacles: Obstacles = {
    texts: axisTexts.filter((t) => t.opacity !== 0).map((t) => textBox(t, LABEL_BLOCK_METRICS)),
    marks: [],
    segments: [],
  };
  for (const s of series) {
    const visible = visibleTrackers.has(s.tracker);
    const muted = visible && anyHighlight && !s.rows.some((r) => highlighted.has(r.id)) ? ' is-muted' : '';
    const cls = `tracker-${s.slug} is-estimate${muted}`;
    const pts = s.rows.map((r): [number, number] => [px(r.hours), py(r.count)]);
    if (pts.length >= 2) {
      seriesMarks.push({
        type: 'path',
        key: `series:${s.slug}:line`,
        d: `M${pts.map(([a, b]) => `${round1(a)},${round1(b)}`).join('L')}`,
        className: `series-line ${cls}`,
        opacity: visible ? 1 : 0,
      });
      if (visible)
        pts.slice(1).forEach(([bx, by], i) => {
          const [ax, ay] = pts[i] ?? [bx, by];
          obstacles.segments.push([ax, ay, bx, by]);
        });
    }
    const shape = TRACKER_SHAPES[s.index % TRACKER_SHAPES.length] ?? 'circle';
    s.rows.forEach((r, i) => {
      const [a, b] = pts[i] ?? [px(r.hours), py(r.count)];
      const extra = `${r.hours_approx ? ' is-approx' : ''}${highlighted.has(r.id) ? ' is-highlight' : ''}`;
      pointMarks.push({
        type: 'path',
        key: `series:${s.slug}:point:${r.id}`,
        d: markerPath(shape, a, b, MARKER),
        className: `point shape-${shape} ${cls}${extra}`,
        opacity: visible ? 1 : 0,
      });
      if (visible) obstacles.marks.push({ x0: a - MARKER - 1, y0: b - MARKER - 1, x1: a + MARKER + 1, y1: b + MARKER + 1 });
    });
  }
  const legalMarks: Mark[] = [];
  for (const r of legalRows) {
    const visible = legalShown.has(r.id);
    const a = px(legalHour(r));
    const b = py(r.transactions);
    legalMarks.push({
      type: 'path',
      key: `legal:${r.id}:point`,
      d: markerPath('diamond', a, b, MARKER),
      className: 'point shape-diamond is-legal',
      opacity: visible ? 1 : 0,
    });
    if (visible) obstacles.marks.push({ x0: a - MARKER - 2, y0: b - MARKER - 2, x1: a + MARKER + 2, y1: b + MARKER + 2 });
  }

  // Labels: notes on highlighted points first (they carry the step), then series names at
  // series ends, then Sony's reports. Hidden labels are placed too, so they fade in in place.
  const bounds: Box = { x0: PAD, y0: plotTop - 4, x1: width - PAD, y1: plotBottom - 2 };
  const wrapWidth = compact ? 120 : 170;
  interface Job {
    key: string;
    block: LabelBlock;
    at: [number, number];
    sides: Side[];
    className: string;
    visible: boolean;
  }
  const jobs: Job[] = [];
  for (const s of series) {
    const visible = visibleTrackers.has(s.tracker);
    for (const r of s.rows) {
      const lines: LabelLine[] = [
        { text: countWords(r.count, r.qualifier), size: 'label', className: 'note-count' },
        { text: `after ${hoursWords(r)}`, size: 'small', className: 'note-when' },
      ];
      jobs.push({
        key: `note:${r.id}`,
        block: measureLabel(lines),
        at: [px(r.hours), py(r.count)],
        sides: ['above-left', 'left', 'below-right', 'right', 'above', 'below'],
        className: `note tracker-${s.slug} is-estimate is-highlight`,
        visible: visible && highlighted.has(r.id),
      });
    }
  }
  for (const s of series) {
    const last = s.rows.at(-1);
    if (!last) continue;
    const muted = visibleTrackers.has(s.tracker) && anyHighlight && !s.rows.some((r) => highlighted.has(r.id)) ? ' is-muted' : '';
    const lines = wrapText(s.tracker, wrapWidth, FONT.label).map((text): LabelLine => ({ text, size: 'label' }));
    jobs.push({
      key: `series:${s.slug}:label`,
      block: measureLabel(lines),
      at: [px(last.hours), py(last.count)],
      sides: ['right', 'below-right', 'above-right', 'below', 'left', 'above'],
      className: `series-label tracker-${s.slug}${muted}`,
      visible: visibleTrackers.has(s.tracker),
    });
  }
  for (const r of legalRows) {
    const words = `Sony: ${countWords(r.transactions, r.transactions_qualifier)}`;
    const lines: LabelLine[] = [
      { text: words, size: 'label' },
      ...wrapText('legal rentals and purchases', wrapWidth + 20, FONT.small).map((text): LabelLine => ({ text, size: 'small' })),
      { text: `through ${formatDate(r.through, { year: false })}`, size: 'small' },
    ];
    jobs.push({
      key: `legal:${r.id}:label`,
      block: measureLabel(lines),
      at: [px(legalHour(r)), py(r.transactions)],
      sides: ['left', 'below-left', 'below', 'above-left', 'right'],
      className: 'legal-label is-legal',
      visible: legalShown.has(r.id),
    });
  }
  const order = [...jobs.filter((j) => j.visible), ...jobs.filter((j) => !j.visible)];
  const placedMarks = new Map<string, Mark[]>();
  for (const j of order) {
    const [a, b] = j.at;
    const p = placeNear(j.block, a, b, j.sides, obstacles, bounds, { gap: MARKER + 5 });
    const texts = labelTexts(j.block, j.key, p.x, p.top, p.anchor, j.className, j.visible ? 1 : 0);
    const [ex, ey] = nearestOnBox(p.box, a, b);
    const far = Math.hypot(ex - a, ey - b) > MARKER + 8;
    const leader: Mark = {
      type: 'line',
      key: `${j.key}:leader`,
      x1: round1(a),
      y1: round1(b),
      x2: round1(ex),
      y2: round1(ey),
      className: `label-leader ${j.className}`,
      opacity: j.visible && far ? 1 : 0,
    };
    if (j.visible) {
      obstacles.texts.push(...texts.map((t) => textBox(t, LABEL_BLOCK_METRICS)));
      if (far) obstacles.segments.push([a, b, ex, ey]);
    }
    placedMarks.set(j.key, [leader, ...texts]);
  }
  const labelMarks = jobs.flatMap((j) => placedMarks.get(j.key) ?? []);

  // Words.
  const shown = series.filter((s) => visibleTrackers.has(s.tracker));
  const sentences: string[] = [];
  if (shown.length) {
    sentences.push(
      `Estimated pirate downloads of “The Interview” after its online release, one series per tracker because their methods differ: ${joinList(shown.map((s) => s.tracker))}.`,
    );
    sentences.push(
      `${shown.map((s) => `${s.tracker} counted ${joinList(s.rows.map((r) => `${countWords(r.count, r.qualifier)} after ${hoursWords(r)}`))}`).join('; ')}.`,
    );
  } else sentences.push('No tracker’s estimates are shown yet.');
  const notes = estimates.filter((e) => highlighted.has(e.id) && visibleTrackers.has(e.tracker));
  if (notes.length)
    sentences.push(
      `Highlighted: ${joinList(notes.map((e) => `${countWords(e.count, e.qualifier)} by ${e.tracker} after ${hoursWords(e)}`))}.`,
    );
  if (legalVisible.length) {
    sentences.push(
      `For comparison, Sony counted ${joinList(legalVisible.map((r) => `${countWords(r.transactions, r.transactions_qualifier)} legal rentals and purchases through ${formatDate(r.through)} (day ${r.days})`))}: a different measure from downloads, by Sony’s own count.`,
    );
  }

  const rows: string[][] = [];
  for (const s of shown) {
    for (const r of s.rows)
      rows.push([s.tracker, hoursText(r), withQualifier(r.qualifier, formatCount(r.count)), `${r.method} (estimate)`, r.note ?? '']);
  }
  for (const r of data['legal-sales'].filter((l) => legalShown.has(l.id))) {
    rows.push([
      'Sony (legal sales)',
      `${legalHour(r)} h (day ${r.days}, through ${formatDate(r.through)})`,
      r.transactions === undefined ? 'not reported' : withQualifier(r.transactions_qualifier, formatCount(r.transactions)),
      'legal rentals and purchases, by Sony’s own count: a different measure from downloads',
      '',
    ]);
  }

  return {
    width,
    height,
    title: legalVisible.length ? 'Pirate downloads by tracker, and Sony’s legal sales' : 'Pirate downloads of “The Interview”, by tracker',
    description: sentences.join(' '),
    marks: [...axisMarks, ...axisTexts, ...seriesMarks, ...pointMarks, ...legalMarks, ...labelMarks],
    table: {
      caption: 'Cumulative pirate downloads of “The Interview” by tracker (estimates), by hours since the online release',
      columns: ['Series', 'Hours since release', 'Count', 'What was counted', 'Note'],
      rows,
    },
  };
}
