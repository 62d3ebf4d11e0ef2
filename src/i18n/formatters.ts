/** The Formatter of each edition. */
import { de } from './format-de.ts';
import { en } from './format-en.ts';
import { es } from './format-es.ts';
import { ko } from './format-ko.ts';
import type { Formatter } from './format.ts';
import type { Locale } from './locales.ts';

const FORMATTERS: Record<Locale, Formatter> = { en, es, de, ko };

export function formatterFor(locale: Locale): Formatter {
  return FORMATTERS[locale];
}
