/**
 * The targets of issue 9 in one table: each with its measured figure, its budget and pass or miss.
 * Lighthouse and JavaScript rows come from LHCI's and size-limit's own verdicts (budgets in
 * .lighthouserc.json and .size-limit.js); the others are checked here against bench/budgets.json.
 */
import { readFileSync } from 'node:fs';
import type { BuildRun } from './scale.ts';
import type { Assertion, LhciResult } from './lhci.ts';
import type { ScrollResult } from './scroll.ts';
import type { SizeCheck } from './sizes.ts';
import { kb, KB } from './util.ts';

export interface Budgets {
  articleHtmlKBMax: number;
  scrollLongTasksMax: number;
  build10xRatioMax: number;
  build100xRatioMax: number;
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

export interface Measured {
  htmlBytes?: number;
  lighthouse: LhciResult[];
  sizes?: SizeCheck[];
  scroll?: ScrollResult[];
  builds?: BuildRun[];
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
const label: Record<string, string> = {
  'categories:performance': 'Lighthouse performance',
  'categories:accessibility': 'Lighthouse accessibility',
  'categories:best-practices': 'Lighthouse best practices',
  'categories:seo': 'Lighthouse SEO',
  'largest-contentful-paint': 'LCP',
  'total-blocking-time': 'TBT',
  'dom-size': 'elements at load (Lighthouse dom-size)',
  'total-byte-weight': 'bytes before interaction (Lighthouse total-byte-weight)',
};

function assertionRow(name: string, list: Assertion[]): Target {
  const first = list[0];
  if (!first) return { target: name, value: 'not measured', budget: '', pass: null };
  const f = fmt[first.key] ?? ((v: number) => String(v));
  // Several URLs (embeds): the worst one is shown; all must pass.
  const worst = list.reduce((w, a) =>
    (a.actual ?? Infinity) * (a.op === '<=' ? 1 : -1) > (w.actual ?? Infinity) * (w.op === '<=' ? 1 : -1) ? a : w,
  );
  const value = worst.actual === null ? 'no figure' : f(worst.actual);
  return {
    target: name,
    value: list.length > 1 ? `${value} (worst of ${String(list.length)})` : value,
    budget: `${first.op === '<=' ? '≤' : '≥'} ${f(first.expected)}`,
    pass: list.every((a) => a.passed),
  };
}

export function targets(b: Budgets, m: Measured): Target[] {
  const rows: Target[] = [];
  const lh = (preset: string, key: string, article: boolean): Assertion[] =>
    m.lighthouse
      .filter((r) => r.preset === preset)
      .flatMap((r) => r.assertions)
      .filter((a) => a.key === key && (article ? !a.url.includes('/embed/') : a.url.includes('/embed/')));
  const html = m.htmlBytes;
  rows.push({
    target: 'Article HTML, raw',
    value: html === undefined ? 'not measured' : kb(html),
    budget: `≤ ${String(b.articleHtmlKBMax)} KB`,
    pass: html === undefined ? null : html <= b.articleHtmlKBMax * KB,
  });
  rows.push(assertionRow('Article elements at load (mobile)', lh('mobile', 'dom-size', true)));
  rows.push(assertionRow('Lighthouse mobile performance', lh('mobile', 'categories:performance', true)));
  rows.push(assertionRow('Lighthouse mobile accessibility', lh('mobile', 'categories:accessibility', true)));
  rows.push(assertionRow('Lighthouse mobile best practices', lh('mobile', 'categories:best-practices', true)));
  rows.push(assertionRow('Lighthouse mobile SEO', lh('mobile', 'categories:seo', true)));
  rows.push(assertionRow('Lighthouse mobile LCP', lh('mobile', 'largest-contentful-paint', true)));
  rows.push(assertionRow('Lighthouse mobile TBT', lh('mobile', 'total-blocking-time', true)));
  for (const width of [375, 1280]) {
    const s = m.scroll?.find((x) => x.viewport.width === width);
    rows.push({
      target: `Long tasks > 50 ms scrolling the story, CPU 4x, ${String(width)} px`,
      value: s ? `${String(s.longTaskCount)} (longest ${String(Math.round(s.longestTaskMs))} ms)` : 'not measured',
      budget: String(b.scrollLongTasksMax),
      pass: s ? s.longTaskCount <= b.scrollLongTasksMax : null,
    });
  }
  const article = m.sizes?.find((c) => c.name.startsWith('article'));
  rows.push({
    target: 'Article JavaScript, gzip (size-limit)',
    value: article ? kb(article.size) : 'not measured',
    budget: article ? `≤ ${kb(article.limit)}` : '',
    pass: article ? article.passed : null,
  });
  const base = m.builds?.find((x) => x.factor === 1 && x.ok);
  for (const [factor, max] of [
    [10, b.build10xRatioMax],
    [100, b.build100xRatioMax],
  ] as const) {
    const r = m.builds?.find((x) => x.factor === factor);
    const ratio = r?.ok && base ? r.ms / base.ms : undefined;
    rows.push({
      target: `Build with ${String(factor)}x rows, time vs. 1x`,
      value: !r
        ? 'not measured'
        : r.skipped
          ? r.skipped
          : ratio !== undefined
            ? `${ratio.toFixed(1)}x (${(r.ms / 1000).toFixed(1)} s vs ${((base?.ms ?? 0) / 1000).toFixed(1)} s)`
            : r.timedOut
              ? `did not finish in ${String(r.timeoutMs / 1000)} s (${base ? `> ${(r.timeoutMs / base.ms).toFixed(1)}x` : 'no 1x build'})`
              : 'build failed',
      budget: `≤ ${String(max)}x`,
      // Not attempted (a smaller build did not finish) is not a measured miss.
      pass: !r || r.skipped ? null : ratio !== undefined && ratio <= max,
    });
  }
  const embeds = m.sizes?.filter((c) => c.name.startsWith('embed')) ?? [];
  const worstEmbed = embeds.reduce<SizeCheck | undefined>((w, c) => (!w || c.size > w.size ? c : w), undefined);
  rows.push({
    target: 'Embed JavaScript (page + /embed.js), gzip (size-limit)',
    value: worstEmbed ? `${String(worstEmbed.size)} B${embeds.length > 1 ? ` (worst of ${String(embeds.length)})` : ''}` : 'not measured',
    budget: worstEmbed ? `≤ ${String(worstEmbed.limit)} B (under 1 KB)` : '',
    pass: worstEmbed ? embeds.every((c) => c.passed) : null,
  });
  rows.push(assertionRow('Embed bytes before interaction (mobile)', lh('mobile', 'total-byte-weight', false)));
  return rows;
}

/** Desktop runs of the same assertions: not targets of the issue, but budgets LHCI checks too. */
export function desktopRows(m: Measured): Target[] {
  const keys = [...new Set(m.lighthouse.filter((r) => r.preset === 'desktop').flatMap((r) => r.assertions.map((a) => a.key)))];
  return keys.map((key) => {
    const list = m.lighthouse.filter((r) => r.preset === 'desktop').flatMap((r) => r.assertions.filter((a) => a.key === key));
    return assertionRow(`Desktop: ${label[key] ?? key}`, list);
  });
}
