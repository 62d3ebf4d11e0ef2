/**
 * The characters each edition can show, for cutting its fonts (src/cli/fonts.ts).
 *
 * English: printable ASCII, what libraries write, and every other character written in content/
 * or src/, except the other editions' own files (content/translations/, and src/ files named
 * `*-es.*`, `*-de.*`, `*-ko.*` such as src/i18n/format-ko.ts), so a translation never grows the
 * English fonts. Every text the English page shows comes from content/ or src/.
 *
 * Each other edition: the English characters (a stale or missing translation is shown in English,
 * and names, figures and sources stay in Latin letters), plus every character of its translations
 * (content/translations/<locale>/), of its own src/ files, and of what its Formatter writes: the
 * formatter is run over every kind of value (dates of every month, every hour, large and small
 * amounts), since words that Intl or a table of month names produces appear in no file as typed.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, extname, join, relative } from 'node:path';
import type { Formatter, ValueFormatName } from '../i18n/format.ts';
import { formatterFor } from '../i18n/formatters.ts';
import { TARGET_LOCALES, type Locale, type TargetLocale } from '../i18n/locales.ts';

/** Folders whose text files hold every string the pages show. */
const SOURCES = ['content', 'src'];
/** Where each edition's translations live (content/translations/<locale>/). */
export const TRANSLATIONS = join('content', 'translations');
const TEXT = new Set(['.md', '.csv', '.yaml', '.yml', '.json', '.ts', '.astro', '.css', '.mjs', '.js', '.html', '.svg']);
/** Printable ASCII, and what libraries write: minus sign (d3-format), no-break and thin spaces, ellipsis. */
export const ALWAYS = `${String.fromCharCode(...Array.from({ length: 95 }, (_, i) => 32 + i))}\u2212\u00a0\u202f\u2009\u2026`;

function walk(dir: string, out: string[]): void {
  if (!existsSync(dir)) return;
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path, out);
    else if (TEXT.has(extname(name))) out.push(path);
  }
}

/** The edition a src/ file belongs to by its name (`format-ko.ts` → ko), if any. */
export function fileLocale(path: string): TargetLocale | undefined {
  const stem = basename(path, extname(path));
  return TARGET_LOCALES.find((l) => stem.endsWith(`-${l}`));
}

/** The non-ASCII characters of `text`, and those written as escapes in code (`'\u2019'`). */
function addCharacters(chars: Set<string>, text: string): void {
  for (const ch of text) if ((ch.codePointAt(0) ?? 0) > 126) chars.add(ch);
  for (const m of text.matchAll(/\\u\{?([0-9a-fA-F]{4,5})\}?/g)) chars.add(String.fromCodePoint(parseInt(m[1] ?? '0', 16)));
}

/** Files whose characters belong to `edition`: English reads content/ and src/ but no translation. */
export function editionFiles(root: string, edition: Locale): string[] {
  const all: string[] = [];
  for (const dir of SOURCES) walk(join(root, dir), all);
  const translations = join(root, TRANSLATIONS);
  return all.filter((file) => {
    const inTranslations = !relative(translations, file).startsWith('..');
    if (inTranslations) return edition !== 'en' && !relative(join(translations, edition), file).startsWith('..');
    const owner = file.startsWith(join(root, 'src')) ? fileLocale(file) : undefined;
    return owner === undefined || owner === edition;
  });
}

const FORMATS: readonly ValueFormatName[] = ['count', 'usd', 'usd-millions', 'pct', 'hours', 'date', 'text'];
const AMOUNTS = [0, 1, 2, 5.99, 14.99, 72, 950, 1_500, 904_237, 1_000_000, 1_700_000, 15_000_000, 2_000_000_000, -3];

/** Everything `fmt` writes for a sample of every kind of value it formats. */
export function formatterText(fmt: Formatter): string {
  const out: string[] = [];
  for (const n of AMOUNTS) {
    out.push(fmt.count(n), fmt.usd(n), fmt.usdMillions(n), fmt.usdShort(n), fmt.countWords(n), fmt.countShort(n));
    out.push(fmt.pct(n), fmt.hours(n), fmt.decimal(n / 3));
    for (const f of FORMATS) if (f !== 'date') out.push(fmt.value(n, f));
  }
  for (let m = 1; m <= 12; m++) {
    const mm = String(m).padStart(2, '0');
    out.push(fmt.monthShort(m), fmt.month(`2014-${mm}`), fmt.date(`2014-${mm}-24`), fmt.date(`2014-${mm}-01`, { year: false }));
  }
  for (let h = 0; h < 24; h++) out.push(fmt.clock(h), fmt.clock(h, 30), fmt.timeOfDay(`${String(h).padStart(2, '0')}:05`));
  for (const q of ['', 'about', 'over', 'at least']) out.push(fmt.qualified(q, fmt.count(750_000)));
  out.push(fmt.list(['a']), fmt.list(['a', 'b']), fmt.list(['a', 'b', 'c']), fmt.value(['a', 'b'], 'text'), fmt.value(true, 'text'));
  return out.join('\n');
}

/** Every character `edition` can show, sorted (so the same text gives the same fonts). */
export function editionCharacters(root: string, edition: Locale): string {
  const chars = new Set(ALWAYS);
  const files = [...editionFiles(root, 'en'), ...(edition === 'en' ? [] : editionFiles(root, edition))];
  for (const file of new Set(files)) addCharacters(chars, readFileSync(file, 'utf8'));
  if (edition !== 'en') addCharacters(chars, formatterText(formatterFor(edition)));
  return [...chars].sort().join('');
}
