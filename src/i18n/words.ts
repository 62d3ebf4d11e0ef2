/**
 * An edition's words: its number and date formats and its interface strings. Charts, components
 * and pages take one of these and never write a word or format a number themselves, so one
 * catalog per language covers the whole page, its charts, embeds and images.
 */
import type { Formatter } from './format.ts';
import type { Locale } from './locales.ts';

export type Vars = Readonly<Record<string, string | number>>;

/** English interface strings by key ("share.copy", "timeline.axis"); `{name}` marks a variable. */
export type Catalog = Readonly<Record<string, string>>;

export interface Words {
  locale: Locale;
  /** The BCP 47 tag (`lang` attributes, Intl). */
  tag: string;
  fmt: Formatter;
  /**
   * The string `key` in this edition with each `{name}` replaced by `vars[name]` (numbers are
   * formatted as counts). A key with `.one` / `.other` variants (and any other plural category of
   * the language) is chosen by `vars.count`. Throws on a key no catalog has: a typo fails the build.
   */
  t(key: string, vars?: Vars): string;
  /** Whether `key` is shown in English because its translation is stale or missing (set `lang="en"`). */
  isEnglish(key: string): boolean;
  /**
   * A data value that charts look rows up by (a tracker's name), as this edition names it: the
   * rows keep the English value, the reader sees the translation (the English when there is none).
   */
  name(english: string): string;
}

const VAR = /\{([a-zA-Z0-9_]+)\}/g;

/** Variables of a template, in order (placeholder checks compare these as sets). */
export function templateVars(template: string): string[] {
  return [...template.matchAll(VAR)].map((m) => m[1] ?? '');
}

export function interpolate(template: string, vars: Vars | undefined, fmt: Formatter): string {
  if (!vars) return template;
  return template.replace(VAR, (whole, name: string) => {
    const v = vars[name];
    if (v === undefined) return whole;
    return typeof v === 'number' ? fmt.count(v) : v;
  });
}

/**
 * Words over `strings` (the edition's text by key, English where no current translation exists)
 * and `english` (keys shown in English).
 */
export function makeWords(
  locale: Locale,
  tag: string,
  fmt: Formatter,
  strings: Catalog,
  english: ReadonlySet<string> = new Set(),
  names: Readonly<Record<string, string>> = {},
): Words {
  const plural = new Intl.PluralRules(tag);
  const pick = (key: string, vars: Vars | undefined): string | undefined => {
    const direct = strings[key];
    if (direct !== undefined) return direct;
    const count = vars?.count;
    if (typeof count !== 'number') return undefined;
    return strings[`${key}.${plural.select(count)}`] ?? strings[`${key}.other`];
  };
  return {
    locale,
    tag,
    fmt,
    t(key, vars) {
      const template = pick(key, vars);
      if (template === undefined)
        throw new Error(`no interface string ${JSON.stringify(key)} in the catalog (src/i18n, src/charts/*/messages.ts)`);
      return interpolate(template, vars, fmt);
    },
    isEnglish: (key) => english.has(key),
    name: (value) => (Object.hasOwn(names, value) ? (names[value] ?? value) : value),
  };
}
