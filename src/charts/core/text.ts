/**
 * Text measurement without a DOM. Layouts run at build time, where there is no browser to measure
 * text, so they estimate: average glyph widths of the chart font (Inter) per character class.
 * Estimates err wide, so labels placed with them do not overlap once real fonts render.
 */
const NARROW = /[il.,:;'|!\s]/;
const WIDE = /[MWmw@%]/;
const UPPER = /[A-Z0-9$]/;

/** Estimated width in px of `text` set at `fontSize` px. */
export function textWidth(text: string, fontSize: number): number {
  let em = 0;
  for (const ch of text) {
    if (NARROW.test(ch)) em += 0.3;
    else if (WIDE.test(ch)) em += 0.85;
    else if (UPPER.test(ch)) em += 0.66;
    else em += 0.56;
  }
  return em * fontSize;
}

/** Split `text` into lines no wider than `maxWidth` at `fontSize`. */
export function wrapText(text: string, maxWidth: number, fontSize: number): string[] {
  const words = text.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  for (const w of words) {
    const next = line ? `${line} ${w}` : w;
    if (line && textWidth(next, fontSize) > maxWidth) {
      lines.push(line);
      line = w;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

/** Font sizes (px, in the SVG's own units) used by chart stylesheets; layouts place text with these. */
export const FONT = { label: 13, small: 11.5, axis: 11.5, title: 15 } as const;

/**
 * Text marks carry their size as a class, `text-label` | `text-small` | `text-axis` | `text-title`,
 * and the stylesheet must set exactly the FONT size for each: the layout measured with it.
 */
export type TextSize = keyof typeof FONT;

export function textClass(size: TextSize, ...more: (string | false | undefined)[]): string {
  return [`text-${size}`, ...more].filter(Boolean).join(' ');
}

/** Font size of a text mark from its classes; without a size class, the stylesheet sets label size. */
export function fontSizeOf(className: string | undefined): number {
  const m = /\btext-(label|small|axis|title)\b/.exec(className ?? '');
  return m ? FONT[m[1] as TextSize] : FONT.label;
}
