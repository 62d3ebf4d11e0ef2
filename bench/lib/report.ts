/** The benchmark's report: the targets table first, then every figure behind it (Markdown and console). */
import type { Options } from './options.ts';
import type { LayoutResult } from './layout.ts';
import type { LhciResult } from './lhci.ts';
import type { BuildRun } from './scale.ts';
import type { ScrollResult } from './scroll.ts';
import type { SizeCheck } from './sizes.ts';
import type { Locale } from '../../src/i18n/locales.ts';
import type { EditionBuild } from './edition-builds.ts';
import type { EditionPage } from './editions.ts';
import type { EditionTarget, Target } from './targets.ts';
import type { TraceSummary } from './trace.ts';
import { kb, ms, seconds } from './util.ts';

export interface BenchResult {
  meta: {
    startedAt: string;
    durationMs: number;
    commit: string;
    uncommittedChanges: boolean;
    node: string;
    cpus: number;
    loadAvgStart: number[];
    loadAvgEnd: number[];
    options: Omit<Options, 'skip'> & { skip: string[] };
    phasesMs: Record<string, number>;
  };
  /** The English article's raw HTML (kept for comparison with earlier reports; every edition's is in `pages`). */
  htmlBytes?: number;
  editions: Locale[];
  pages?: EditionPage[];
  editionBuilds?: EditionBuild[];
  lighthouse: LhciResult[];
  sizes?: SizeCheck[];
  scroll?: ScrollResult[];
  trace?: TraceSummary[];
  layout?: LayoutResult;
  builds?: BuildRun[];
  versionForm?: 'kind' | 'plain';
  editionTargets: EditionTarget[];
  targets: Target[];
  errors: { phase: string; message: string }[];
}

const verdict = (p: boolean | null): string => (p === null ? 'not measured' : p ? 'pass' : '**miss**');
const table = (head: string[], rows: string[][]): string =>
  [`| ${head.join(' | ')} |`, `| ${head.map(() => '---').join(' | ')} |`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');

export function markdownReport(r: BenchResult): string {
  const m = r.meta;
  const missed = missedCount(r);
  const load = (l: number[]): string => l.map((x) => x.toFixed(1)).join('/');
  const out: string[] = [
    '# Performance benchmark',
    '',
    `Run ${m.startedAt} on commit \`${m.commit.slice(0, 12)}\`${m.uncommittedChanges ? ' (with uncommitted changes)' : ''}, ${String(m.cpus)} CPUs, load average ${load(m.loadAvgStart)} at the start and ${load(m.loadAvgEnd)} at the end, Node ${m.node}. ${m.options.quick ? '**Quick run** (1 Lighthouse run, one embed page per edition, rows 1x and 10x, no edition-count builds). ' : ''}The run took ${seconds(m.durationMs)} (${Object.entries(
      m.phasesMs,
    )
      .map(([k, v]) => `${k} ${seconds(v)}`)
      .join(', ')}).`,
    '',
    missed === 0 ? '**Every measured budget holds.**' : `**${String(missed)} budget(s) missed.**`,
    '',
    'Regenerate with `npm run bench` (`npm run bench -- --help` for options); every figure and run is in `latest.json`.',
    '',
    `## Per edition (${r.editions.join(', ')})`,
    '',
    table(
      ['target', ...r.editions, 'budget', 'result'],
      r.editionTargets.map((t) => [t.target, ...r.editions.map((l) => t.values[l] ?? ''), t.budget, verdict(t.pass)]),
    ),
    '',
    '## Site-wide',
    '',
    table(
      ['target', 'measured', 'budget', 'result'],
      r.targets.map((t) => [t.target, t.value, t.budget, verdict(t.pass)]),
    ),
    '',
  ];
  out.push(
    '## How the figures are measured',
    '',
    '- Everything is measured on a private copy of `dist/` taken right after `npm run build`, served by the project’s own server (`src/cli/serve.ts`: Brotli (quality 11, as static hosts precompress) or gzip for text, as the browser accepts; `_headers` applied) on localhost.',
    '- **Editions**: English at `/`, the others at `/<locale>/` (every edition with an article in `dist/`, or `--editions`); each article is run through Lighthouse N times per preset, and one embed page per edition (English: every chart in a full run) once on mobile. "Fonts loaded" are the requests of type Font that Lighthouse saw while loading the page. "Same files as en": the edition loads exactly the English article’s hashed scripts (no per-edition bundle, no i18n runtime: the words are in the HTML).',
    '- **Build with editions**: cold builds (as for the row scaling below) of the English-only site at the baseline commit (`git archive`, node_modules linked) and of a copy of this checkout; then the copy with its `TARGET_LOCALES` cut to 1, 2, … editions (and their translations taken out of its content), keeping the font cache of its first build, since the layouts import every edition’s fonts.',
    '- **Lighthouse** through Lighthouse CI (`lhci collect` + `lhci assert`, budgets and settings in `.lighthouserc.json`), Debian Chromium headless, mobile (default, simulated throttling) and desktop preset; the article is run N times per preset and LHCI asserts the median; embed pages once (mobile). "Elements at load" is Lighthouse’s `dom-size`; "bytes before interaction" its `total-byte-weight` (everything the page loaded, compressed as served).',
    '- **JavaScript** through size-limit (`.size-limit.js`): gzip -9 of each script a page runs on load (external files, their static imports, inline scripts), summed; embeds add `/embed.js`, which the host page loads. KB = 1,024 bytes.',
    '- **Scrolling**: Playwright, CPU slowed 4x (CDP), the whole story scrolled top to bottom by a smooth wheel gesture at 960 px/s; long tasks from `PerformanceObserver("longtask")` while scrolling.',
    '- **Build scaling**: a copy of the project (node_modules linked), every dataset’s rows repeated 10x and 100x with new ids, each recorded with `data:version` as an editor would, then a cold build (caches removed), timed with `/usr/bin/time -v` (peak memory); elements = the article’s DOM parsed in Chromium without scripts.',
    '- **Layout scaling**: `vitest bench` (`bench/layout.bench.ts`): every chart state at both sizes, rows 1x/10x/100x; median of one pass.',
    '',
  );
  if (r.lighthouse.length) {
    out.push('## Lighthouse (medians)', '');
    out.push(
      table(
        [
          'page',
          'preset',
          'runs',
          'performance',
          'accessibility',
          'best practices',
          'SEO',
          'FCP',
          'LCP',
          'TBT',
          'CLS',
          'elements',
          'bytes',
          'fonts',
        ],
        r.lighthouse.flatMap((l) =>
          Object.entries(l.medians).map(([url, x]) => [
            new URL(url).pathname,
            l.preset,
            String(l.runs.filter((y) => y.url === url).length),
            String(x.performance),
            String(x.accessibility),
            String(x.bestPractices),
            String(x.seo),
            ms(x.fcp),
            ms(x.lcp),
            ms(x.tbt),
            x.cls.toFixed(3),
            Math.round(x.domSize).toLocaleString('en-US'),
            kb(x.totalBytes),
            `${String(x.fontCount)}, ${kb(x.fontBytes)}`,
          ]),
        ),
      ),
      '',
    );
  }
  if (r.pages?.length)
    out.push(
      '## Articles in dist/',
      '',
      table(
        ['edition', 'path', 'HTML raw', 'HTML Brotli', 'external scripts', 'inline script bytes', 'preloaded fonts'],
        r.pages.map((p) => [
          p.locale,
          p.path,
          kb(p.htmlBytes),
          kb(p.htmlBrotliBytes),
          p.scripts.map((x) => `\`${x.replace(/^.*\//, '')}\``).join(', '),
          String(p.inlineScriptBytes),
          p.preloadedFonts.join(', '),
        ]),
      ),
      '',
    );
  if (r.editionBuilds?.length) {
    const base = r.editionBuilds.find((b) => b.commit && b.run.ok);
    out.push(
      '## Build time with editions (cold builds of copies)',
      '',
      table(
        [
          'build',
          'editions',
          'fonts',
          'build time',
          'vs English only',
          'as the build reports it',
          'article HTML',
          'peak memory',
          'load avg',
        ],
        r.editionBuilds.map((b) => [
          b.label,
          b.editions.join(', '),
          b.fontsCached ? 'cached' : 'cut',
          b.run.ok ? seconds(b.run.ms) : b.run.timedOut ? `did not finish in ${seconds(b.run.timeoutMs)}` : 'failed',
          b.run.ok && base && b !== base ? `${(b.run.ms / base.run.ms).toFixed(1)}x` : '',
          b.run.reportedMs === undefined ? '' : seconds(b.run.reportedMs),
          b.run.htmlBytes === undefined ? '' : kb(b.run.htmlBytes),
          b.run.maxRssKB === undefined ? '' : `${(b.run.maxRssKB / 1024).toFixed(0)} MB`,
          Number.isFinite(b.run.loadAvg) ? b.run.loadAvg.toFixed(1) : '',
        ]),
      ),
      '',
    );
  }
  if (r.sizes?.length)
    out.push(
      '## JavaScript (size-limit, gzip)',
      '',
      table(
        ['check', 'size', 'limit', 'result'],
        r.sizes.map((s) => [s.name, `${String(s.size)} B (${kb(s.size)})`, `${String(s.limit)} B`, verdict(s.passed)]),
      ),
      '',
    );
  if (r.scroll?.length)
    out.push(
      '## Scrolling the story (CPU 4x)',
      '',
      table(
        ['viewport', 'long tasks > 50 ms', 'longest', 'frames', 'p95 frame', 'step → drawn, median / max', 'elements'],
        r.scroll.map((s) => [
          `${String(s.viewport.width)}x${String(s.viewport.height)}`,
          String(s.longTaskCount),
          ms(s.longestTaskMs),
          String(s.frames),
          ms(s.p95FrameMs),
          `${ms(s.stepLatencyMedianMs)} / ${ms(s.stepLatencyMaxMs)}`,
          s.domElements.toLocaleString('en-US'),
        ]),
      ),
      '',
    );
  if (r.trace?.length)
    for (const t of r.trace)
      out.push(
        `Trace at ${String(t.viewport.width)} px: ${String(t.longTasks)} long tasks, ${ms(t.longTaskMs)}; self time by event: ${t.byEvent
          .slice(0, 6)
          .map((e) => `${e.name} ${ms(e.ms)}`)
          .join(', ')}.`,
        '',
      );
  if (r.builds?.length) {
    const base = r.builds.find((b) => b.factor === 1 && b.ok);
    out.push(
      '## Build scaling (cold builds of a copy)',
      '',
      `Rows recorded with \`data:version -- <id> ${r.versionForm === 'kind' ? '--kind internal ' : ''}"why"\` (the form this checkout's CLI takes).`,
      '',
      table(
        ['rows', 'dataset rows', 'build time', 'vs 1x', 'article HTML', 'elements', 'peak memory', 'load avg'],
        r.builds.map((b) => [
          `${String(b.factor)}x`,
          b.skipped ? '' : String(b.rows),
          b.skipped ?? (b.ok ? seconds(b.ms) : b.timedOut ? `did not finish in ${seconds(b.timeoutMs)}` : `failed after ${seconds(b.ms)}`),
          b.ok && base ? `${(b.ms / base.ms).toFixed(1)}x` : '',
          b.htmlBytes === undefined ? '' : kb(b.htmlBytes),
          b.elements === undefined ? '' : b.elements.toLocaleString('en-US'),
          b.maxRssKB === undefined ? '' : `${(b.maxRssKB / 1024).toFixed(0)} MB`,
          Number.isFinite(b.loadAvg) ? b.loadAvg.toFixed(1) : '',
        ]),
      ),
      '',
    );
  }
  if (r.layout) {
    const l = r.layout;
    const charts = [...new Set(l.figures.map((f) => f.chart))];
    const fig = (c: string, f: number) => l.figures.find((x) => x.chart === c && x.factor === f);
    out.push(
      '## Layout scaling (`vitest bench`, median of one pass over every state at both sizes)',
      '',
      table(
        ['chart', ...l.factors.map((f) => `${String(f)}x`), ...l.factors.slice(1).map((f) => `${String(f)}x / 1x`)],
        charts.map((c) => [
          c,
          ...l.factors.map((f) => {
            const x = fig(c, f);
            return x?.medianMs !== undefined ? ms(x.medianMs) : (x?.missing ?? '');
          }),
          ...l.factors.slice(1).map((f) => {
            const a = fig(c, 1)?.medianMs;
            const b = fig(c, f)?.medianMs;
            return a !== undefined && b !== undefined ? `${(b / a).toFixed(1)}x` : '';
          }),
        ]),
      ),
      '',
    );
  }
  if (r.errors.length)
    out.push('## Errors', '', ...r.errors.map((e) => `- ${e.phase}: ${e.message.split('\n').slice(0, 6).join(' ')}`), '');
  return `${out.join('\n')}\n`;
}

export function missedCount(r: BenchResult): number {
  return [...r.editionTargets, ...r.targets].filter((t) => t.pass === false).length;
}

export function consoleReport(r: BenchResult): string {
  const perEdition: Target[] = r.editionTargets.map((t) => ({
    target: t.target.replace(/`/g, ''),
    value: r.editions.map((l) => `${l} ${t.values[l] ?? ''}`).join(' | '),
    budget: t.budget,
    pass: t.pass,
  }));
  const rows = [...perEdition, ...r.targets];
  const w = Math.max(...rows.map((t) => t.target.length));
  const v = Math.max(...rows.map((t) => t.value.length));
  return rows
    .map((t) => `${t.target.padEnd(w)}  ${t.value.padEnd(v)}  ${t.budget.padEnd(22)}  ${t.pass === null ? '-' : t.pass ? 'pass' : 'MISS'}`)
    .join('\n');
}
