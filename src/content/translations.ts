/**
 * Reads one edition's translations (content/translations/<locale>/): the structured files and the
 * chapters, each entry with the line it is on. What a translation says about the English (stale,
 * missing, wrong placeholders) is decided where it is applied (overlay.ts).
 */
import { isMap, isScalar, LineCounter, parseDocument } from 'yaml';
import { isLocale, isTargetLocale, TARGET_LOCALES, type TargetLocale } from '../i18n/locales.ts';
import { translatedChapterSchema, translatedStepSchema, translationFileSchema, type TranslatedChapterFront, type TranslatedStepAttributes } from '../schemas/translations.ts';
import type { IssueList } from './errors.ts';
import type { ContentFiles } from './files.ts';
import { parseChapterWith, type RawChapter } from './story.ts';
import { readYaml } from './yaml.ts';

export const TRANSLATIONS_DIR = 'content/translations';

/** The structured files of an edition, each a map of key → { text, translates }. */
export const TRANSLATION_FILES = ['article', 'charts', 'datasets', 'sources', 'interface'] as const;
export type TranslationFileName = (typeof TRANSLATION_FILES)[number];

export interface Entry {
  text: string;
  translates: string;
  file: string;
  line: number;
}

export type TranslatedChapter = RawChapter<TranslatedChapterFront, TranslatedStepAttributes>;

export interface Translations {
  locale: TargetLocale;
  /** Entries of each structured file by key; a file that is missing or has mistakes is empty (and reported). */
  entries: Record<TranslationFileName, Map<string, Entry>>;
  /** Translated chapters by the English chapter's file name (e.g. 01-hack.md). */
  chapters: Map<string, TranslatedChapter>;
}

export const fileOf = (locale: string, name: TranslationFileName) => `${TRANSLATIONS_DIR}/${locale}/${name}.yaml`;
export const storyDirOf = (locale: string) => `${TRANSLATIONS_DIR}/${locale}/story`;

/** Folders under content/translations that are no edition: each is a mistake worth naming. */
export function checkLocaleFolders(files: ContentFiles, issues: IssueList): void {
  for (const name of files.list(TRANSLATIONS_DIR)) {
    if (name.startsWith('.') || name.endsWith('.md')) continue;
    if (!isTargetLocale(name)) {
      const why = isLocale(name) ? `${name} is the source language, which is not translated` : `unknown locale ${JSON.stringify(name)}`;
      issues.add({ file: `${TRANSLATIONS_DIR}/${name}`, message: `${why}; expected a folder for one of ${TARGET_LOCALES.join(', ')} (a new language is added in src/i18n/locales.ts, see EDITING.md)` });
    }
  }
}

/** Line of each top-level key of a YAML map. */
function keyLines(text: string): Map<string, number> {
  const lc = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lc });
  const lines = new Map<string, number>();
  if (!isMap(doc.contents)) return lines;
  for (const pair of doc.contents.items) {
    if (isScalar(pair.key)) lines.set(String(pair.key.value), lc.linePos(pair.key.range[0]).line);
  }
  return lines;
}

function readFile(files: ContentFiles, locale: TargetLocale, name: TranslationFileName, issues: IssueList): Map<string, Entry> {
  const file = fileOf(locale, name);
  const out = new Map<string, Entry>();
  if (!files.exists(file)) {
    issues.add({ file, message: `file is missing; expected the ${name} translations of the ${locale} edition (a map of key: { text, translates }; npm run i18n:status ${locale} lists the keys)` });
    return out;
  }
  const text = files.text(file, issues);
  if (text === undefined) return out;
  const parsed = readYaml(text, file, translationFileSchema.nullable(), issues);
  if (!parsed) return out;
  const lines = keyLines(text);
  for (const [key, e] of Object.entries(parsed)) out.set(key, { ...e, file, line: lines.get(key) ?? 1 });
  return out;
}

const CHAPTER_GRAMMAR = { front: translatedChapterSchema, step: translatedStepSchema, stepForm: '::: step id=... translates=...', fields: 'id and translates (its chart and state are the English step’s)' };

/** Everything of `locale`'s translations; problems of form (YAML, schema, step lines) go to `issues`. */
export function readTranslations(files: ContentFiles, locale: TargetLocale, issues: IssueList): Translations {
  const entries = Object.fromEntries(TRANSLATION_FILES.map((n) => [n, readFile(files, locale, n, issues)])) as Record<TranslationFileName, Map<string, Entry>>;
  const chapters = new Map<string, TranslatedChapter>();
  const dir = storyDirOf(locale);
  for (const name of files.list(dir)) {
    if (!name.endsWith('.md')) continue;
    const file = `${dir}/${name}`;
    const text = files.text(file, issues);
    const raw = text === undefined ? undefined : parseChapterWith(text, file, issues, CHAPTER_GRAMMAR);
    if (raw) chapters.set(name, raw);
  }
  return { locale, entries, chapters };
}
