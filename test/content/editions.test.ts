/**
 * The editions over the real content, in memory: a correction made once in the data reaches every
 * edition in its own format; a changed English sentence makes each translation of it stale (shown
 * in English, listed with file and line) until it is translated again; translation mistakes get
 * messages naming the file, the line and what was expected.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { editionReport } from '../../src/content/edition-status.ts';
import { ContentError, formatIssue } from '../../src/content/errors.ts';
import { memoryFiles, type ContentFiles } from '../../src/content/files.ts';
import { loadFrom } from '../../src/content/load.ts';
import { TARGET_LOCALES, type Locale } from '../../src/i18n/locales.ts';
import { readTree, REPO } from './fixture.ts';

const REAL = readTree(join(REPO, 'content'));
type Files = Record<string, string>;

function fixture(change: (f: Files) => void = () => undefined): ContentFiles {
  const files: Files = { ...REAL };
  change(files);
  return memoryFiles(files, REPO);
}

const edit = (f: Files, file: string, from: string | RegExp, to: string) => {
  const before = f[file] ?? '';
  const after = before.replace(from, to);
  if (after === before) throw new Error(`fixture: ${String(from)} not found in ${file}`);
  f[file] = after;
};

function messages(files: ContentFiles, locale: Locale): string[] {
  try {
    loadFrom(files, { locale });
    return [];
  } catch (err) {
    if (!(err instanceof ContentError)) throw err;
    return err.issues.map(formatIssue);
  }
}

const stepHtml = (files: ContentFiles, locale: Locale, id: string) => {
  // preview: a data change not yet recorded as a version is accepted, as in `npm run dev`.
  const step = loadFrom(files, { locale, preview: true }).chapters.flatMap((c) => c.steps).find((s) => s.id === id);
  if (!step) throw new Error(`no step ${id}`);
  return step;
};

describe('every edition from one dataset', () => {
  it('loads all four editions of the real content without a problem', () => {
    for (const locale of ['en', ...TARGET_LOCALES] as const) expect(messages(fixture(), locale)).toEqual([]);
  });

  it('a correction made once in a CSV shows in every edition, in its own number format', () => {
    const files = fixture((f) => { edit(f, 'content/datasets/piracy-estimates.csv', 'tf-20h,TorrentFreak,20,yes,750000', 'tf-20h,TorrentFreak,20,yes,760000'); });
    const shown = { en: '760,000', es: '760.000', de: '760.000', ko: '76만' } as const;
    for (const [locale, figure] of Object.entries(shown) as [Locale, string][]) {
      const html = stepHtml(files, locale, 'release-first-day').html;
      expect(html, locale).toContain(`data-figure="piracy-estimates:tf-20h.count">${figure}`);
      expect(html, locale).not.toMatch(/tf-20h\.count">(750|75만)/);
    }
  });

  it('dates read in each language’s order', () => {
    const html = (l: Locale) => stepHtml(fixture(), l, 'hack-breach').html;
    expect(html('en')).toContain('Nov. 24, 2014');
    expect(html('de')).toContain('24. November 2014');
    expect(html('es')).toContain('24 de noviembre de 2014');
    expect(html('ko')).toContain('2014년 11월 24일');
  });
});

describe('translations tied to the English they translate', () => {
  const changed = () => fixture((f) => { edit(f, 'content/story/01-hack.md', 'claimed the attack and said', 'claimed responsibility and said'); });

  it('an English sentence changed makes that passage stale in the three other editions, shown in English', () => {
    const files = changed();
    for (const locale of TARGET_LOCALES) {
      const step = stepHtml(files, locale, 'hack-breach');
      expect(step.english, locale).toBe('stale');
      expect(step.html, locale).toContain('claimed responsibility');
      // The steps around it stay translated.
      expect(stepHtml(files, locale, 'hack-threats').english, locale).toBeUndefined();
      const stale = editionReport(files, locale).status.filter((s) => s.state === 'stale');
      expect(stale.map((s) => `${s.file}:${s.line ?? ''} ${s.key}`), locale).toEqual([expect.stringMatching(new RegExp(`^content/translations/${locale}/story/01-hack\\.md:\\d+ hack-breach$`))]);
    }
  });

  it('untouched, every passage of the three editions is current', () => {
    for (const locale of TARGET_LOCALES) expect(editionReport(fixture(), locale).status.filter((s) => s.state !== 'current'), locale).toEqual([]);
  });

  it('whitespace alone (a re-wrapped paragraph) does not make a translation stale', () => {
    const files = fixture((f) => { edit(f, 'content/story/01-hack.md', 'claimed the attack and said', 'claimed the attack\nand said'); });
    expect(stepHtml(files, 'de', 'hack-breach').english).toBeUndefined();
  });

  it('a step missing from a translation is shown in English, marked missing', () => {
    const files = fixture((f) => { edit(f, 'content/translations/de/story/01-hack.md', /::: step id=hack-breach[^]*?\n:::\n/, ''); });
    const step = stepHtml(files, 'de', 'hack-breach');
    expect(step.english).toBe('missing');
    expect(step.html).toContain('Guardians of Peace claimed the attack');
  });
});

describe('translation mistakes get clear messages', () => {
  const cases: { name: string; locale: Locale; change: (f: Files) => void; message: RegExp }[] = [
    {
      name: 'a dropped placeholder',
      locale: 'de',
      change: (f) => { edit(f, 'content/translations/de/story/01-hack.md', /\{\{timeline:hack\.date\}\}/, 'am 24. November 2014'); },
      message: /^content\/translations\/de\/story\/01-hack\.md:\d+ \[hack-breach\]: the translation drops \{\{timeline:hack\.date\}\}; expected exactly the placeholders of the English/,
    },
    {
      name: 'a mistyped placeholder',
      locale: 'es',
      change: (f) => { edit(f, 'content/translations/es/story/01-hack.md', '{{timeline:hack.date}}', '{{timeline:hack.fecha}}'); },
      message: /drops \{\{timeline:hack\.date\}\} and has \{\{timeline:hack\.fecha\}\}, which the English does not/,
    },
    {
      name: 'a colour key whose mark was translated',
      locale: 'ko',
      change: (f) => { edit(f, 'content/translations/ko/story/02-release.md', /\{mark=piracy\}/, '{mark=해적판}'); },
      message: /^content\/translations\/ko\/story\/02-release\.md:\d+ \[[a-z-]+\]: the translation drops \{mark=piracy\}/,
    },
    {
      name: 'a missing file',
      locale: 'es',
      change: (f) => {
        delete f['content/translations/es/article.yaml'];
      },
      message: /^content\/translations\/es\/article\.yaml: file is missing; expected the article translations of the es edition/,
    },
    {
      name: 'an unknown locale folder',
      locale: 'en',
      change: (f) => void (f['content/translations/fr/article.yaml'] = '{}\n'),
      message: /^content\/translations\/fr: unknown locale "fr"; expected a folder for one of es, de, ko/,
    },
    {
      name: 'an unknown key',
      locale: 'de',
      change: (f) => { edit(f, 'content/translations/de/article.yaml', /^headline:/m, 'hedline:'); },
      message: /^content\/translations\/de\/article\.yaml:1 \[hedline\]: unknown key "hedline"/,
    },
    {
      name: 'a step id the English chapter does not have',
      locale: 'de',
      change: (f) => { edit(f, 'content/translations/de/story/01-hack.md', 'step id=hack-breach', 'step id=hack-breech'); },
      message: /^content\/translations\/de\/story\/01-hack\.md:\d+:\d+ \[id\]: unknown step id "hack-breech"; expected one of the steps of content\/story\/01-hack\.md/,
    },
    {
      name: 'a chart and state on a translated step',
      locale: 'de',
      change: (f) => { edit(f, 'content/translations/de/story/01-hack.md', 'step id=hack-breach', 'step id=hack-breach chart=timeline'); },
      message: /01-hack\.md:\d+.*unknown field "chart".*a step takes only id and translates/,
    },
    {
      name: 'a blank translation',
      locale: 'de',
      change: (f) => { edit(f, 'content/translations/de/interface.yaml', /(money\.tip\.separator:\n {2}text: )"; "/, '$1"  "'); },
      message: /^content\/translations\/de\/interface\.yaml:\d+ \[money\.tip\.separator\.text\]: expected the translated text, found nothing/,
    },
    {
      name: 'a hash that is not one',
      locale: 'ko',
      change: (f) => { edit(f, 'content/translations/ko/article.yaml', /translates: "[0-9a-f]{8}"/, 'translates: "latest"'); },
      message: /^content\/translations\/ko\/article\.yaml:\d+ \[headline\.translates\]: expected the 8-digit hash of the English it translates/,
    },
  ];
  it.each(cases)('$name', ({ locale, change, message }) => {
    const found = messages(fixture(change), locale);
    expect(found.some((m) => message.test(m)), found.join('\n')).toBe(true);
  });
});

describe('a translated separator keeps its spaces', () => {
  it('joins with the spaces at its ends, as the English " or " does', () => {
    const model = loadFrom(fixture((f) => { edit(f, 'content/translations/de/interface.yaml', /(description\.price-separator:\n {2}text: )" oder "/, '$1" – "'); }), { locale: 'de' });
    expect(model.edition.strings['release-hours.description.price-separator']).toBe(' – ');
    expect(model.edition.strings['embed.byline-prefix']).toBe('Von der ');
  });
});
