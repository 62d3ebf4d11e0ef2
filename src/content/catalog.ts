/** The English interface strings: the charts' words, the page's and the content layer's (citations). */
import type { Catalog } from '../i18n/words.ts';
import { citeMessages } from './messages.ts';

export function englishCatalog(): Catalog {
  return { ...citeMessages };
}
