/**
 * Details on demand: the text of the tooltip a reader opens on a chart's data point, built at
 * build time from the dataset row the mark draws (its `datum`, "<dataset-id>/<row-id>"), with
 * the formatters the labels and prose use, so no figure is typed twice. A tip is a list of
 * lines: what the point is, its value, its time (each chart's `tips`, src/charts/<id>/tips.ts),
 * then the outlets it comes from; the browser (src/scrolly/tooltip.ts) names the point by the
 * first two.
 */
import { curlyQuotes } from '../core/typography.ts';
import type { Words } from '../i18n/words.ts';
import type { DatasetId, RowOf } from '../schemas/datasets.ts';
import type { SourceName, TipData, TipLines } from './core/define.ts';
import type { Mark } from './core/scene.ts';
import { sourcesWords } from './core/tip-words.ts';
import { charts } from './registry.ts';

export type Tip = string[];

/** One dataset's tip lines, whichever chart writes them. */
type AnyTip = <K extends DatasetId>(id: K, row: RowOf<K>, data: TipData, words: Words) => string[] | undefined;

/** Every chart's tips by dataset; a dataset whose tip two charts write is a mistake in the charts. */
function tipTable(): Partial<{ [K in DatasetId]: TipLines<K> }> {
  const table: Partial<{ [K in DatasetId]: TipLines<K> }> = {};
  const owner = new Map<string, string>();
  for (const def of Object.values(charts)) {
    for (const id of Object.keys(def.tips)) {
      const first = owner.get(id);
      if (first) throw new Error(`tips: charts ${first} and ${def.id} both write the tip of dataset ${id}; expected one`);
      owner.set(id, def.id);
    }
    Object.assign(table, def.tips);
  }
  return table;
}

const TIPS = tipTable();
const linesOf: AnyTip = (id, row, data, words) => TIPS[id]?.(row, data, words);

/** "Source: CBS News" / "Sources: CBS News, The Hill": each outlet once, in the row's order. */
export function sourcesLine(ids: readonly string[], sources: readonly SourceName[], words: Words): string {
  return sourcesWords(words, [...new Set(ids.map((id) => sources.find((s) => s.id === id)?.outlet ?? id))]);
}

function isDataset(id: string, data: TipData): id is DatasetId {
  return Object.hasOwn(data, id);
}

/** The tip of one datum; a datum that names no row is a bug in a chart's marks, reported with the mark's key. */
export function tipFor(datum: string, data: TipData, sources: readonly SourceName[], words: Words, key = datum): Tip {
  const slash = datum.indexOf('/');
  const [id, rowId] = [datum.slice(0, slash), datum.slice(slash + 1)];
  if (slash < 0 || !isDataset(id, data))
    throw new Error(`tips: mark "${key}" has datum "${datum}", expected "<dataset-id>/<row-id>" naming a dataset`);
  const row = rowOf(id, rowId, data);
  if (!row) throw new Error(`tips: mark "${key}" has datum "${datum}", but dataset ${id} has no row "${rowId}"`);
  const lines = linesOf(id, row, data, words);
  if (!lines)
    throw new Error(
      `tips: mark "${key}" has datum "${datum}", but no chart writes a tip for dataset ${id}; expected one in src/charts/<id>/tips.ts`,
    );
  return [...lines, sourcesLine(row.sources, sources, words)].map(curlyQuotes);
}

function rowOf<K extends DatasetId>(id: K, rowId: string, data: TipData): RowOf<K> | undefined {
  const rows: readonly RowOf<K>[] = data[id].rows;
  return rows.find((r) => r.id === rowId);
}

/** Every tip the given scenes' marks point at, by datum: one chapter's JSON. */
export function tipsFor(
  scenes: readonly { marks: readonly Mark[] }[],
  data: TipData,
  sources: readonly SourceName[],
  words: Words,
): Record<string, Tip> {
  const out: Record<string, Tip> = {};
  for (const m of scenes.flatMap((s) => s.marks))
    if (m.datum && m.opacity !== 0 && !(m.datum in out)) out[m.datum] = tipFor(m.datum, data, sources, words, m.key);
  return out;
}
