/**
 * Money's model: Sony's reported online sales and the U.S. box office as points by day since the
 * online release (day 0 = Dec. 24, 2014), the reported costs, and the scales of what a state shows.
 * Only reported figures are drawn: no totals are added up, and lines join reported points only.
 */
import { scaleLinear, type ScaleLinear } from 'd3-scale';
import type { Words } from '../../i18n/words.ts';
import type { RowOf } from '../../schemas/datasets.ts';
import { addDays, daysBetween } from '../core/time.ts';
import type { SourceName } from '../core/define.ts';
import { say } from './messages.ts';
import type { MoneyParams } from './params.ts';

export type SalesRow = RowOf<'legal-sales'>;
export type CostRow = RowOf<'cost-estimates'>;
export type Series = MoneyParams['show'][number];
export type PointSeries = 'legal-sales' | 'box-office';

export interface MoneyData {
  'legal-sales': SalesRow[];
  'box-office': RowOf<'box-office'>[];
  'cost-estimates': CostRow[];
  /** The source registry, to name each cost estimate's outlet; without it, the outlet is read from the row's note ("Fortune: …") or its first source id. */
  sources?: SourceName[];
}

export const MARGIN = { top: 10, right: 10, bottom: 6, left: 8 };
export const POINT_R = 4.5;
export const HIGHLIGHT_R = 6;
/** Cost figures that say what the whole film cost; production-only and marketing-only figures are parts. */
export const WHOLE_COST: CostRow['covers'][] = ['production and marketing', 'budget (unspecified)'];

export interface Point {
  series: PointSeries;
  id: string;
  day: number;
  usd: number;
  qualifier: SalesRow['spending_qualifier'];
  through: string;
  note: string;
}

export function outletOf(row: CostRow, sources: readonly SourceName[] | undefined): string {
  for (const id of row.sources) {
    const s = sources?.find((x) => x.id === id);
    if (s) return s.outlet;
  }
  const fromNote = row.note ? /^([^:]{2,40}):/.exec(row.note)?.[1] : undefined;
  return fromNote ?? row.sources[0] ?? row.id;
}

export interface MoneyModel {
  origin: string;
  /** Every point, for the x domain; `shown` are those of the series the state shows. */
  points: Point[];
  shown: Point[];
  costs: CostRow[];
  showCost: boolean;
  band: { low: number; high: number } | undefined;
  highlighted: Set<string>;
  anyHighlight: boolean;
  xMax: number;
  yTicks: number[];
  y0: ScaleLinear<number, number>;
}

export function moneyModel(data: MoneyData, state: MoneyParams, words: Words): MoneyModel {
  const { fmt } = words;
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
        r.transactions !== undefined
          ? say(words)('note.sales-transactions', {
              count: r.days,
              date: fmt.date(r.through, { year: false }),
              transactions: fmt.qualified(r.transactions_qualifier, fmt.countWords(r.transactions)),
            })
          : say(words)('note.sales', { count: r.days, date: fmt.date(r.through, { year: false }) }),
    })),
    ...gross.map((r) => ({
      series: 'box-office' as const,
      id: r.id,
      day: daysBetween(origin, r.through),
      usd: r.gross_usd,
      qualifier: r.qualifier,
      through: r.through,
      note: say(words)('note.box-office', { count: r.days, date: fmt.date(r.through, { year: false }) }),
    })),
  ];
  const shown = points.filter((p) => show.has(p.series));
  const showCost = show.has('cost') && costs.length > 0;
  const whole = costs.filter((c) => WHOLE_COST.includes(c.covers));
  const band = whole.length
    ? { low: Math.min(...whole.map((c) => c.amount_usd)), high: Math.max(...whole.map((c) => c.amount_usd)) }
    : undefined;
  // y domain: what the shown series need (all of them when none is shown, so an empty state has the frame of the first).
  const seriesMax = (s: Series) =>
    s === 'cost' ? Math.max(0, ...costs.map((c) => c.amount_usd)) : Math.max(0, ...points.filter((p) => p.series === s).map((p) => p.usd));
  const all: Series[] = ['legal-sales', 'box-office', 'cost'];
  const shownSeries = all.filter((s) => show.has(s));
  const y0 = scaleLinear()
    .domain([0, Math.max(...(shownSeries.length ? shownSeries : all).map(seriesMax), 1)])
    .nice(5);
  const anyHighlight = shown.some((p) => highlighted.has(p.id)) || (showCost && costs.some((c) => highlighted.has(c.id)));
  return {
    origin,
    points,
    shown,
    costs,
    showCost,
    band,
    highlighted,
    anyHighlight,
    xMax: Math.max(1, ...points.map((p) => p.day)) + 2,
    // Three ticks or so: the axis is context, and every tick is a label to read.
    yTicks: y0.ticks(2),
    y0,
  };
}
