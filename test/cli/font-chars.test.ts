/**
 * The characters each edition's fonts are cut to (src/cli/font-chars.ts): English never takes a
 * translation's letters, each edition takes the English ones plus its own, and what an edition's
 * formatter writes counts even when no file spells it.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { editionCharacters, fileLocale, formatterText } from '../../src/cli/font-chars.ts';
import { KOREAN_WEIGHTS } from '../../src/cli/fonts.ts';
import { en } from '../../src/i18n/format-en.ts';

const root = mkdtempSync(join(tmpdir(), 'font-chars-'));
function write(path: string, text: string): void {
  mkdirSync(dirname(join(root, path)), { recursive: true });
  writeFileSync(join(root, path), text);
}
write('content/story/01.md', 'Café “quoted”');
write('content/translations/es/story/01.md', '¿Qué pasó? Año');
write('content/translations/de/article.yaml', 'headline: { text: "Größe „zitiert“", translates: TODO }');
write('content/translations/ko/interface.yaml', 'share.copy: { text: "링크 복사", translates: TODO }');
write('src/i18n/format-ko.ts', "export const MONTH = '월';");
write('src/i18n/format-de.ts', "export const HOUR = 'Uhr \\u00df';");
write('src/components/Note.astro', '<p>naïve</p>');
afterAll(() => {
  rmSync(root, { recursive: true });
});

describe('editionCharacters', () => {
  const chars = (l: 'en' | 'es' | 'de' | 'ko') => new Set(editionCharacters(root, l));

  it('English: content/ and src/ without any translation or other edition’s file', () => {
    const enChars = chars('en');
    for (const c of 'é“”ï') expect(enChars.has(c), c).toBe(true);
    for (const c of '¿ñöß„링월') expect(enChars.has(c), c).toBe(false);
  });

  it('each edition: the English characters plus its own files’, and no other edition’s', () => {
    const es = chars('es');
    const de = chars('de');
    const ko = chars('ko');
    for (const c of chars('en')) expect(es.has(c) && de.has(c) && ko.has(c), c).toBe(true);
    for (const c of '¿ñ') expect([es.has(c), de.has(c), ko.has(c)], c).toEqual([true, false, false]);
    // German: its translation, and its formatter's file, escapes included (\u00df).
    for (const c of 'öß„') expect([es.has(c), de.has(c), ko.has(c)], c).toEqual([false, true, false]);
    for (const c of '링크복사월') expect([es.has(c), de.has(c), ko.has(c)], c).toEqual([false, false, true]);
  });

  it('is sorted, so the same text always gives the same fonts', () => {
    const ko = editionCharacters(root, 'ko');
    expect(ko).toBe(Array.from(ko).sort().join(''));
    expect(editionCharacters(root, 'ko')).toBe(ko);
  });
});

describe('what a formatter writes', () => {
  it('runs every method over dates of every month, every hour and every qualifier', () => {
    const months = ['1월', '2월', '3월', '4월', '5월', '6월', '7월', '8월', '9월', '10월', '11월', '12월'];
    const ko = {
      ...en,
      locale: 'ko' as const,
      month: (m: string) => months[Number(m.slice(5)) - 1] ?? '',
      clock: (h: number) => (h < 12 ? '오전' : '오후'),
    };
    const text = formatterText(ko);
    for (const c of '월오전후') expect(text, c).toContain(c);
  });

  it('English writes nothing beyond what the English fonts already hold', () => {
    const extra = Array.from(new Set(Array.from(formatterText(en)))).filter(
      (c) => (c.codePointAt(0) ?? 0) > 126 && !editionCharacters(root, 'en').includes(c),
    );
    expect(extra).toEqual([]);
  });
});

describe('fileLocale', () => {
  it('names the edition of an edition’s own file', () => {
    expect(fileLocale('src/i18n/format-ko.ts')).toBe('ko');
    expect(fileLocale('src/i18n/format-en.ts')).toBeUndefined();
    expect(fileLocale('src/i18n/formatters.ts')).toBeUndefined();
  });
});

describe('the Korean font’s weight range', () => {
  it('holds every weight the stylesheets and components set', () => {
    const src = resolve(import.meta.dirname, '../../src');
    const weights = new Set<number>();
    for (const dir of ['styles', 'components', 'layouts']) {
      for (const name of readdirSync(join(src, dir))) {
        const text = readFileSync(join(src, dir, name), 'utf8');
        for (const m of text.matchAll(/font-weight:\s*(\d{3})\s*[;}]|font:\s*(\d{3})\s/g)) weights.add(Number(m[1] ?? m[2]));
      }
    }
    expect(weights.size).toBeGreaterThan(2);
    for (const w of weights) expect(w >= KOREAN_WEIGHTS.min && w <= KOREAN_WEIGHTS.max, `font-weight ${String(w)}`).toBe(true);
  });
});
