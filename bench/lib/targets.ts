/**
 * The targets of issue 9 and of the editions, in two tables: per edition (a column each: English,
 * Spanish, German, Korean) and site-wide. Lighthouse and JavaScript verdicts are LHCI's and
 * size-limit's own (budgets in .lighthouserc.json and .size-limit.js); the others are checked here
 * against bench/budgets.json.
 */
import { readFileSync } from 'node:fs';
import type { Locale } from '../../src/i18n/locales.ts';
import type { EditionBuild } from './edition-builds.ts';
import { editionOfUrl, sameScriptsAsEnglish, type EditionPage } from './editions.ts';
import type { BuildRun } from './scale.ts';
import type { Assertion, LhciResult, LhRun } from './lhci.ts';
import type { ScrollResult } from './scroll.ts';
import type { SizeCheck } from './sizes.ts';
import { kb, KB } from './util.ts';

export interface Budgets {
  articleHtmlKBMax: number;
  scrollLongTasksMax: number;
  build10xRatioMax: number;
  build100xRatioMax: number;
  koreanBytesRatioMax: number;
  editionsBuildRatioMax: number;
  englishOnlyBuild: { commit: string; seconds: number };
}

export function readBudgets(file: string): Budgets {
  return JSON.parse(readFileSync(file, 'utf8')) as Budgets;
}

export interface Target {
  target: string;
  value: string;
  budget: string;
  /** null: not measured in this run (skipped); counts as neither. */
  pass: boolean | null;
  note?: string;
}

/** A target measured for each edition: its figure per edition, one budget, all must pass. */
export interface EditionTarget {
  target: string;
  values: Partial<Record<Locale, string>>;
  budget: string;
  pass: boolean | null;
}

export interface Measured {
  editions: Locale[];
  pages?: EditionPage[];
  lighthouse: LhciResult[];
  sizes?: SizeCheck[];
  scroll?: ScrollResult[];
  builds?: BuildRun[];
  editionBuilds?: EditionBuild[];
}

const fmt: Record<string, (v: number) => string> = {
  'categories:performance': (v) => String(Math.round(v * 100)),
  'categories:accessibility': (v) => String(Math.round(v * 100)),
  'categories:best-practices': (v) => String(Math.round(v * 100)),
  'categories:seo': (v) => String(Math.round(v * 100)),
  'largest-contentful-paint': (v) => `${(v / 1000).toFixed(2)} s`,
  'total-blocking-time': (v) => `${String(Math.round(v))} ms`,
  'dom-size': (v) => Math.round(v).toLocaleString('en-US'),
  'total-byte-weight': (v) => kb(v),
};
const CATEGORIES = ['categories:performance', 'categories:accessibility', 'categories:best-practices', 'categories:seo'];

const isEmbed = (url: string): boolean => new URL(url).pathname.includes('/embed/');

/** LHCI's assertions of `key` for one edition's article (or its embeds). */
function assertionsOf(m: Measured, preset: string, key: string, locale: Locale, embed = false): Assertion[] {
  return m.lighthouse
    .filter((r) => r.preset === preset)
    .flatMap((r) => r.assertions)
    .filter((a) => a.key === key && editionOfUrl(a.url) === locale && isEmbed(a.url) === embed);
}

/** The worst median of a list of assertions, formatted; with "(worst of n)" when several URLs. */
function worstOf(list: Assertion[]): string {
  const first = list[0];
  if (!first) return 'not measured';
  const f = fmt[first.key] ?? ((v: number) => String(v));
  const sign = first.op === '<=' ? 1 : -1;
  const worst = list.reduce((w, a) => ((a.actual ?? Infinity) * sign > (w.actual ?? Infinity) * sign ? a : w));
  const value = worst.actual === null ? 'no figure' : f(worst.actual);
  return list.length > 1 ? `${value} (worst of ${String(list.length)})` : value;
}

const allPass = (lists: Assertion[][]): boolean | null =>
  lists.every((l) => l.length === 0) ? null : lists.every((l) => l.length > 0 && l.every((a) => a.passed));

function budgetOf(m: Measured, key: string): string {
  const a = m.lighthouse.flatMap((r) => r.assertions).find((x) => x.key === key);
  return a ? `${a.op === '<=' ? '≤' : '≥'} ${(fmt[key] ?? String)(a.expected)}` : '';
}

/** One row of several assertions per edition, their figures joined by `sep`. */
function lhRow(m: Measured, name: string, preset: string, keys: string[], budget: string, embed = false, sep = ', '): EditionTarget {
  const values: EditionTarget['values'] = {};
  const lists: Assertion[][] = [];
  for (const l of m.editions) {
    const per = keys.map((k) => assertionsOf(m, preset, k, l, embed));
    lists.push(...per);
    values[l] = per.every((x) => x.length === 0) ? 'not measured' : per.map(worstOf).join(sep);
  }
  return { target: name, values, budget, pass: allPass(lists) };
}

/** A figure of the Lighthouse medians per edition (no budget: LHCI asserts none). */
function medianRow(m: Measured, name: string, preset: string, f: (x: Omit<LhRun, 'url'>) => string): EditionTarget {
  const values: EditionTarget['values'] = {};
  for (const l of m.editions) {
    const res = m.lighthouse.find((r) => r.preset === preset && Object.keys(r.medians).some((u) => editionOfUrl(u) === l && !isEmbed(u)));
    const entry = res && Object.entries(res.medians).find(([u]) => editionOfUrl(u) === l && !isEmbed(u));
    values[l] = entry ? f(entry[1]) : 'not measured';
  }
  return { target: name, values, budget: '', pass: null };
}

/** Median bytes before interaction of an edition's article (mobile). */
export function articleBytes(m: Measured, locale: Locale): number | undefined {
  for (const r of m.lighthouse.filter((x) => x.preset === 'mobile'))
    for (const [u, x] of Object.entries(r.medians)) if (editionOfUrl(u) === locale && !isEmbed(u)) return x.totalBytes;
  return undefined;
}

export function editionTargets(b: Budgets, m: Measured): EditionTarget[] {
  const rows: EditionTarget[] = [];
  const html: EditionTarget['values'] = {};
  const brotli: EditionTarget['values'] = {};
  for (const l of m.editions) {
    const p = m.pages?.find((x) => x.locale === l);
    html[l] = p ? kb(p.htmlBytes) : 'not measured';
    brotli[l] = p ? kb(p.htmlBrotliBytes) : 'not measured';
  }
  const pages = m.pages?.filter((p) => m.editions.includes(p.locale)) ?? [];
  rows.push({
    target: 'Article HTML, raw',
    values: html,
    budget: `≤ ${String(b.articleHtmlKBMax)} KB`,
    pass: pages.length ? pages.every((p) => p.htmlBytes <= b.articleHtmlKBMax * KB) : null,
  });
  rows.push({ target: 'Article HTML, Brotli (as served)', values: brotli, budget: '', pass: null });
  rows.push(lhRow(m, 'Article elements at load (Lighthouse `dom-size`, mobile)', 'mobile', ['dom-size'], budgetOf(m, 'dom-size')));
  rows.push(lhRow(m, 'Lighthouse mobile: performance, a11y, best practices, SEO', 'mobile', CATEGORIES, '100'));
  rows.push(lhRow(m, 'Lighthouse mobile LCP', 'mobile', ['largest-contentful-paint'], budgetOf(m, 'largest-contentful-paint')));
  rows.push(lhRow(m, 'Lighthouse mobile TBT', 'mobile', ['total-blocking-time'], budgetOf(m, 'total-blocking-time')));
  const desktop = lhRow(m, 'Lighthouse desktop: performance, a11y, best practices, SEO', 'desktop', CATEGORIES, '100');
  rows.push(desktop);
  rows.push(
    lhRow(
      m,
      'Lighthouse desktop LCP / TBT',
      'desktop',
      ['largest-contentful-paint', 'total-blocking-time'],
      `${budgetOf(m, 'largest-contentful-paint')} / ${budgetOf(m, 'total-blocking-time')}`,
      false,
      ' / ',
    ),
  );
  rows.push(medianRow(m, 'Bytes before interaction, mobile (Lighthouse `total-byte-weight`)', 'mobile', (x) => kb(x.totalBytes)));
  rows.push(medianRow(m, 'Fonts loaded, mobile: files, bytes', 'mobile', (x) => `${String(x.fontCount)}, ${kb(x.fontBytes)}`));
  const js: EditionTarget['values'] = {};
  const checks: SizeCheck[] = [];
  for (const l of m.editions) {
    const path = l === 'en' ? '/' : `/${l}/`;
    const c = m.sizes?.find((x) => x.name === `article: JavaScript loaded by ${path}`);
    const p = pages.find((x) => x.locale === l);
    const same = p ? sameScriptsAsEnglish(pages, p) : undefined;
    if (c) checks.push(c);
    js[l] = c
      ? `${kb(c.size)}${l !== 'en' && same !== undefined ? (same ? ', same files as en' : ', **other files than en**') : ''}`
      : 'not measured';
  }
  rows.push({
    target: 'Article JavaScript, gzip (size-limit)',
    values: js,
    budget: checks[0] ? `≤ ${kb(checks[0].limit)}` : '',
    pass: checks.length ? checks.every((c) => c.passed) : null,
  });
  rows.push(
    lhRow(
      m,
      'Embed bytes before interaction, mobile (`total-byte-weight`)',
      'mobile',
      ['total-byte-weight'],
      budgetOf(m, 'total-byte-weight'),
      true,
    ),
  );
  const embedJs: EditionTarget['values'] = {};
  const embedChecks: SizeCheck[] = [];
  for (const l of m.editions) {
    const prefix = l === 'en' ? '/embed/' : `/${l}/embed/`;
    const list = m.sizes?.filter((x) => x.name.startsWith(`embed ${prefix}`)) ?? [];
    embedChecks.push(...list);
    const worst = Math.max(...list.map((c) => c.size));
    embedJs[l] = list.length ? `${String(worst)} B${list.length > 1 ? ` (worst of ${String(list.length)})` : ''}` : 'not measured';
  }
  rows.push({
    target: 'Embed JavaScript (page + `/embed.js`), gzip',
    values: embedJs,
    budget: embedChecks[0] ? `≤ ${String(embedChecks[0].limit)} B` : '',
    pass: embedChecks.length ? embedChecks.every((c) => c.passed) : null,
  });
  return rows;
}

export function targets(b: Budgets, m: Measured): Target[] {
  const rows: Target[] = [];
  const en = articleBytes(m, 'en');
  const ko = articleBytes(m, 'ko');
  rows.push({
    target: 'Bytes before interaction, Korean / English (mobile)',
    value: en && ko ? `${(ko / en).toFixed(2)}x (${kb(ko)} / ${kb(en)})` : 'not measured',
    budget: `≤ ${String(b.koreanBytesRatioMax)}x`,
    pass: en && ko ? ko / en <= b.koreanBytesRatioMax : null,
  });
  const base = m.editionBuilds?.find((x) => x.commit && x.run.ok);
  const all = m.editionBuilds?.find((x) => !x.commit && !x.fontsCached && x.run.ok);
  const given = b.englishOnlyBuild;
  rows.push({
    target: `Build with ${String(all?.editions.length ?? 4)} editions (cold), time vs. English only (${given.commit}, cold, same run)`,
    value:
      all && base
        ? `${(all.run.ms / base.run.ms).toFixed(1)}x (${(all.run.ms / 1000).toFixed(1)} s vs ${(base.run.ms / 1000).toFixed(1)} s)`
        : 'not measured',
    budget: `≤ ${String(b.editionsBuildRatioMax)}x`,
    pass: all && base ? all.run.ms / base.run.ms <= b.editionsBuildRatioMax : null,
  });
  // The figure recorded before the editions (bench/budgets.json), for reference: its conditions are not this run's.
  rows.push({
    target: `… vs. the ${String(given.seconds)} s recorded for ${given.commit} before the editions (reference)`,
    value: all ? `${(all.run.ms / 1000 / given.seconds).toFixed(1)}x` : 'not measured',
    budget: `(≤ ${String(b.editionsBuildRatioMax)}x)`,
    pass: null,
  });
  for (const width of [375, 1280]) {
    const s = m.scroll?.find((x) => x.viewport.width === width);
    rows.push({
      target: `Long tasks > 50 ms scrolling the English story, CPU 4x, ${String(width)} px`,
      value: s ? `${String(s.longTaskCount)} (longest ${String(Math.round(s.longestTaskMs))} ms)` : 'not measured',
      budget: String(b.scrollLongTasksMax),
      pass: s ? s.longTaskCount <= b.scrollLongTasksMax : null,
    });
  }
  const base1 = m.builds?.find((x) => x.factor === 1 && x.ok);
  for (const [factor, max] of [
    [10, b.build10xRatioMax],
    [100, b.build100xRatioMax],
  ] as const) {
    const r = m.builds?.find((x) => x.factor === factor);
    const ratio = r?.ok && base1 ? r.ms / base1.ms : undefined;
    rows.push({
      target: `Build with ${String(factor)}x rows, time vs. 1x`,
      value: !r
        ? 'not measured'
        : r.skipped
          ? r.skipped
          : ratio !== undefined
            ? `${ratio.toFixed(1)}x (${(r.ms / 1000).toFixed(1)} s vs ${((base1?.ms ?? 0) / 1000).toFixed(1)} s)`
            : r.timedOut
              ? `did not finish in ${String(r.timeoutMs / 1000)} s (${base1 ? `> ${(r.timeoutMs / base1.ms).toFixed(1)}x` : 'no 1x build'})`
              : 'build failed',
      budget: `≤ ${String(max)}x`,
      // Not attempted (a smaller build did not finish) is not a measured miss.
      pass: !r || r.skipped ? null : ratio !== undefined && ratio <= max,
    });
  }
  return rows;
}
