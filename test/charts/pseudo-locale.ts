/**
 * Pseudo-locales, as Chrome's pseudo-localisation makes them: every string of the charts' catalog
 * (and every free-text cell of the datasets, which arrive translated) made about 40% longer, so a
 * layout that only fits English shows it before a translator does. `long` keeps Latin letters,
 * accented as German and Spanish write them (ä, ö, ü, ß, é); `hangul` turns each word into Hangul
 * syllables, full-width glyphs as the Korean edition sets them. `{name}` variables stay as they are.
 */
import { datasetIds, type DatasetId } from '../../src/schemas/datasets.ts';
import { freeTextColumns } from '../../src/content/figures.ts';
import type { Catalog } from '../../src/i18n/words.ts';

export type Pseudo = 'long' | 'hangul';

const ACCENT: Record<string, string> = { a: 'ä', o: 'ö', u: 'ü', e: 'é', s: 'ß', A: 'Ä', O: 'Ö', U: 'Ü', E: 'É', n: 'ñ' };
const SYLLABLES = '한국어판의문장길이를시험합니다';

/** Words of `n` letters each, `total` letters in all: padding a line can still break between. */
function padding(total: number, letter: (i: number) => string): string {
  const words: string[] = [];
  for (let left = total, i = 0; left > 0; left -= 5) words.push(Array.from({ length: Math.min(5, left) }, () => letter(i++)).join(''));
  return words.join(' ');
}

/** One string (outside its `{name}` variables) in the pseudo-locale. */
export function pseudoText(text: string, kind: Pseudo): string {
  const parts = text.split(/(\{[a-zA-Z0-9_]+\})/);
  let letters = 0;
  let k = 0;
  const out = parts.map((p, i) => {
    if (i % 2 === 1) return p;
    return p.replace(/\p{L}+/gu, (word) => {
      letters += word.length;
      if (kind === 'long') return word.replace(/./gu, (c) => ACCENT[c] ?? c);
      return Array.from({ length: Math.max(1, Math.round(word.length * 0.6)) }, () => SYLLABLES[k++ % SYLLABLES.length]).join('');
    });
  });
  // Separators and signs without letters (", ", " · ") stay as they are.
  if (letters === 0) return out.join('');
  const extra = Math.ceil(letters * (kind === 'long' ? 0.4 : 0.6 * 0.4));
  const pad = padding(extra, (i) => (kind === 'long' ? ('öüä'[i % 3] ?? 'ö') : (SYLLABLES[(k + i) % SYLLABLES.length] ?? '한')));
  return `${out.join('')} ${pad}`;
}

export function pseudoCatalog(catalog: Catalog, kind: Pseudo): Catalog {
  return Object.fromEntries(Object.entries(catalog).map(([key, text]) => [key, pseudoText(text, kind)]));
}

/**
 * Columns that name things the state parameters refer to by their English value (a tracker is
 * named in `trackers:`): a translation keeps them, so the pseudo-locale does too.
 */
const KEPT = new Set(['tracker']);

/** The datasets with every free-text cell in the pseudo-locale. */
export function pseudoDatasets<D extends Record<DatasetId, { rows: readonly object[] }>>(datasets: D, kind: Pseudo): D {
  const out: Record<string, unknown> = { ...datasets };
  for (const id of datasetIds) {
    const columns = freeTextColumns(id).filter((c) => !KEPT.has(c));
    const rows = datasets[id].rows.map((row) => {
      const copy: Record<string, unknown> = { ...row };
      for (const c of columns) if (typeof copy[c] === 'string' && copy[c] !== '') copy[c] = pseudoText(copy[c], kind);
      return copy;
    });
    out[id] = { ...datasets[id], rows };
  }
  // Same datasets, same row shapes: only the text of free-text cells changed.
  return out as D;
}
