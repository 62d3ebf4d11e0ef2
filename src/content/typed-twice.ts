/**
 * No number typed twice: a figure typed by hand in the story or in a free-text cell, equal to a
 * value in a dataset, would not change when the data cell is corrected. The check names the file,
 * the line, the number and the placeholder to write instead. Years, dates, clock times and words in
 * quotation marks are not figures and are left alone, and so are plain numbers under 100 other
 * than a number of hours (chapter numbers, days, hour marks in method notes).
 */
import { datasetDefinitions, type DatasetId, type ValueFormat } from '../schemas/datasets.ts';
import type { IssueList } from './errors.ts';
import { PLACEHOLDER, type FigureData, type TextPlace } from './figures.ts';

interface Figure {
  ref: string;
  dataset: DatasetId;
  row: string;
  column: string;
  format: ValueFormat;
}

const NUMBER = /(?<![\w\-/.:,])(\$)?(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?( million| billion)?(%)?(?![\w:/]|[.,]\d)/g;
const MONTH_BEFORE = /\b(Jan|Feb|March|April|May|June|July|Aug|Sept|Oct|Nov|Dec)\.? $/;
const TIME_AFTER = /^ ?[ap]\.m\./;
/** Quoted words are someone else's wording, kept as they said it. */
const QUOTED = /"[^"\n]*"|\u201C[^\u201D\n]*\u201D/g;

/** Every numeric cell of every dataset, by value. */
function figuresByValue(data: FigureData): Map<number, Figure[]> {
  const out = new Map<number, Figure[]>();
  for (const [dataset, rows] of Object.entries(data.rows) as [DatasetId, FigureData['rows'][DatasetId]][]) {
    const formats = datasetDefinitions[dataset].formats as Partial<Record<string, ValueFormat>>;
    for (const row of rows ?? []) {
      for (const [column, value] of Object.entries(row)) {
        // Zero is "hour 0", the starting point, not a reported figure; a column without a reader
        // format (a country code) holds codes, not figures.
        const format = formats[column];
        if (typeof value !== 'number' || value === 0 || format === undefined) continue;
        const f = { ref: `${dataset}:${row.id}.${column}`, dataset, row: row.id, column, format };
        out.set(value, [...(out.get(value) ?? []), f]);
      }
    }
  }
  return out;
}

/** Money matches money, percentages match percentages, and plain numbers match the rest. */
function kindMatches(f: Figure, money: boolean, percent: boolean): boolean {
  if (money) return f.format === 'usd' || f.format === 'usd-millions';
  if (percent) return f.format === 'pct';
  return f.format !== 'usd' && f.format !== 'usd-millions' && f.format !== 'pct';
}

export interface CheckedText {
  text: string;
  place: TextPlace;
}

/** Reports each hand-typed number in `texts` that equals a dataset value. */
export function checkTypedTwice(texts: readonly CheckedText[], data: FigureData, issues: IssueList): void {
  const figures = figuresByValue(data);
  for (const { text, place } of texts) {
    const blank = (m: string) => ' '.repeat(m.length);
    const scanned = text.replace(PLACEHOLDER, blank).replace(QUOTED, blank);
    for (const m of scanned.matchAll(NUMBER)) {
      const [whole, dollar, digits = '', decimals = '', scale, percent] = m;
      const before = scanned.slice(0, m.index);
      const after = scanned.slice(m.index + whole.length);
      if (MONTH_BEFORE.test(before) || TIME_AFTER.test(after)) continue;
      if (!dollar && !decimals && !scale && !percent && /^(19|20)\d\d$/.test(digits)) continue;
      // Small plain numbers are chapter numbers, days and hour marks far more often than figures;
      // below 100 only a count of hours is checked, against the hour columns.
      const plain = !dollar && !percent && !scale;
      const hoursAfter = /^ hours?\b/.test(after);
      if (plain && Number(digits.replace(/,/g, '')) < 100 && !hoursAfter) continue;
      const value = Number(`${digits.replace(/,/g, '')}${decimals}`) * (scale === ' million' ? 1e6 : scale === ' billion' ? 1e9 : 1);
      const matches = (figures.get(value) ?? []).filter((f) => kindMatches(f, dollar !== undefined, percent !== undefined) && (!hoursAfter || f.format === 'hours'));
      if (matches.length === 0) continue;
      const own = place.own;
      const mine = matches.filter((f) => own && f.dataset === own.dataset && f.row === own.row);
      const suggest = (mine.length > 0 ? mine.map((f) => `{{.${f.column}}}`) : matches.map((f) => `{{${f.ref}}}`)).slice(0, 3);
      const line = place.line === undefined ? undefined : place.line + (before.match(/\n/g)?.length ?? 0);
      issues.add({
        file: place.file,
        ...(line === undefined ? {} : { line }),
        ...(place.field === undefined ? {} : { field: place.field }),
        message: `the number ${JSON.stringify(whole.trim())} is typed by hand but is a figure in the data (${matches
          .slice(0, 3)
          .map((f) => f.ref)
          .join(', ')}); write ${suggest.join(' or ')} instead, so a correction of the data reaches this text too`,
      });
    }
  }
}
