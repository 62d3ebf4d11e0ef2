/**
 * Reads everything in content/, validates it against the schemas and against itself (citations,
 * chart states, figure references, versions), and returns the model the pages render. Every
 * problem is collected; if there is any, a ContentError lists them all.
 *
 * The loader is four stages, each its own module with its own tests on small fixtures:
 *   files.ts     read: the files of content/ as text (the only stage that touches the disk)
 *   validate.ts  validate: each file against its schema and the others (ids, sources, versions)
 *   resolve.ts   resolve figures: {{dataset:row.column}} everywhere, then chart parameters
 *   render.ts    render: the story's markdown as HTML, with figures, citations and colour keys
 * then the checks across stages (references.ts, typed-twice.ts) and the typesetting of the
 * model's remaining text (typeset.ts).
 */
import { formatterFor } from '../i18n/formatters.ts';
import { SOURCE_LOCALE, type Locale } from '../i18n/locales.ts';
import type { Catalog } from '../i18n/words.ts';
import { datasetIds, type DatasetId } from '../schemas/datasets.ts';
import { englishCatalog, wordsOf } from './catalog.ts';
import { IssueList } from './errors.ts';
import { diskFiles, type ContentFiles } from './files.ts';
import type { ContentModel, Datasets, Edition, SomeDatasets } from './model.ts';
import { overlay } from './overlay.ts';
import { checkChartReferences } from './references.ts';
import { renderStory } from './render.ts';
import { checkLocaleFolders, readTranslations } from './translations.ts';
import { resolveContent } from './resolve.ts';
import { checkTypedTwice } from './typed-twice.ts';
import { typeset } from './typeset.ts';
import { validateContent, withDataset } from './validate.ts';

export interface LoadOptions {
  /**
   * Accept data changed since its recorded version (`npm run dev` only, where a banner names it),
   * so an editor can look before recording; everything else refuses it.
   */
  preview?: boolean;
  /** The edition to load (default English): its translations over the English, its formats. */
  locale?: Locale;
  /** The English interface strings (default: the charts' and the page's catalogs). */
  catalog?: Catalog;
}

/** Every dataset, once the checks have passed (a missing one has been reported as missing). */
function complete(datasets: SomeDatasets): datasets is Datasets {
  return datasetIds.every((id) => datasets[id] !== undefined);
}

/** The model of the content in `files`. Throws ContentError listing every problem. */
export function loadFrom(files: ContentFiles, { preview = false, locale = SOURCE_LOCALE, catalog = englishCatalog }: LoadOptions = {}): ContentModel {
  const issues = new IssueList();
  const english = validateContent(files, issues, { preview });
  checkLocaleFolders(files, issues);
  let validated = english;
  let edition: Edition = { locale, strings: { ...catalog }, english: {}, status: [], names: {} };
  if (locale !== SOURCE_LOCALE) {
    const o = overlay(english, readTranslations(files, locale, issues), catalog, issues);
    validated = o.validated;
    edition = { locale, strings: o.strings, english: o.english, status: o.status, names: o.names };
  }
  const resolved = resolveContent(validated, issues, formatterFor(locale));
  // The edition's words as the pages make them (src/content/catalog.ts), for citations and colour keys.
  const words = wordsOf({ edition });
  const chapters = renderStory(validated, resolved, issues, words);
  checkChartReferences(resolved.charts, resolved.datasets, validated.withErrors, issues);
  // Typed figures are looked for in the English, the one text every edition translates; a
  // translation keeps the English's placeholders exactly (placeholders.ts), so none is lost.
  if (locale === SOURCE_LOCALE) checkTypedTwice(resolved.typed, resolved.figureData, issues);
  issues.throwIfAny();
  const { article, sources } = validated;
  const { charts } = resolved;
  // The model lists datasets by id, the order of the data package, the page's data list and its JSON-LD.
  // K ties the id to its dataset's type (a correlated union), though the signature names it once.
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters
  const byId = <K extends DatasetId>(m: SomeDatasets, id: K): SomeDatasets => {
    const ds = resolved.datasets[id];
    return ds ? withDataset(m, id, ds) : m;
  };
  const datasets = [...datasetIds].sort().reduce(byId, {});
  if (!article || !complete(datasets)) throw new Error('unreachable: content missing without an issue');
  return typeset({ article, sources, datasets, charts, chapters, edition });
}

/** Loads and validates the whole of content/ under `root`. Throws ContentError listing every problem. */
export function loadContent(root: string, options: LoadOptions = {}): ContentModel {
  return loadFrom(diskFiles(root), options);
}
