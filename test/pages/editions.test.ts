/**
 * Every edition has every page: each English route file has a twin under src/pages/[locale]/
 * whose paths are the English ones once per translated edition, and the site's paths of each
 * edition are the English paths under its prefix. (e2e/editions.spec.ts checks the built pages.)
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/content/load.ts';
import { LOCALES, TARGET_LOCALES, localePrefix } from '../../src/i18n/locales.ts';
import { alternates, editionPath } from '../../src/lib/editions.ts';
import { editionOf, editionPaths, inEditions, stateRoutes } from '../../src/lib/routes.ts';
import { REPO } from '../content/fixture.ts';

const PAGES = join(REPO, 'src/pages');

/** Files under `dir`, as paths relative to `base`. */
function files(dir: string, base = dir): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path, base) : [relative(base, path)];
  });
}

/**
 * Route files of English: not the shared data downloads, not the state files (one route lists
 * every edition's), not Astro's unrouted "_" files, not the editions' own.
 */
const english = files(PAGES).filter(
  (f) => !f.startsWith('[locale]/') && !/^(data|states)\//.test(f) && !f.split('/').some((p) => p.startsWith('_')),
);

describe('the editions’ routes', () => {
  it('every English page has a twin in src/pages/[locale]/ that lists its paths for each translated edition', () => {
    expect(english.length).toBeGreaterThanOrEqual(6);
    const twins = new Set(files(join(PAGES, '[locale]')));
    for (const f of english) {
      expect(twins, `src/pages/[locale]/${f}`).toContain(f);
      const twin = readFileSync(join(PAGES, '[locale]', f), 'utf8');
      expect(twin, `src/pages/[locale]/${f} generates one page per edition`).toMatch(/inEditions\(|TARGET_LOCALES\.map\(/);
    }
    expect([...twins].sort()).toEqual([...english].sort());
  });

  it('inEditions gives each route once per translated edition, with its params unchanged', () => {
    const model = loadContent(REPO);
    const routes = stateRoutes(model);
    const per = inEditions(routes);
    expect(per).toHaveLength(routes.length * TARGET_LOCALES.length);
    for (const locale of TARGET_LOCALES) {
      const own = per.filter((r) => r.params.locale === locale);
      expect(own.map((r) => ({ ...r.params, locale: undefined }))).toEqual(routes.map((r) => ({ ...r.params, locale: undefined })));
    }
  });

  it('each edition’s site is the English site under its prefix, and no path is in two editions', () => {
    const model = loadContent(REPO);
    const en = editionPaths(model, 'en');
    expect(en).toContain('/');
    expect(en).toContain('/embed/timeline/release/');
    expect(en).toContain('/oembed/timeline/release.json');
    expect(en).toContain('/images/timeline/release.png');
    const all = new Set<string>();
    for (const locale of LOCALES) {
      const paths = editionPaths(model, locale);
      expect(paths).toEqual(en.map((p) => `${localePrefix(locale)}${p}`));
      for (const p of paths) {
        expect(all.has(p), p).toBe(false);
        all.add(p);
      }
    }
  });

  it('alternates name every edition once, English at the unprefixed path', () => {
    const alt = alternates('/embed/money/cost/');
    expect(alt.map((a) => a.locale)).toEqual([...LOCALES]);
    expect(alt.map((a) => a.href)).toEqual([
      '/embed/money/cost/',
      '/es/embed/money/cost/',
      '/de/embed/money/cost/',
      '/ko/embed/money/cost/',
    ]);
    expect(editionPath('ko', '/#hack')).toBe('/ko/#hack');
  });

  it('a request’s edition is English without a locale param, and an unknown one is refused', () => {
    expect(editionOf({})).toBe('en');
    expect(editionOf({ locale: 'de' })).toBe('de');
    expect(() => editionOf({ locale: 'fr' })).toThrow(/no edition fr/);
  });
});
