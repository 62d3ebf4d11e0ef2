/**
 * Text measurement without a DOM, the one model every chart and every test uses. Layouts run at
 * build time, where there is no browser to measure text, so they estimate: average glyph widths of
 * the chart font (Inter) per character class, in em. Estimates err wide, so labels placed with them
 * do not overlap once real fonts render. Widths are cached per size, weight and text.
 *
 * The editions' scripts: an accented Latin letter (a umlaut, U umlaut, e acute, n tilde, i acute) is
 * as wide as its base letter (Inter's advances: a umlaut = a = 0.562 em, U umlaut = U = 0.744,
 * i acute = i = 0.242, measured from the woff2 the site ships), so it is measured as the letter NFD
 * decomposes it to; sharp s (U+00DF) is 0.616 em. Hangul (and
 * CJK) glyphs are full width: Inter has none, so the Korean edition's text is set in the fallback
 * (Noto Sans KR / Apple SD Gothic Neo / Malgun Gothic), whose syllables advance about 0.92–1 em;
 * no Korean font is at hand to measure at build time, so they are measured at 1 em, erring wide.
 * (Latin letters outside ASCII are not written here, as characters or escapes: every one in src/
 * goes into the page's font subsets, src/cli/fonts.ts, and the English edition's fonts stay as they were.)
 */
const NARROW = /[il.,:;'|!\s]/;
const WIDE = /[MWmw@%]/;
const UPPER = /[A-Z0-9$]/;
/** Hangul syllables and jamo, CJK ideographs and punctuation, full-width forms. */
const FULL_WIDTH =
  /[\u1100-\u11ff\u2e80-\u303f\u3040-\u30ff\u3130-\u318f\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uff60]/;
/** Hangul and CJK glyphs, in em (see above). */
export const FULL_WIDTH_EM = 1;

/** Bold Inter runs up to ~8% wider than regular; bold text is measured 10% wider. */
export const BOLD_WIDTH = 1.1;

/** Shares of the font size above and below an alphabetic baseline (Inter, rounded up). */
export const ASCENT = 0.8;
export const DESCENT = 0.25;

/**
 * Font sizes (in the SVG's own units) used by chart stylesheets; layouts place text with these.
 * Nothing is under 13 units: a phone draws the 360-unit compact chart about 343 px wide (0.95), so
 * 13 units read as 12.4 px there, and the desktop draws the 640-unit wide chart about 720 px wide
 * (1.125), 14.6 px. Axes and lane names (context) are 13; labels and their notes 14; `focus` is
 * the active step's annotation: every highlighted line is set at it, bold.
 */
export const FONT = { label: 14, small: 14, axis: 13, title: 16, focus: 15 } as const;

/**
 * Text marks carry their size as a class, `text-label` | `text-small` | `text-axis` | `text-title`
 * | `text-focus`, and the stylesheet must set exactly the FONT size for each: the layout measured
 * with it (test/styles/chart-type.test.ts checks). A highlighted mark (`is-highlight`) is set at
 * `focus` whatever its size class.
 */
export type TextSize = keyof typeof FONT;

function charEm(ch: string): number {
  if (ch.charCodeAt(0) > 0x7f) {
    if (FULL_WIDTH.test(ch)) return FULL_WIDTH_EM;
    if (ch.codePointAt(0) === 0xdf) return 0.62; // sharp s (not written as a character or escape: see above)
    // An accented letter is measured as its base letter; other signs (quotes, dashes) keep the default.
    const base = ch.normalize('NFD').charAt(0);
    if (base !== ch && base <= '\u007f') return charEm(base);
  }
  if (NARROW.test(ch)) return 0.3;
  if (WIDE.test(ch)) return 0.85;
  if (UPPER.test(ch)) return 0.66;
  return 0.56;
}

const emCache = new Map<string, number>();

/** Width in em of `text` in regular weight; cached, as labels are measured many times while placed. */
function emWidth(text: string): number {
  let em = emCache.get(text);
  if (em === undefined) {
    em = 0;
    for (const ch of text) em += charEm(ch);
    if (emCache.size > 50_000) emCache.clear();
    emCache.set(text, em);
  }
  return em;
}

/** Estimated width in px of `text` set at `fontSize` px, in bold when `bold`. */
export function textWidth(text: string, fontSize: number, bold = false): number {
  return emWidth(text) * fontSize * (bold ? BOLD_WIDTH : 1);
}

/** A month, in full or in the AP's abbreviation: never left at a line's end before its day. */
const MONTH = /^(Jan\.|Feb\.|March|April|May|June|July|Aug\.|Sept\.|Oct\.|Nov\.|Dec\.)$/;
/** A German day ("24.") and the month after it ("Dezember"): never split, as "Dec. 24" is not. */
const DAY_DE = /^\(?\d{1,2}\.$/;
const MONTH_DE = /^(Januar|Februar|M\xe4rz|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember)[,;:.)]?$/;
/** A time's or a figure's unit (German "Uhr", "Prozent", "Millionen", Korean "si" and "bun", hour and minute): never carried to a line of its own. */
const UNIT =
  /^(a\.m\.|p\.m\.|am|pm|ET|h|%|Uhr|Prozent|Millionen|Million|Milliarden|Milliarde|Stunden|Std\.|horas|d\xedas|d\xf3lares|millones|mill\xf3n|\uc2dc|\ubd84)[,;.)]?$/;
/** (Accented letters are written \\x escapes: the English fonts are cut to the characters of src/, escapes \\u included.) A Spanish day, "de" and its month ("24 de diciembre"): kept together. */
const DAY_ES = /^\(?\d{1,2}$/;
const MONTH_ES = /^(enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre)[,;:.)]?$/;
/** A counted word before its number ("hora 0", "Stunde 20"): kept with it. */
const BEFORE_NUMBER = /^\(?(hora|Stunde|d\xeda|Tag)$/;

/**
 * The words of `text`, with the spaces a typesetter would make non-breaking kept inside them:
 * between a month and its day ("Dec. 24") and between a number and its unit ("1 p.m.").
 */
function unbreakable(text: string): string[] {
  const words: string[] = [];
  for (const w of text.split(/\s+/).filter(Boolean)) {
    const prev = words.at(-1);
    if (
      prev !== undefined &&
      ((MONTH.test(prev) && /^\d/.test(w)) ||
        (DAY_DE.test(prev) && MONTH_DE.test(w)) ||
        (DAY_ES.test(prev) && w === 'de') ||
        (/\d de$/.test(prev) && MONTH_ES.test(w)) ||
        (BEFORE_NUMBER.test(prev) && /^\d/.test(w)) ||
        (/\d$/.test(prev) && UNIT.test(w)))
    )
      words[words.length - 1] = `${prev} ${w}`;
    else words.push(w);
  }
  return words;
}

/** Split `text` into lines no wider than `maxWidth` at `fontSize`, breaking only where a reader would expect. */
export function wrapText(text: string, maxWidth: number, fontSize: number, bold = false): string[] {
  const words = unbreakable(text);
  const lines: string[] = [];
  let line = '';
  for (const w of words) {
    const next = line ? `${line} ${w}` : w;
    if (line && textWidth(next, fontSize, bold) > maxWidth) {
      lines.push(line);
      line = w;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

export function textClass(size: TextSize, ...more: (string | false | undefined)[]): string {
  return [`text-${size}`, ...more].filter(Boolean).join(' ');
}

/** The size a line of `size` is set at: a highlighted (bold) line is the step's annotation, set at `focus`. */
export function setSize(size: TextSize, bold: boolean): number {
  return bold && size !== 'title' ? Math.max(FONT.focus, FONT[size]) : FONT[size];
}

/** Font size of a text mark from its classes; without a size class, the stylesheet sets label size. */
export function fontSizeOf(className: string | undefined): number {
  const m = /\btext-(label|small|axis|title|focus)\b/.exec(className ?? '');
  return setSize(m ? (m[1] as TextSize) : 'label', isBold(className));
}

/** charts.css sets highlighted text (and focus text) bold. */
export function isBold(className: string | undefined): boolean {
  return /\b(is-highlight|text-focus)\b/.test(className ?? '');
}
