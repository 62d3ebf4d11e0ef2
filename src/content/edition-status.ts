/**
 * What each translation of the English is, without failing on the content's other problems: for
 * `npm run i18n:status`, `npm run i18n:stamp` and the check's list of stale translations.
 */
import type { TargetLocale } from '../i18n/locales.ts';
import type { Catalog } from '../i18n/words.ts';
import { englishCatalog } from './catalog.ts';
import { IssueList, type ContentIssue } from './errors.ts';
import type { ContentFiles } from './files.ts';
import type { PassageStatus } from './model.ts';
import { overlay } from './overlay.ts';
import { readTranslations } from './translations.ts';
import { validateContent } from './validate.ts';

export interface EditionReport {
  locale: TargetLocale;
  status: PassageStatus[];
  /** Problems of the translations themselves (and of the English, if any). */
  issues: ContentIssue[];
}

export function editionReport(files: ContentFiles, locale: TargetLocale, catalog: Catalog = englishCatalog): EditionReport {
  const issues = new IssueList();
  const english = validateContent(files, issues, { preview: true });
  const { status } = overlay(english, readTranslations(files, locale, issues), catalog, issues);
  return { locale, status, issues: issues.items };
}

/** "content/translations/de/story/01-hack.md:12 [hack-breach]: stale: the English changed (...)". */
export function describeStatus(s: PassageStatus): string {
  const where = s.line === undefined ? s.file : `${s.file}:${s.line}`;
  const english = s.english.line === undefined ? s.english.file : `${s.english.file}:${s.english.line}`;
  const why = {
    current: 'current',
    stale: `stale: the English at ${english} changed since this was translated; translate it again, then set translates: ${s.english.hash}`,
    missing: `missing: no translation of the English at ${english} (hash ${s.english.hash}); it is shown in English`,
    todo: `not stamped: translates is TODO; once the translation is checked, npm run i18n:stamp sets it to ${s.english.hash}`,
  }[s.state];
  return `${where} [${s.key}]: ${why}`;
}

/** One edition's state in a line, as `npm run i18n:status` prints it. */
export function summarize(r: EditionReport): string {
  const count = (state: PassageStatus['state']) => r.status.filter((s) => s.state === state).length;
  return `${r.locale}: ${count('current')} of ${r.status.length} passages translated and current, ${count('stale')} stale, ${count('missing')} missing, ${count('todo')} not stamped`;
}
