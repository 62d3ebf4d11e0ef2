/**
 * The English catalog: every interface string of the site by global key, the charts' words
 * (src/charts/<id>/messages.ts, through the registry) and, merged in here, the page's own
 * (src/i18n/ui-en.ts, once it exists). Translations (content/translations/<locale>/interface.yaml)
 * give the same keys in their language. `englishWords` is the English edition's words.
 */
import { chartCatalog } from '../charts/index.ts';
import { formatterFor } from '../i18n/formatters.ts';
import { LANGUAGE_TAG } from '../i18n/locales.ts';
import { makeWords, type Catalog, type Words } from '../i18n/words.ts';
import type { Edition } from './model.ts';
import { ui } from '../i18n/ui-en.ts';

/** Every English interface string; a key two catalogs define is a mistake, reported when this module loads. */
export function mergeCatalogs(...catalogs: readonly Catalog[]): Catalog {
  const out: Record<string, string> = {};
  for (const c of catalogs) {
    for (const [k, v] of Object.entries(c)) {
      if (Object.hasOwn(out, k)) throw new Error(`interface string ${JSON.stringify(k)} is defined twice; expected one catalog to own it`);
      out[k] = v;
    }
  }
  return out;
}

export const englishCatalog: Catalog = mergeCatalogs(chartCatalog, ui);

export const englishWords: Words = makeWords('en', 'en-US', formatterFor('en'), englishCatalog);

const editionWords = new WeakMap<object, Words>();

/** The words of the edition `model` is in (English for the English model), made once per model. */
export function wordsOf(model: { edition: Edition }): Words {
  const e = model.edition;
  if (e.locale === 'en') return englishWords;
  let w = editionWords.get(e);
  if (!w) {
    const english = new Set(Object.keys(e.english).flatMap((k) => (k.startsWith('interface.') ? [k.slice('interface.'.length)] : [])));
    w = makeWords(e.locale, LANGUAGE_TAG[e.locale], formatterFor(e.locale), e.strings, english, e.names);
    editionWords.set(e, w);
  }
  return w;
}
