/** Reads bench/budgets.json and turns the measured figures into budget checks. */
import { readFileSync } from 'node:fs';
import { CATEGORIES, type Category, type PresetResult } from './lighthouse.ts';
import type { PageAssets, PageSpec } from './pages.ts';
import type { ScrollResult } from './scroll.ts';
import { KB } from './util.ts';

export interface Budgets {
  article: {
    lighthouseMinScore: Record<Category, number>;
    clsMax: number;
    tbtMsBelow: number;
    jsGzipKBMax: number;
    beforeInteractionGzipKBMax: number;
    scrollLongTasksMax: number;
  };
  embed: {
    jsGzipKBMax: number;
    beforeInteractionGzipKBMax: number;
    clsMax: number;
    thirdPartyRequestsMax: number;
  };
}

export function readBudgets(file: string): Budgets {
  return JSON.parse(readFileSync(file, 'utf8')) as Budgets;
}

export type Unit = 'score' | 'ms' | 'bytes' | 'cls' | 'count';

export interface Check {
  /** Page path, or "article scroll 1280x800". */
  scope: string;
  metric: string;
  /** null when the figure could not be measured (counts as a failure). */
  value: number | null;
  unit: Unit;
  op: '>=' | '<=' | '<';
  limit: number;
  pass: boolean;
  /** How far from the budget, in the figure's unit (positive = worse than budget). */
  excess: number | null;
  note?: string;
}

export function check(
  scope: string,
  metric: string,
  value: number | null | undefined,
  unit: Unit,
  op: Check['op'],
  limit: number,
  note?: string,
): Check {
  const v = value === undefined || value === null || !Number.isFinite(value) ? null : value;
  let pass = false;
  let excess: number | null = null;
  if (v !== null) {
    // CLS is reported with 3 decimals by Lighthouse; anything below 0.0005 reads as 0.
    const cmp = unit === 'cls' ? Math.round(v * 1000) / 1000 : v;
    pass = op === '>=' ? cmp >= limit : op === '<=' ? cmp <= limit : cmp < limit;
    excess = op === '>=' ? limit - v : v - limit;
  }
  return { scope, metric, value: v, unit, op, limit, pass, excess, ...(note === undefined ? {} : { note }) };
}

export interface LighthousePage {
  page: PageSpec;
  presets: PresetResult[];
  error?: string;
}

export function buildChecks(
  b: Budgets,
  assets: PageAssets[],
  lh: LighthousePage[],
  scroll: ScrollResult[] | undefined,
  embedLoaderGzip: number,
): Check[] {
  const checks: Check[] = [];
  for (const p of lh) {
    const a = assets.find((x) => x.path === p.page.path);
    const article = p.page.kind === 'article';
    const budget = article ? b.article : b.embed;
    if (article) {
      checks.push(check(p.page.path, 'JS, gzip -9 (files in dist/)', a?.jsGzip, 'bytes', '<=', b.article.jsGzipKBMax * KB));
    } else {
      checks.push(
        check(
          p.page.path,
          'JS, gzip -9 (page + /embed.js)',
          a ? a.jsGzip + embedLoaderGzip : null,
          'bytes',
          '<=',
          b.embed.jsGzipKBMax * KB,
          '/embed.js runs on the host page for every embed',
        ),
      );
    }
    for (const preset of ['mobile', 'desktop'] as const) {
      const r = p.presets.find((x) => x.preset === preset)?.median;
      const s = `${p.page.path} (${preset})`;
      if (article) {
        for (const c of CATEGORIES) checks.push(check(s, `Lighthouse ${c}`, r?.scores[c], 'score', '>=', b.article.lighthouseMinScore[c]));
        checks.push(check(s, 'TBT', r?.tbt, 'ms', '<', b.article.tbtMsBelow));
      } else {
        checks.push(check(s, 'third-party requests', r?.thirdPartyRequests, 'count', '<=', b.embed.thirdPartyRequestsMax));
      }
      checks.push(check(s, 'CLS', r?.cls, 'cls', '<=', budget.clsMax));
      checks.push(
        check(s, 'bytes before interaction, gzip estimate', r?.totalBytesGzip, 'bytes', '<=', budget.beforeInteractionGzipKBMax * KB),
      );
    }
  }
  for (const s of scroll ?? []) {
    checks.push(
      check(
        `/ scrolling ${s.viewport.width}x${s.viewport.height}, CPU ${s.cpuThrottling}x`,
        'long tasks (> 50 ms) while scrolling',
        s.longTaskCount,
        'count',
        '<=',
        b.article.scrollLongTasksMax,
        `longest ${Math.round(s.longestTaskMs)} ms`,
      ),
    );
  }
  return checks;
}
