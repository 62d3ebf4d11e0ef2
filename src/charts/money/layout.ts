/**
 * Money, in U.S. dollars, by day since the online release (day 0 = Dec. 24, 2014): Sony's reported
 * online sales and the U.S. box office as cumulative series on one calendar axis, and the disputed
 * cost of the film as a hatched band across the plot, with each outlet's figure as a labelled tick
 * in a column at the right.
 *
 * Only reported figures are drawn: no totals are added up, and lines join reported points only.
 */
import { scaleLinear } from 'd3-scale';
import type { MoneyParams } from './params.ts';
import type { RowOf } from '../../schemas/datasets.ts';
import type { Source } from '../../schemas/sources.ts';
import { formatCountWords, formatDate, formatUsdMillions, formatUsdShort, withQualifier } from '../core/format.ts';
import type { LayoutOptions, Mark, Scene, TextMark } from '../core/scene.ts';
import { FONT, textClass, textWidth, wrapText } from '../core/text.ts';
import { xTick } from '../core/axis.ts';
import type { Anchor, Box } from '../core/box.ts';
import { dodge } from '../core/dodge.ts';
import { clearHiddenStates } from '../core/hidden.ts';
import { createPlacer, fits, reserve } from '../core/placer.ts';
import { countSentences, joinList } from '../core/prose.ts';
import { round1 } from '../core/round.ts';
import { polylineBoxes } from '../core/segments.ts';
import { BOLD_WIDTH, TEXT_BLOCK_METRICS, blockBox, blockHeight, blockMarks, blockWidth, type TextBlock } from '../core/text-block.ts';
import { addDays, daysBetween } from '../core/time.ts';

type SalesRow = RowOf<'legal-sales'>;
type BoxRow = RowOf<'box-office'>;
type CostRow = RowOf<'cost-estimates'>;
type Series = MoneyParams['show'][number];

export interface MoneyData {
  'legal-sales': SalesRow[];
  'box-office': BoxRow[];
  'cost-estimates': CostRow[];
  /** The source registry, to name each cost estimate's outlet; without it, the outlet is read from the row's note ("Fortune: …") or its first source id. */
  sources?: Pick<Source, 'id' | 'outlet'>[];
}

const MARGIN = { top: 10, right: 10, bottom: 6, left: 8 };
const POINT_R = 4.5;
const HIGHLIGHT_R = 6;
/** Cost figures that say what the whole film cost; production-only and marketing-only figures are parts. */
const WHOLE_COST: CostRow['covers'][] = ['production and marketing', 'budget (unspecified)'];
const COVERS: Record<CostRow['covers'], string> = {
  production: 'production only',
  marketing: 'marketing only',
  'production and marketing': 'with marketing',
  'budget (unspecified)': 'budget',
};
const SERIES_NAME = { 'legal-sales': 'Online sales', 'box-office': 'Box office' } as const;

interface Point {
  series: 'legal-sales' | 'box-office';
  id: string;
  day: number;
  usd: number;
  qualifier: SalesRow['spending_qualifier'];
  through: string;
  note: string;
}

export function outletOf(row: CostRow, sources: MoneyData['sources']): string {
  for (const id of row.sources) {
    const s = sources?.find((x) => x.id === id);
    if (s) return s.outlet;
  }
  const fromNote = row.note ? /^([^:]{2,40}):/.exec(row.note)?.[1] : undefined;
  return fromNote ?? row.sources[0] ?? row.id;
}

export function layoutMoney(data: MoneyData, opts: LayoutOptions<MoneyParams>): Scene {
  const { width, height, state } = opts;
  const compact = width < 480;
  const show = new Set<Series>(state.show);
  const highlighted = new Set(state.highlight);
  const sales = [...data['legal-sales']].sort((a, b) => a.through.localeCompare(b.through));
  const gross = [...data['box-office']].sort((a, b) => a.through.localeCompare(b.through));
  const costs = [...data['cost-estimates']].sort((a, b) => a.amount_usd - b.amount_usd || a.id.localeCompare(b.id));

  // Day 0 is the online release: the first day a sales report covers. Box-office day N is Dec. 24 + N.
  const origin =
    sales.map((r) => addDays(r.through, 1 - r.days)).sort()[0] ?? gross.map((r) => addDays(r.through, -r.days)).sort()[0] ?? '2014-12-24';
  const points: Point[] = [
    ...sales.map((r) => ({
      series: 'legal-sales' as const,
      id: r.id,
      day: daysBetween(origin, r.through),
      usd: r.spending_usd,
      qualifier: r.spending_qualifier,
      through: r.through,
      note:
        `${r.days} days through ${formatDate(r.through, { year: false })}` +
        (r.transactions !== undefined
          ? `; ${withQualifier(r.transactions_qualifier, formatCountWords(r.transactions))} rentals and purchases`
          : ''),
    })),
    ...gross.map((r) => ({
      series: 'box-office' as const,
      id: r.id,
      day: daysBetween(origin, r.through),
      usd: r.gross_usd,
      qualifier: r.qualifier,
      through: r.through,
      note: `U.S. theaters, ${r.days} ${r.days === 1 ? 'day' : 'days'} through ${formatDate(r.through, { year: false })}`,
    })),
  ];
  const whole = costs.filter((c) => WHOLE_COST.includes(c.covers));
  const band = whole.length
    ? { low: Math.min(...whole.map((c) => c.amount_usd)), high: Math.max(...whole.map((c) => c.amount_usd)) }
    : undefined;

  // y domain: what the shown series need. Ticks are chosen from those of every possible state, so
  // every state has the same tick keys.
  const seriesMax = (s: Series) =>
    s === 'cost' ? Math.max(0, ...costs.map((c) => c.amount_usd)) : Math.max(0, ...points.filter((p) => p.series === s).map((p) => p.usd));
  const allSeries: Series[] = ['legal-sales', 'box-office', 'cost'];
  const domainFor = (shown: Series[]) => {
    const max = Math.max(...(shown.length ? shown : allSeries).map(seriesMax), 1);
    return scaleLinear().domain([0, max]).nice(5);
  };
  const subsets = Array.from({ length: 1 << allSeries.length }, (_, m) => allSeries.filter((_, i) => m & (1 << i)));
  const tickValues = [...new Set(subsets.flatMap((s) => domainFor(s).ticks(5)))].sort((a, b) => a - b);
  const yDomain = domainFor(allSeries.filter((s) => show.has(s)));
  const visibleTicks = new Set(yDomain.ticks(5));

  // Horizontal room: y labels at the left; the cost column at the right when cost is shown.
  const yLabelW = Math.max(...tickValues.map((v) => textWidth(formatUsdShort(v), FONT.axis)));
  const plotL = MARGIN.left + yLabelW + 8;
  const columnW = compact ? 118 : 196;
  const showCost = show.has('cost') && costs.length > 0;
  const plotR = width - MARGIN.right - (showCost ? columnW : 0) - 8;
  const xMax = Math.max(1, ...points.map((p) => p.day)) + 2;
  const x = scaleLinear()
    .domain([0, xMax])
    .range([plotL + 4, plotR]);

  // Vertical room: x tick labels (day, date) and the axis title below.
  const axisTitle: TextBlock = {
    // On narrow charts the title keeps clear of the cost column on the right.
    lines: wrapText(
      `Days since the online release on ${formatDate(origin)}`,
      width < 500 ? width * 0.6 : width - 2 * MARGIN.left,
      FONT.small,
    ),
    size: FONT.small,
    bold: false,
  };
  const tickBlock = (d: number): TextBlock => ({
    lines: [formatDate(addDays(origin, d), { year: false }), `day ${d}`],
    size: FONT.axis,
    bold: false,
  });
  const axisY = height - MARGIN.bottom - blockHeight(axisTitle) - 5 - blockHeight(tickBlock(0)) - 7;
  const plotTop = MARGIN.top;
  const y = yDomain.copy().range([axisY, plotTop]).clamp(true);

  const marks: Mark[] = [];

  // y axis: gridlines and labels.
  for (const v of tickValues) {
    const shown = visibleTicks.has(v);
    const yy = y(v);
    const grid: Mark = {
      type: 'line',
      key: `axis-y:tick:${v}`,
      className: v === 0 ? 'axis-line' : 'axis-grid',
      x1: round1(plotL),
      y1: round1(yy),
      x2: round1(plotR),
      y2: round1(yy),
    };
    if (!shown) grid.opacity = 0;
    const label: TextMark = {
      type: 'text',
      key: `axis-y:tick:${v}:label`,
      x: round1(plotL - 6),
      y: round1(yy),
      text: formatUsdShort(v),
      anchor: 'end',
      baseline: 'middle',
      className: textClass('axis', 'axis-label'),
    };
    if (!shown) label.opacity = 0;
    marks.push(grid, label);
  }

  // x axis: weekly ticks, each with its date and day number.
  // Candidates every week; the narrower plot (cost column shown) may show every other one.
  const step = [7, 14].find((s) => x(s) - x(0) >= Math.max(...[0, s, 2 * s].map((d) => blockWidth(tickBlock(d)))) + 10) ?? 14;
  for (let d = 0; d <= xMax; d += 7) {
    const tx = x(d);
    const b = tickBlock(d);
    const w = blockWidth(b);
    const anchor: Anchor = tx + w / 2 > width - 2 ? 'end' : 'middle';
    const shown = d % step === 0 ? 1 : 0;
    const tick = xTick(`axis-x:tick:${d}`, tx, axisY);
    if (!shown) tick.opacity = 0;
    marks.push(tick, ...blockMarks(`axis-x:tick:${d}:label`, b, tx, axisY + 7, anchor, textClass('axis', 'axis-label'), shown));
  }
  marks.push(
    ...blockMarks(
      'axis-x:title',
      axisTitle,
      MARGIN.left,
      axisY + 7 + blockHeight(tickBlock(0)) + 5,
      'start',
      textClass('small', 'axis-title'),
      1,
    ),
  );

  // Labels are placed in order of importance and never overlap; a label that finds no room is hidden.
  const placer = createPlacer({ x0: plotL, y0: 2, x1: showCost ? plotR + 4 : width - 2, y1: axisY - 2 });
  const textMarks: Mark[] = [];
  const leaderMarks: Mark[] = [];

  // The cost band across the plot, and the column of outlets at the right.
  // The column stays put whether or not it is shown, so hidden marks wait inside the canvas.
  const colX = width - MARGIN.right - columnW + 8;
  const bandY0 = band ? y(band.high) : plotTop;
  const bandY1 = band ? y(band.low) : plotTop;
  const bandRect: Mark = {
    type: 'rect',
    key: 'cost:band',
    className: 'cost-band is-range',
    x: round1(plotL),
    y: round1(bandY0),
    width: round1(Math.max(0, plotR - plotL)),
    height: round1(Math.max(0, bandY1 - bandY0)),
  };
  const bandBar: Mark = {
    type: 'rect',
    key: 'cost:bar',
    className: 'cost-bar is-range',
    x: round1(colX - 4),
    y: round1(bandY0),
    width: 8,
    height: round1(Math.max(0, bandY1 - bandY0)),
  };
  if (!showCost || !band) {
    bandRect.opacity = 0;
    bandBar.opacity = 0;
  }
  marks.push(bandRect, bandBar);
  const bandLabel: TextBlock = {
    lines: band
      ? wrapText(
          `Reported cost, disputed: ${formatUsdMillions(band.low)} to ${formatUsdMillions(band.high)}`,
          Math.max(80, (width - MARGIN.right - columnW - 8 - plotL) * 0.75),
          FONT.small,
        )
      : [],
    size: FONT.small,
    bold: false,
  };
  const bandLabelTop = bandY0 + 4;
  const bandLabelShown = showCost && band !== undefined;
  if (bandLabelShown) reserve(placer, blockBox(bandLabel, plotL + 6, bandLabelTop, 'start'));
  textMarks.push(
    ...blockMarks(
      'cost:band-label',
      bandLabel,
      plotL + 6,
      bandLabelTop,
      'start',
      textClass('small', 'cost-band-label'),
      bandLabelShown ? 1 : 0,
    ),
  );

  const costLabelW = columnW - 24;
  const costBlocks = costs.map((c): TextBlock => ({
    // Wrapped narrow enough to stay inside even when set bold.
    lines: wrapText(
      `${outletOf(c, data.sources)}: ${withQualifier(c.qualifier, formatUsdMillions(c.amount_usd))}, ${COVERS[c.covers]}`,
      costLabelW / BOLD_WIDTH,
      FONT.small,
    ),
    size: FONT.small,
    bold: highlighted.has(c.id),
  }));
  const gap = 3;
  const tops = dodge(
    costs.map((c, i) => y(c.amount_usd) - blockHeight(costBlocks[i] ?? { lines: [], size: FONT.small, bold: false }) / 2),
    costBlocks.map((b) => blockHeight(b) + gap),
    2,
    axisY + 4,
  );
  costs.forEach((c, i) => {
    const b = costBlocks[i];
    if (!b) return;
    const hi = highlighted.has(c.id);
    const emphasis = hi ? 'is-highlight' : highlighted.size ? 'is-muted' : '';
    const cls = [WHOLE_COST.includes(c.covers) ? '' : 'is-partial', c.qualifier === 'about' ? 'is-estimate' : '', emphasis].filter(Boolean);
    const ty = y(c.amount_usd);
    const top = tops[i] ?? ty;
    const labelX = colX + 14;
    const tick: Mark = {
      type: 'line',
      key: `cost:${c.id}:tick`,
      className: ['cost-tick', ...cls].join(' '),
      x1: round1(colX - 7),
      y1: round1(ty),
      x2: round1(colX + 7),
      y2: round1(ty),
    };
    const leader: Mark = {
      type: 'line',
      key: `cost:${c.id}:leader`,
      className: ['cost-leader', ...cls].join(' '),
      x1: round1(colX + 7),
      y1: round1(ty),
      x2: round1(labelX - 2),
      y2: round1(top + blockHeight(b) / 2),
    };
    if (!showCost) {
      tick.opacity = 0;
      leader.opacity = 0;
    }
    marks.push(tick, leader);
    textMarks.push(
      ...blockMarks(`cost:${c.id}:label`, b, labelX, top, 'start', textClass('small', 'cost-label', ...cls), showCost ? 1 : 0),
    );
  });

  // Series: lines, then points, then labels.
  const seriesShown = (s: Point['series']) => show.has(s);
  const anyHighlight =
    points.some((p) => highlighted.has(p.id) && seriesShown(p.series)) || (showCost && costs.some((c) => highlighted.has(c.id)));
  const px = (p: Point) => x(p.day);
  const bounded = (p: Point) => p.qualifier === 'over' || p.qualifier === 'at least';
  const py = (p: Point) => y(p.usd);
  const obstacles: Box[] = [];
  for (const s of ['box-office', 'legal-sales'] as const) {
    const ps = points.filter((p) => p.series === s);
    const coords: [number, number][] = ps.map((p) => [round1(px(p)), round1(py(p))]);
    const d = coords.length ? `M${coords.map(([a, b]) => `${a},${b}`).join('L')}` : 'M0,0';
    const line: Mark = { type: 'path', key: `series:${s}:line`, className: `series-line series-${s}`, d };
    if (!seriesShown(s) || coords.length < 2) line.opacity = 0;
    marks.push(line);
    if (seriesShown(s)) obstacles.push(...polylineBoxes(coords, 2));
  }
  for (const p of points) {
    const shown = seriesShown(p.series);
    const hi = highlighted.has(p.id);
    const r = hi ? HIGHLIGHT_R : POINT_R;
    const cls = [
      `series-${p.series}`,
      p.qualifier === 'about' ? 'is-estimate' : '',
      bounded(p) ? 'is-lower-bound' : '',
      hi ? 'is-highlight' : anyHighlight ? 'is-muted' : '',
    ]
      .filter(Boolean)
      .join(' ');
    const cx = px(p);
    const cy = py(p);
    // Online sales are circles, box office squares: the series differ in shape as well as colour.
    const marker: Mark =
      p.series === 'legal-sales'
        ? { type: 'circle', key: `${p.series}:${p.id}:point`, className: `point ${cls}`, cx: round1(cx), cy: round1(cy), r }
        : {
            type: 'rect',
            key: `${p.series}:${p.id}:point`,
            className: `point ${cls}`,
            x: round1(cx - r),
            y: round1(cy - r),
            width: 2 * r,
            height: 2 * r,
          };
    // "over" and "at least" figures carry a caret: the true value is higher.
    const caretY = Math.max(cy - r - 2, 6);
    const caret: Mark = {
      type: 'path',
      key: `${p.series}:${p.id}:bound`,
      className: `bound-caret ${cls}`,
      d: `M${round1(cx - 4)},${round1(caretY)}L${round1(cx)},${round1(caretY - 4)}L${round1(cx + 4)},${round1(caretY)}`,
    };
    if (!shown) marker.opacity = 0;
    if (!shown || !cls.includes('is-lower-bound')) caret.opacity = 0;
    marks.push(marker, caret);
    if (shown) obstacles.push({ x0: cx - r - 1, y0: bounded(p) ? caretY - 5 : cy - r - 1, x1: cx + r + 1, y1: cy + r + 1 });
  }
  reserve(placer, ...obstacles);

  // Labels: highlighted points first (with their note), then each series' name, then the values.
  const labelOf = (p: Point): TextBlock => {
    const noteLines = wrapText(p.note, compact ? 130 : 170, FONT.small);
    return { lines: [withQualifier(p.qualifier, formatUsdMillions(p.usd)), ...noteLines], size: FONT.small, bold: highlighted.has(p.id) };
  };
  /** Spots around (cx, cy) for a block, nearest first: above, beside, below, then further out. */
  const spots = (cx: number, cy: number, r: number, block: TextBlock, rings: number[]): [number, number, Anchor][] => {
    const h = blockHeight(block);
    const out: [number, number, Anchor][] = [];
    // Beside the point, a block near the top or bottom of the plot slides to stay inside it.
    const beside = Math.min(Math.max(cy - h / 2, placer.bounds.y0), placer.bounds.y1 - h);
    for (const d of rings) {
      out.push(
        [cx, cy - r - 4 - d - h, 'middle'],
        [cx - 4, cy - r - d - h, 'end'],
        [cx + 4, cy - r - d - h, 'start'],
        [cx + r + d, beside, 'start'],
        [cx - r - d, beside, 'end'],
        [cx, cy + r + 2 + d, 'middle'],
        [cx + 4, cy + r + d, 'start'],
        [cx - 4, cy + r + d, 'end'],
        [cx + r, cy + r + d, 'end'],
      );
    }
    return out;
  };
  /** A leader from the marker's edge to the nearest edge of its label, when the label stands off. */
  const leaderTo = (cx: number, cy: number, r: number, b: Box): [number, number, number, number] | undefined => {
    const nx = Math.min(Math.max(cx, b.x0), b.x1);
    const ny = Math.min(Math.max(cy, b.y0), b.y1);
    const dist = Math.hypot(nx - cx, ny - cy);
    if (dist < r + 14) return undefined;
    return [cx + ((nx - cx) * (r + 2)) / dist, cy + ((ny - cy) * (r + 2)) / dist, nx, ny];
  };
  const placeAt = (block: TextBlock, cands: [number, number, Anchor][], from?: [number, number, number]) => {
    for (const [lx, top, anchor] of cands) {
      const box = blockBox(block, lx, top, anchor);
      const leader = from ? leaderTo(from[0], from[1], from[2], box) : undefined;
      const leaderBoxes = leader
        ? polylineBoxes(
            [
              [leader[0], leader[1]],
              [leader[2], leader[3]],
            ],
            0.5,
            4,
          ).slice(0, -1)
        : [];
      if (fits(placer, [box]) && fits(placer, leaderBoxes, 0.5)) {
        reserve(placer, box, ...leaderBoxes);
        return { x: lx, top, anchor, leader };
      }
    }
    return undefined;
  };
  const placements = new Map<
    string,
    { x: number; top: number; anchor: Anchor; block: TextBlock; leader: [number, number, number, number] | undefined }
  >();
  const placePoint = (p: Point) => {
    if (!seriesShown(p.series)) return;
    const full = labelOf(p);
    const hi = highlighted.has(p.id);
    const block: TextBlock = hi ? full : { ...full, lines: full.lines.slice(0, 1) };
    const r = hi ? HIGHLIGHT_R : POINT_R;
    // Highlighted labels may stand off on a leader; plain values stay beside their point or give way.
    const found = placeAt(block, spots(px(p), py(p), r + (bounded(p) ? 9 : 4), block, hi ? [0, 10, 22, 36, 54, 76] : [0, 6]), [
      px(p),
      py(p),
      r,
    ]);
    if (found) placements.set(p.id, { ...found, block });
  };
  for (const p of points) if (highlighted.has(p.id)) placePoint(p);
  // Series names sit by the middle of their line (or their only point), so each line is named in words.
  const names = new Map<Point['series'], { x: number; top: number; anchor: Anchor; block: TextBlock }>();
  for (const s of ['legal-sales', 'box-office'] as const) {
    const ps = points.filter((p) => p.series === s);
    const block: TextBlock = { lines: [SERIES_NAME[s]], size: FONT.small, bold: false };
    const cands = ps.flatMap((p, i) => {
      const next = ps[i + 1];
      const mid = next ? [(px(p) + px(next)) / 2, (py(p) + py(next)) / 2] : [px(p), py(p)];
      return spots(mid[0] ?? 0, mid[1] ?? 0, 6, block, [0, 6, 14]);
    });
    const found = seriesShown(s) ? placeAt(block, cands) : undefined;
    const { x: lx, top, anchor } = found ?? { x: plotL + 4, top: plotTop, anchor: 'start' as Anchor };
    names.set(s, { x: lx, top, anchor, block });
    textMarks.push(
      ...blockMarks(`series:${s}:name`, block, lx, top, anchor, textClass('small', 'series-name', `series-${s}`), found ? 1 : 0),
    );
  }
  for (const p of [...points].reverse()) if (!highlighted.has(p.id)) placePoint(p);
  for (const p of points) {
    const full = labelOf(p);
    const at = placements.get(p.id);
    const shownLines = at ? at.block.lines.length : 0;
    const hi = highlighted.has(p.id);
    const cls = textClass(
      'small',
      'point-label',
      `series-${p.series}`,
      p.qualifier === 'about' ? 'is-estimate' : '',
      hi ? 'is-highlight' : anyHighlight ? 'is-muted' : '',
    );
    const fallback = {
      x: Math.min(Math.max(px(p), plotL + blockWidth(full) / 2), width - 2 - blockWidth(full) / 2),
      top: Math.max(2, Math.min(py(p) - 12 - blockHeight(full), axisY - blockHeight(full))),
      anchor: 'middle' as Anchor,
    };
    const where = at ?? fallback;
    const lead = at?.leader;
    const leader: Mark = lead
      ? {
          type: 'line',
          key: `${p.series}:${p.id}:leader`,
          className: `point-leader series-${p.series}`,
          x1: round1(lead[0]),
          y1: round1(lead[1]),
          x2: round1(lead[2]),
          y2: round1(lead[3]),
        }
      : {
          type: 'line',
          key: `${p.series}:${p.id}:leader`,
          className: `point-leader series-${p.series}`,
          x1: round1(px(p)),
          y1: round1(py(p)),
          x2: round1(px(p)),
          y2: round1(py(p)),
          opacity: 0,
        };
    leaderMarks.push(leader);
    const lines = blockMarks(`${p.series}:${p.id}:label`, full, where.x, where.top, where.anchor, cls, 1);
    lines.forEach((m, i) => {
      if (i >= shownLines) m.opacity = 0;
      if (i > 0) m.className = `${cls} point-note`;
    });
    textMarks.push(...lines);
  }
  marks.push(...leaderMarks, ...textMarks);

  // Words.
  const shownPoints = (s: Point['series']) => (seriesShown(s) ? points.filter((p) => p.series === s) : []);
  const dateOf = (p: Point) => formatDate(p.through, { year: false });
  const figure = (p: Point) => withQualifier(p.qualifier, formatUsdMillions(p.usd));
  const sentences: string[] = [
    `Dollars by day since the online release on ${formatDate(origin)}, up to ${formatDate(addDays(origin, xMax))}.`,
  ];
  const legal = shownPoints('legal-sales');
  const [legalFirst] = legal;
  const legalLast = legal.at(-1);
  if (legalFirst && legalLast) {
    sentences.push(
      legal.length > 1
        ? `Sony's reported online sales rise from ${figure(legalFirst)} through ${dateOf(legalFirst)} to ${figure(legalLast)} through ${dateOf(legalLast)}.`
        : `Sony reported online sales of ${figure(legalFirst)} through ${dateOf(legalFirst)}.`,
    );
  }
  const boxes = shownPoints('box-office');
  const [boxFirst] = boxes;
  const boxLast = boxes.at(-1);
  if (boxFirst && boxLast) {
    sentences.push(
      boxes.length > 1
        ? `The U.S. box office goes from ${figure(boxFirst)} through ${dateOf(boxFirst)} to ${figure(boxLast)} through ${dateOf(boxLast)}.`
        : `The U.S. box office was ${figure(boxFirst)} through ${dateOf(boxFirst)}.`,
    );
  }
  if (showCost && band) {
    const named = (amount: number) => joinList(whole.filter((c) => c.amount_usd === amount).map((c) => outletOf(c, data.sources)));
    sentences.push(
      `A hatched band marks the disputed cost, from ${formatUsdMillions(band.low)} (${named(band.low)}) to ${formatUsdMillions(band.high)} (${named(band.high)}), with ${costs.length} outlet figures beside it, some for production or marketing only.`,
    );
  }
  const hiWords = [
    ...points
      .filter((p) => highlighted.has(p.id) && seriesShown(p.series))
      .map((p) => `${SERIES_NAME[p.series].toLowerCase()} of ${figure(p)} through ${dateOf(p)}`),
    ...(showCost
      ? costs
          .filter((c) => highlighted.has(c.id))
          .map((c) => `${outletOf(c, data.sources)}'s ${withQualifier(c.qualifier, formatUsdMillions(c.amount_usd))}`)
      : []),
  ];
  const hiSentence = hiWords.length ? `Highlighted: ${joinList(hiWords)}.` : '';
  if (hiSentence && countSentences([...sentences, hiSentence].join(' ')) <= 4) sentences.push(hiSentence);
  if (sentences.length < 2) sentences.push('No figures are shown in this step.');

  const shownNames = [
    ...(seriesShown('legal-sales') ? ['online sales'] : []),
    ...(seriesShown('box-office') ? ['box office'] : []),
    ...(showCost ? ['reported cost'] : []),
  ];
  const title = `Money in U.S. dollars${shownNames.length ? `: ${joinList(shownNames)}` : ''}`;

  const tableRows: string[][] = [
    ...legal.map((p) => ['Online sales (Sony)', formatDate(p.through), figure(p), p.note]),
    ...boxes.map((p) => ['Box office (U.S.)', formatDate(p.through), figure(p), p.note]),
    ...(showCost
      ? costs.map((c) => [
          'Reported cost',
          outletOf(c, data.sources),
          withQualifier(c.qualifier, formatUsdMillions(c.amount_usd)),
          c.note ?? c.covers,
        ])
      : []),
  ];

  return {
    width,
    height,
    title,
    description: sentences.join(' '),
    marks: clearHiddenStates(marks, width, height, TEXT_BLOCK_METRICS),
    table: {
      caption: shownNames.length ? `Reported figures: ${joinList(shownNames)}` : 'Reported figures',
      columns: ['Series', 'Through / outlet', 'Amount (U.S. dollars)', 'Notes'],
      rows: tableRows,
    },
  };
}
