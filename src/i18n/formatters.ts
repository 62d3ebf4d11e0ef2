/** The Formatter of each edition. */
import { en } from './format-en.ts';
import type { Formatter } from './format.ts';
import type { Locale } from './locales.ts';

// es, de and ko are filled in by their own modules (format-es.ts, format-de.ts, format-ko.ts).
const FORMATTERS: Record<Locale, Formatter> = { en, es: { ...en, locale: 'es' }, de: { ...en, locale: 'de' }, ko: { ...en, locale: 'ko' } };

export function formatterFor(locale: Locale): Formatter {
  return FORMATTERS[locale];
}
