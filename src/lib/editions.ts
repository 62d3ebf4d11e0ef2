/**
 * Where each edition's pages are: English at `/`, the others under their prefix (`/es/`), each
 * page at the same path after the prefix. Alternates (`hreflang`), the language switcher and the
 * tests read the same list.
 */
import { LANGUAGE_TAG, LOCALE_NAME, LOCALES, SOURCE_LOCALE, localePrefix, type Locale } from '../i18n/locales.ts';

/** `path` (a site path for English, "/embed/timeline/") in the edition `locale` ("/es/embed/timeline/"). */
export function editionPath(locale: Locale, path: string): string {
  return `${localePrefix(locale)}${path}`;
}

export interface Alternate {
  locale: Locale;
  /** `hreflang` and `lang`. */
  tag: string;
  /** The edition's name in its own language. */
  name: string;
  href: string;
}

/** The page at `path` in every edition, English first. */
export function alternates(path: string): Alternate[] {
  return LOCALES.map((locale) => ({ locale, tag: LANGUAGE_TAG[locale], name: LOCALE_NAME[locale], href: editionPath(locale, path) }));
}

/** The edition `x-default` points at: English, the source every other edition translates. */
export const DEFAULT_EDITION: Locale = SOURCE_LOCALE;

/** Open Graph's form of a language tag: "en-US" → "en_US". */
export function ogLocale(locale: Locale): string {
  return LANGUAGE_TAG[locale].replace('-', '_');
}
