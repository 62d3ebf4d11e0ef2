/**
 * Stamping translations: `translates: TODO` (or `translates=TODO` on a step line) set to the hash
 * of the English as it is now, for `npm run i18n:stamp` and for the admin, which stamps a
 * translation file as it saves it. Text in, text out: nothing else in the file changes.
 */
import type { TargetLocale } from '../i18n/locales.ts';
import { editionReport } from './edition-status.ts';
import { IssueList } from './errors.ts';
import type { ContentFiles } from './files.ts';
import type { PassageStatus } from './model.ts';

/** The text of `file` with the `translates` of passage `s` set to its English's hash. */
export function stampPassage(text: string, s: PassageStatus): string {
  const lines = text.split('\n');
  const at = (s.line ?? 1) - 1;
  const hash = s.english.hash;
  if (s.file.endsWith('.md')) {
    if (s.key === 'heading' || s.key === 'intro') {
      const end = lines.indexOf('---', 1);
      const re = new RegExp(`(\\b${s.key}:\\s*)(TODO|"?[0-9a-f]{8}"?)`);
      for (let i = 1; i < end; i++) if (re.test(lines[i] ?? '')) lines[i] = (lines[i] ?? '').replace(re, `$1"${hash}"`);
    } else {
      // The step's opening line is the one before its body.
      const opener = at - 1;
      lines[opener] = (lines[opener] ?? '').replace(/translates=(TODO|[0-9a-f]{8})/, `translates=${hash}`);
    }
  } else {
    // A flow entry (key: { text: ..., translates: ... }) is on the key's own line.
    for (let i = at; i < lines.length && (i === at || !/^\S/.test(lines[i] ?? '')); i++) {
      if (/(^\s+|, )translates:/.test(lines[i] ?? '')) {
        // Quoted: YAML reads some hex digits as a number (1e234567).
        lines[i] = (lines[i] ?? '').replace(/translates:\s*("?[0-9a-f]{8}"?|TODO)/, `translates: "${hash}"`);
        break;
      }
    }
  }
  return lines.join('\n');
}

export interface Stamped {
  /** Path from the root to the file's new text, for each file with a passage stamped. */
  texts: Map<string, string>;
  /** The passages stamped. */
  passages: PassageStatus[];
}

/**
 * Every `TODO` of the edition (with `all`, every stale passage too) set to its English's hash;
 * `only` limits it to one file. A stale passage is never stamped without `all`: it needs
 * translating again first.
 */
export function stampEdition(files: ContentFiles, locale: TargetLocale, { all = false, only }: { all?: boolean; only?: string } = {}): Stamped {
  const r = editionReport(files, locale);
  const passages = r.status.filter((s) => (s.state === 'todo' || (all && s.state === 'stale')) && (only === undefined || s.file === only));
  const texts = new Map<string, string>();
  for (const [file, entries] of Map.groupBy(passages, (s) => s.file)) {
    const text = files.text(file, new IssueList());
    if (text !== undefined) texts.set(file, entries.reduce(stampPassage, text));
  }
  return { texts, passages };
}
