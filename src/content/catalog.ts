/** The English interface strings: the charts' words and the page's (merged by the chart-words work). */
import type { Catalog } from '../i18n/words.ts';

export function englishCatalog(): Catalog {
  return {};
}
