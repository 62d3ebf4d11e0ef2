/**
 * The editions of the story: English at `/`, each translation at its own path (`/es/`, `/de/`,
 * `/ko/`). One list, so routes, `hreflang`, the switcher, the loader and the tests agree.
 */
export const LOCALES = ['en', 'es', 'de', 'ko'] as const;
export type Locale = (typeof LOCALES)[number];
/** The edition every other translates: its text is the source each translation records. */
export const SOURCE_LOCALE = 'en' satisfies Locale;
export type TargetLocale = Exclude<Locale, typeof SOURCE_LOCALE>;
export const TARGET_LOCALES: readonly TargetLocale[] = ['es', 'de', 'ko'];

export function isLocale(s: unknown): s is Locale {
  return typeof s === 'string' && (LOCALES as readonly string[]).includes(s);
}

export function isTargetLocale(s: unknown): s is TargetLocale {
  return typeof s === 'string' && (TARGET_LOCALES as readonly string[]).includes(s);
}

/** The language tag of each edition for `lang`, `hreflang` and Intl. */
export const LANGUAGE_TAG: Record<Locale, string> = { en: 'en-US', es: 'es', de: 'de-DE', ko: 'ko-KR' };

/** Each edition's name in its own language (the language switcher). */
export const LOCALE_NAME: Record<Locale, string> = { en: 'English', es: 'Español', de: 'Deutsch', ko: '한국어' };

/** The edition's path prefix: "" for English, "/es" for Spanish. Page paths are prefix + "/...". */
export function localePrefix(locale: Locale): string {
  return locale === SOURCE_LOCALE ? '' : `/${locale}`;
}
