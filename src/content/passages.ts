/**
 * Every text of the English content a translation can translate, with its key, where it is and
 * how to put a translation in its place. One list, so the overlay, the stale check, the status
 * report and the stamp agree on what there is to translate.
 */
import { charts } from '../charts/registry.ts';
import type { TargetLocale } from '../i18n/locales.ts';
import type { Catalog } from '../i18n/words.ts';
import { datasetIds, type DatasetId } from '../schemas/datasets.ts';
import { freeTextColumns } from './figures.ts';
import { fileOf, storyDirOf, type TranslationFileName } from './translations.ts';
import type { Validated } from './validate.ts';

export type Where =
  | { kind: 'file'; name: TranslationFileName }
  | { kind: 'chapter'; chapter: string; part: 'heading' }
  | { kind: 'chapter'; chapter: string; part: 'intro' }
  | { kind: 'chapter'; chapter: string; part: 'step'; step: string };

/** Where a translation's text is, for messages about it once it is in place. */
export interface At {
  file: string;
  line: number;
}

export interface Passage {
  /** Unique in the edition: "article.headline", "story/01-hack.md#steps.hack-breach". */
  id: string;
  /** Key in its translation file ("headline", "timeline.rows.hack.label"), or the chapter part ("heading", "intro", a step id). */
  key: string;
  where: Where;
  /** The English text, as written. */
  text: string;
  englishFile: string;
  englishLine?: number;
  /** The translation file it belongs in. */
  translationFile: string;
  /** The English chapter's id, for chapter passages. */
  chapterId?: string;
  /** Puts `text` (the translation, found at `at`) in its place in `target`, a copy of the English. */
  apply(target: Validated, text: string, at: At): void;
  /** A value charts look rows up by: its translation names it for readers, the row keeps the English. */
  lookup?: true;
  /** Marks the passage as shown in English (chapters only: the page adds a note). */
  mark?(target: Validated, why: 'stale' | 'missing'): void;
}

/** Columns chart parameters look rows up by (piracy-surge's `trackers` by tracker name): the English value stays. */
function lookupColumns(): Set<string> {
  const out = new Set<string>();
  for (const def of Object.values(charts)) {
    for (const ref of Object.values<{ datasets: readonly string[]; column?: string } | undefined>(def.references)) {
      if (ref?.column && ref.column !== 'id') for (const d of ref.datasets) out.add(`${d}.${ref.column}`);
    }
  }
  return out;
}

function filePassages(v: Validated, catalog: Catalog, locale: TargetLocale): Passage[] {
  const out: Passage[] = [];
  const add = (name: TranslationFileName, key: string, text: string | undefined, englishFile: string, apply: (t: Validated, s: string) => void, englishLine?: number) => {
    if (text === undefined || text.trim() === '') return;
    out.push({ id: `${name}.${key}`, key, where: { kind: 'file', name }, text, englishFile, ...(englishLine === undefined ? {} : { englishLine }), translationFile: fileOf(locale, name), apply });
  };
  const a = v.article;
  if (a) {
    for (const f of ['headline', 'dek', 'dekShort', 'byline', 'dateline', 'description'] as const) {
      add('article', f, a[f], 'content/article.yaml', (t, s) => {
        if (t.article) t.article[f] = s;
      });
    }
  }
  v.charts.forEach((c, i) => {
    add('charts', `${c.id}.title`, c.title, 'content/charts.yaml', (t, s) => {
  const target = t.charts[i];
  if (target) target.title = s;
});
    add('charts', `${c.id}.description`, c.description, 'content/charts.yaml', (t, s) => {
  const target = t.charts[i];
  if (target) target.description = s;
});
    c.states.forEach((st, j) => {
      add('charts', `${c.id}.states.${st.id}.title`, st.title, 'content/charts.yaml', (t, s) => {
        const target = t.charts[i]?.states[j];
        if (target) target.title = s;
      });
    });
  });
  // Sources keep their outlet and title as published; the note on each is ours, and translated.
  v.sources.forEach((src, i) => {
    add('sources', `${src.id}.note`, src.note, 'content/sources.yaml', (t, s) => {
      const target = t.sources[i];
      if (target) target.note = s;
    });
  });
  const lookups = lookupColumns();
  // K ties the id to its dataset's type (a correlated union), though the signature names it once.
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters
  const addDataset = <K extends DatasetId>(id: K): void => {
    const ds = v.datasets[id];
    if (!ds) return;
    const meta = `content/datasets/${id}.meta.yaml`;
    add('datasets', `${id}.title`, ds.meta.title, meta, (t, s) => {
  const target = t.datasets[id];
  if (target) target.meta.title = s;
});
    add('datasets', `${id}.notes`, ds.meta.notes, meta, (t, s) => {
  const target = t.datasets[id];
  if (target) target.meta.notes = s;
}, v.notesLines[id]);
    ds.meta.changelog.forEach((c, j) => {
      add('datasets', `${id}.changelog.${c.version}`, c.change, meta, (t, s) => {
        const e = t.datasets[id]?.meta.changelog[j];
        if (e) e.change = s;
      });
    });
    const columns = freeTextColumns(id);
    ds.rows.forEach((row, r) => {
      for (const col of columns) {
        const value: unknown = Reflect.get(row, col);
        if (typeof value !== 'string') continue;
        if (lookups.has(`${id}.${col}`)) {
          add('datasets', `${id}.rows.${row.id}.${col}`, value, ds.file, () => undefined, ds.lines[row.id]);
          const last = out.at(-1);
          if (last?.text === value) last.lookup = true;
          continue;
        }
        add('datasets', `${id}.rows.${row.id}.${col}`, value, ds.file, (t, s) => {
          const target = t.datasets[id]?.rows[r];
          if (target) Reflect.set(target, col, s);
        }, ds.lines[row.id]);
      }
    });
  };
  datasetIds.forEach(addDataset);
  for (const [key, text] of Object.entries(catalog)) add('interface', key, text, 'src/i18n (English interface strings)', () => undefined);
  return out;
}

function chapterPassages(v: Validated, locale: TargetLocale): Passage[] {
  const out: Passage[] = [];
  v.chapters.forEach(({ file, raw }, c) => {
    const name = file.slice(file.lastIndexOf('/') + 1);
    const translationFile = `${storyDirOf(locale)}/${name}`;
    const base = { englishFile: file, translationFile, chapterId: raw.front.id };
    out.push({
      ...base,
      id: `story/${name}#heading`,
      key: 'heading',
      where: { kind: 'chapter', chapter: name, part: 'heading' },
      text: [raw.front.title, raw.front.kicker ?? ''].join('\n'),
      englishLine: 2,
      apply(t, s) {
        const [title = '', kicker = ''] = s.split('\n');
        const target = t.chapters[c]?.raw.front;
        if (!target) return;
        target.title = title;
        if (kicker) target.kicker = kicker;
        else delete target.kicker;
      },
      mark: (t, why) => {
  const target = t.chapters[c]?.raw;
  if (target) target.english = { ...target.english, heading: why };
},
    });
    if (raw.intro.trim() !== '') {
      out.push({
        ...base,
        id: `story/${name}#intro`,
        key: 'intro',
        where: { kind: 'chapter', chapter: name, part: 'intro' },
        text: raw.intro,
        englishLine: raw.introLine,
        apply(t, s, at) {
          const target = t.chapters[c]?.raw;
          if (!target) return;
          target.intro = s;
          target.introLine = at.line;
          target.introFile = at.file;
        },
        mark: (t, why) => {
  const target = t.chapters[c]?.raw;
  if (target) target.english = { ...target.english, intro: why };
},
      });
    }
    raw.steps.forEach((step, i) => {
      out.push({
        ...base,
        id: `story/${name}#steps.${step.attrs.id}`,
        key: step.attrs.id,
        where: { kind: 'chapter', chapter: name, part: 'step', step: step.attrs.id },
        text: step.markdown,
        englishLine: step.bodyLine,
        apply(t, s, at) {
          const target = t.chapters[c]?.raw.steps[i];
          if (!target) return;
          target.markdown = s;
          target.bodyLine = at.line;
          target.file = at.file;
        },
        mark(t, why) {
          const target = t.chapters[c]?.raw.steps[i];
          if (target) target.english = why;
        },
      });
    });
  });
  return out;
}

/** Everything in `v` and the interface catalog that `locale`'s translations can translate. */
export function englishPassages(v: Validated, catalog: Catalog, locale: TargetLocale): Passage[] {
  return [...filePassages(v, catalog, locale), ...chapterPassages(v, locale)];
}
