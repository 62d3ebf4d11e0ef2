/**
 * Details on demand: the text of the tooltip a reader opens on a chart's data point, built at
 * build time from the dataset row the mark draws (its `datum`, "<dataset-id>/<row-id>"), with
 * the formatters the labels and prose use, so no figure is typed twice. A tip is a list of
 * lines: what the point is, its value, its time, then the outlets it comes from; the browser
 * (src/scrolly/tooltip.ts) names the point by the first two.
 */
import { formatCount, formatDate, formatHours, formatPct, formatUsd, formatUsdMillions, withQualifier } from '../charts/core/format.ts';
import type { Mark } from '../charts/core/scene.ts';
import { formatTimeOfDay } from '../charts/core/time.ts';
import { whenClock } from '../charts/release-hours/model.ts';
import { theaterFigure } from '../charts/timeline/theaters.ts';
import type { Datasets } from '../content/load.ts';
import { curlyQuotes } from '../core/typography.ts';
import type { DatasetId, RowOf } from '../schemas/datasets.ts';
import type { Source } from '../schemas/sources.ts';

export type Tip = string[];

/** "about" figures are the sources' estimates; the tip says so in words, not only by the figure. */
const estimate = (qualifier: string, figure: string): string =>
  `${withQualifier(qualifier, figure)}${qualifier === 'about' ? ' (estimate)' : ''}`;

const capital = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

type Lines<K extends DatasetId> = (row: RowOf<K>, data: Datasets) => string[];

/** Per dataset: the point's name, value and time (every dataset has one, so a new dataset is a type error here). */
const LINES: { [K in DatasetId]: Lines<K> } = {
  // Events have no figure: the label is what happened (the detail sentence stays in the data table, to keep the page small).
  timeline: (r) => [r.label, r.time ? `${formatDate(r.date)}, ${formatTimeOfDay(r.time)} ET` : formatDate(r.date)],
  'release-hours': (r) => [r.label, `${capital(whenClock(r))} ET`],
  platforms: (r) => [
    r.platform,
    `Added ${formatDate(r.added)}${r.hour === undefined ? '' : `, ${formatHours(r.hour)} after the online release`}`,
  ],
  prices: (r) => [capital(r.option), formatUsd(r.price_usd)],
  availability: (r) => [r.region, r.status === 'legal' ? 'Could be rented or bought online' : 'No legal online release', r.when],
  'downloader-share': (r, data) => {
    const of = data['piracy-estimates'].rows.find((e) => e.id === r.of_estimate);
    return [
      r.location,
      `${formatPct(r.share_pct)} of downloaders${r.derived ? ' (derived from the reported share)' : ''}`,
      ...(of ? [`Of ${of.tracker}'s count of ${withQualifier(of.qualifier, formatCount(of.count))}`] : []),
    ];
  },
  'piracy-estimates': (r) => [
    r.tracker,
    `${estimate(r.qualifier, formatCount(r.count))} downloads`,
    `${r.hours_approx ? 'About ' : ''}${formatHours(r.hours)} after the online release`,
    capital(r.method),
  ],
  'legal-sales': (r, data) => [
    data['legal-sales'].meta.title,
    [
      r.transactions === undefined ? '' : `${estimate(r.transactions_qualifier, formatCount(r.transactions))} rentals and purchases`,
      `${estimate(r.spending_qualifier, formatUsdMillions(r.spending_usd))} spent`,
    ]
      .filter(Boolean)
      .join('; '),
    `Through ${formatDate(r.through)} (${formatCount(r.days)} days)`,
  ],
  'box-office': (r, data) => [
    data['box-office'].meta.title,
    estimate(r.qualifier, formatUsdMillions(r.gross_usd)),
    `Through ${formatDate(r.through)} (${formatCount(r.days)} ${r.days === 1 ? 'day' : 'days'} in theaters)`,
  ],
  'cost-estimates': (r) => [capital(r.covers), estimate(r.qualifier, formatUsdMillions(r.amount_usd)), ...(r.note ? [r.note] : [])],
  theaters: (r) => [r.label, `${theaterFigure(r)}${r.qualifier === 'about' ? ' (estimate)' : ''}`, formatDate(r.date)],
};

/** "Source: CBS News" / "Sources: CBS News, The Hill": each outlet once, in the row's order. */
export function sourcesLine(ids: readonly string[], sources: readonly Source[]): string {
  const outlets = [...new Set(ids.map((id) => sources.find((s) => s.id === id)?.outlet ?? id))];
  return `${outlets.length === 1 ? 'Source' : 'Sources'}: ${outlets.join(', ')}`;
}

function isDataset(id: string, data: Datasets): id is DatasetId {
  return Object.hasOwn(data, id);
}

/** The tip of one datum; a datum that names no row is a bug in a chart's marks, reported with the mark's key. */
export function tipFor(datum: string, data: Datasets, sources: readonly Source[], key = datum): Tip {
  const slash = datum.indexOf('/');
  const [id, rowId] = [datum.slice(0, slash), datum.slice(slash + 1)];
  if (slash < 0 || !isDataset(id, data))
    throw new Error(`tips: mark "${key}" has datum "${datum}", expected "<dataset-id>/<row-id>" naming a dataset`);
  const rows: readonly { id: string; sources: string[] }[] = data[id].rows;
  const row = rows.find((r) => r.id === rowId);
  if (!row) throw new Error(`tips: mark "${key}" has datum "${datum}", but dataset ${id} has no row "${rowId}"`);
  // The row is of dataset `id`, which the lookup just established; TypeScript cannot tie the two.
  const lines = (LINES[id] as Lines<DatasetId>)(row as RowOf<DatasetId>, data);
  return [...lines, sourcesLine(row.sources, sources)].map(curlyQuotes);
}

/** Every tip the given scenes' marks point at, by datum: one chapter's JSON. */
export function tipsFor(scenes: readonly { marks: readonly Mark[] }[], data: Datasets, sources: readonly Source[]): Record<string, Tip> {
  const out: Record<string, Tip> = {};
  for (const m of scenes.flatMap((s) => s.marks))
    if (m.datum && m.opacity !== 0 && !(m.datum in out)) out[m.datum] = tipFor(m.datum, data, sources, m.key);
  return out;
}
