/**
 * fontsFor (src/layouts/fonts.ts): what each edition's page head gets. English: its two preloads
 * and no CSS (its pages stay as they were); Spanish and German: their own cuts under their own
 * names; Korean: one Pretendard file for both roles, with the Korean stacks.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';

const FILES = [
  'inter-latin-wght-normal',
  'source-serif-4-latin-wght-normal',
  'inter-latin-wght-normal-es',
  'source-serif-4-latin-wght-normal-es',
  'source-serif-4-latin-wght-italic-es',
  'inter-latin-wght-normal-de',
  'source-serif-4-latin-wght-normal-de',
  'source-serif-4-latin-wght-italic-de',
  'pretendard-ko-wght-normal',
];
// The build's files are named by Vite; here each URL is its file's name.
for (const f of FILES) vi.doMock(`@story-fonts/${f}.woff2?url`, () => ({ default: `/_astro/${f}.woff2` }));
// Vitest empties CSS imports, ?raw ones too: the stylesheet's text, as the build reads it.
vi.doMock('../../src/styles/fonts-ko.css?raw', () => ({
  default: readFileSync(new URL('../../src/styles/fonts-ko.css', import.meta.url), 'utf8'),
}));
const { fontsFor } = await import('../../src/layouts/fonts.ts');

describe('fontsFor', () => {
  it('English: the preloads it always had, in the order asked, and no CSS', () => {
    expect(fontsFor('en')).toEqual({
      preload: ['/_astro/source-serif-4-latin-wght-normal.woff2', '/_astro/inter-latin-wght-normal.woff2'],
      css: '',
    });
    expect(fontsFor('en', ['sans']).preload).toEqual(['/_astro/inter-latin-wght-normal.woff2']);
  });

  it('Spanish and German: their own cuts, as the stacks of their pages only', () => {
    for (const l of ['es', 'de'] as const) {
      const f = fontsFor(l);
      expect(f.preload).toEqual([`/_astro/source-serif-4-latin-wght-normal-${l}.woff2`, `/_astro/inter-latin-wght-normal-${l}.woff2`]);
      expect(f.css).toContain(`src:url(/_astro/source-serif-4-latin-wght-italic-${l}.woff2)`);
      expect(f.css).toContain(`:root:lang(${l}){--sans:'Inter Variable ${l}'`);
      expect(f.css).not.toContain(l === 'es' ? '-de.woff2' : '-es.woff2');
      expect(f.hash).toMatch(/^sha256-[A-Za-z0-9+/]{43}=$/);
    }
  });

  it('Korean: one Pretendard file for both roles, optional display, the Korean stacks', () => {
    const f = fontsFor('ko');
    expect(f.preload).toEqual(['/_astro/pretendard-ko-wght-normal.woff2']);
    expect(f.css).toMatch(/@font-face\{font-family:'Pretendard Variable';font-style:normal;font-display:optional;font-weight:400 750;/);
    expect(f.css).toContain(':root:lang(ko)');
    expect(f.css).toContain('size-adjust');
    expect(f.css).not.toMatch(/inter-latin|source-serif/);
  });

  it('a Korean embed (sans only) loads no Pretendard: Inter for Latin and figures, the reader’s Korean font for Hangul', () => {
    const f = fontsFor('ko', ['sans']);
    expect(f.preload).toEqual(['/_astro/inter-latin-wght-normal.woff2']);
    expect(f.css).not.toContain('pretendard');
    expect(f.css).not.toContain("font-family:'Pretendard Variable'");
    expect(f.css).toMatch(/--sans: 'Inter Variable', 'Pretendard Fallback', 'Apple SD Gothic Neo'/);
  });
});
