/** The benchmark's result: its shape (latest.json), the console table and the Markdown report. */
import type { Check } from './budgets.ts';
import type { LighthousePage } from './budgets.ts';
import { CATEGORIES, type PresetResult, type RunFigures } from './lighthouse.ts';
import type { AssetFile, PageAssets } from './pages.ts';
import type { ProfileSummary } from './profile.ts';
import type { BuildTiming, ScaleSummary } from './scale.ts';
import type { ScrollResult } from './scroll.ts';
import type { TraceSummary } from './trace.ts';
import { KB, kb, ms, seconds } from './util.ts';

export interface ScaleVariant {
  label: string;
  summary: ScaleSummary;
  timing: BuildTiming;
  /** Build time over the normal (unscaled) cold build; a lower bound when the build timed out. */
  ratio: number;
  timeoutMs: number;
  profile?: ProfileSummary;
}

export interface BenchResult {
  meta: {
    startedAt: string;
    durationMs: number;
    commit: string;
    uncommittedChanges: boolean;
    node: string;
    chromium: string;
    lighthouse: string;
    /** Whether src/cli/serve.ts gzips text responses (it did not when the benchmark was written). */
    serverCompresses: boolean;
    /** Quick run or phases skipped: not kept as full.*. */
    partial: boolean;
    cpus: number;
    loadAvgStart: number[];
    loadAvgEnd: number[];
    options: Record<string, unknown>;
  };
  build: { warm?: { ok: boolean; ms: number; error?: string }; cold?: BuildTiming; coldRuns?: number[] };
  assets: PageAssets[];
  embedLoader?: AssetFile;
  lighthouse: LighthousePage[];
  /** The article through a gzip-compressing front (informative; not budgeted). */
  reference?: PresetResult[];
  scroll?: ScrollResult[];
  /** --trace: what the long tasks while scrolling consist of. */
  trace?: TraceSummary[];
  scaling?: { baseline: BuildTiming; variants: ScaleVariant[] };
  checks: Check[];
  errors: { phase: string; message: string }[];
}

// ---------------------------------------------------------------------------------------------
// Formatting

export function formatValue(v: number | null, unit: Check['unit']): string {
  if (v === null) return 'not measured';
  switch (unit) {
    case 'bytes':
      return kb(v);
    case 'ms':
      return ms(v);
    case 'cls':
      return v.toFixed(3);
    case 'score':
    case 'count':
      return String(Math.round(v));
  }
}

export function formatBudget(c: Check): string {
  return `${c.op} ${formatValue(c.limit, c.unit)}`;
}

export function formatExcess(c: Check): string {
  if (c.pass) return '';
  if (c.excess === null) return 'not measured';
  const pct = c.limit > 0 ? ` (${Math.round((c.excess / c.limit) * 100)}% over)` : '';
  switch (c.unit) {
    case 'score':
      return `${String(Math.round(c.excess))} point${Math.round(c.excess) === 1 ? '' : 's'} short`;
    case 'bytes':
      return `+${kb(c.excess)}${pct}`;
    case 'ms':
      return c.op === '<' && c.excess === 0 ? 'at the limit (must be below)' : `+${ms(c.excess)}${pct}`;
    case 'cls':
      return `+${c.excess.toFixed(3)}`;
    case 'count':
      return `+${String(Math.round(c.excess))}`;
  }
}

function table(head: string[], rows: string[][]): string {
  const esc = (s: string): string => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');
  return [
    `| ${head.map(esc).join(' | ')} |`,
    `| ${head.map(() => '---').join(' | ')} |`,
    ...rows.map((r) => `| ${r.map(esc).join(' | ')} |`),
  ].join('\n');
}

function consoleTable(head: string[], rows: string[][]): string {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (r: string[]): string => r.map((c, i) => c.padEnd(widths[i] ?? 0)).join('  ');
  return [line(head), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

function checkRows(checks: Check[]): string[][] {
  return checks.map((c) => [
    c.scope,
    c.metric,
    formatValue(c.value, c.unit),
    formatBudget(c),
    c.pass ? 'pass' : 'FAIL',
    formatExcess(c) + (c.note ? ` ${c.note}` : ''),
  ]);
}

const pathOf = (url: string): string => {
  try {
    return new URL(url).pathname;
  } catch {
    return url;
  }
};

function med(r: PresetResult | undefined): PresetResult['median'] | undefined {
  return r?.median;
}

// ---------------------------------------------------------------------------------------------
// Console

export function consoleReport(r: BenchResult): string {
  const out: string[] = [];
  const article = r.lighthouse.find((p) => p.page.kind === 'article');
  if (article) {
    const m = med(article.presets.find((p) => p.preset === 'mobile'));
    const d = med(article.presets.find((p) => p.preset === 'desktop'));
    const g = med(r.reference?.find((p) => p.preset === 'mobile'));
    const row = (label: string, f: (x: PresetResult['median']) => string): string[] => [
      label,
      m ? f(m) : '-',
      d ? f(d) : '-',
      ...(g ? [f(g)] : []),
    ];
    out.push('Article (Lighthouse medians)');
    out.push(
      consoleTable(
        ['', 'mobile', 'desktop', ...(g ? ['mobile, gzip-served (ref.)'] : [])],
        [
          ...CATEGORIES.map((c) => row(c, (x) => String(x.scores[c]))),
          row('FCP', (x) => ms(x.fcp)),
          row('LCP', (x) => ms(x.lcp)),
          row('TBT', (x) => ms(x.tbt)),
          row('CLS', (x) => x.cls.toFixed(3)),
          row('Speed Index', (x) => ms(x.speedIndex)),
          row('bytes (as served / gzip est.)', (x) => `${kb(x.totalBytes)} / ${kb(x.totalBytesGzip)}`),
          row('JS bytes (as served / gzip est.)', (x) => `${kb(x.jsBytes)} / ${kb(x.jsBytesGzip)}`),
          row('requests', (x) => String(x.requestCount)),
        ],
      ),
    );
    out.push('');
  }
  const embeds = r.lighthouse.filter((p) => p.page.kind === 'embed');
  if (embeds.length) {
    out.push('Embeds (mobile | desktop)');
    out.push(
      consoleTable(
        ['page', 'perf', 'a11y', 'bp', 'seo', 'TBT', 'CLS', 'bytes gzip est.', 'JS gzip', '3rd-party'],
        embeds.map((p) => {
          const m = med(p.presets.find((x) => x.preset === 'mobile'));
          const d = med(p.presets.find((x) => x.preset === 'desktop'));
          const both = (f: (x: PresetResult['median']) => string): string => `${m ? f(m) : '-'} | ${d ? f(d) : '-'}`;
          const a = r.assets.find((x) => x.path === p.page.path);
          return [
            p.page.path,
            both((x) => String(x.scores.performance)),
            both((x) => String(x.scores.accessibility)),
            both((x) => String(x.scores['best-practices'])),
            both((x) => String(x.scores.seo)),
            both((x) => ms(x.tbt)),
            both((x) => x.cls.toFixed(3)),
            both((x) => kb(x.totalBytesGzip)),
            a ? kb(a.jsGzip) : '-',
            both((x) => String(x.thirdPartyRequests)),
          ];
        }),
      ),
    );
    out.push('');
  }
  if (r.scroll?.length) {
    out.push('Scrolling the article (CPU 4x slower)');
    out.push(
      consoleTable(
        ['viewport', 'longest task', 'long tasks', 'frames > 16.7 ms', 'p95 frame', 'step → drawn (median / max)'],
        r.scroll.map((s) => [
          `${s.viewport.width}x${s.viewport.height}`,
          ms(s.longestTaskMs),
          String(s.longTaskCount),
          `${(s.slowFrameShare * 100).toFixed(1)}%`,
          ms(s.p95FrameMs),
          `${ms(s.stepLatencyMedianMs)} / ${ms(s.stepLatencyMaxMs)}`,
        ]),
      ),
    );
    out.push('');
  }
  const b = r.build;
  const s = r.scaling;
  if (b.warm || b.cold || s) {
    out.push('Build');
    const rows: string[][] = [];
    if (b.warm) rows.push(['npm run build (project, caches warm)', b.warm.ok ? seconds(b.warm.ms) : 'FAILED', '']);
    if (b.cold)
      rows.push([
        'cold build (no dist/, .astro/, node_modules/.astro)',
        b.cold.ok
          ? `${seconds(b.cold.ms)}${b.coldRuns && b.coldRuns.length > 1 ? ` (of ${b.coldRuns.map((x) => seconds(x)).join(', ')})` : ''}`
          : 'FAILED',
        '1.0x',
      ]);
    for (const v of s?.variants ?? [])
      rows.push([
        `cold build, ${v.label}`,
        v.timing.ok ? seconds(v.timing.ms) : `FAILED (${firstLine(v.timing.error)})`,
        `${v.timing.ok ? '' : '> '}${v.ratio.toFixed(1)}x`,
      ]);
    out.push(consoleTable(['', 'time', 'vs normal'], rows));
    out.push('');
  }
  const failed = r.checks.filter((c) => !c.pass);
  out.push(`Budgets: ${String(r.checks.length - failed.length)} pass, ${String(failed.length)} fail`);
  out.push(consoleTable(['scope', 'figure', 'value', 'budget', 'result', 'by how much'], checkRows(r.checks)));
  if (r.errors.length) {
    out.push('');
    out.push('Errors:');
    for (const e of r.errors) out.push(`  ${e.phase}: ${firstLine(e.message)}`);
  }
  return out.join('\n');
}

function firstLine(s: string | undefined): string {
  return (s ?? '').split('\n')[0] ?? '';
}

// ---------------------------------------------------------------------------------------------
// Markdown

function lighthouseTable(presets: { label: string; m: PresetResult['median'] | undefined }[]): string {
  const rows: [string, (x: PresetResult['median']) => string][] = [
    ...CATEGORIES.map((c): [string, (x: PresetResult['median']) => string] => [`Lighthouse ${c}`, (x) => String(x.scores[c])]),
    ['First Contentful Paint', (x) => ms(x.fcp)],
    ['Largest Contentful Paint', (x) => ms(x.lcp)],
    ['Total Blocking Time', (x) => ms(x.tbt)],
    ['Cumulative Layout Shift', (x) => x.cls.toFixed(3)],
    ['Speed Index', (x) => ms(x.speedIndex)],
    ['Bytes transferred, as served (uncompressed)', (x) => kb(x.totalBytes)],
    ['Bytes transferred, gzip estimate', (x) => kb(x.totalBytesGzip)],
    ['JS transferred, as served', (x) => kb(x.jsBytes)],
    ['JS transferred, gzip estimate', (x) => kb(x.jsBytesGzip)],
    ['Fonts transferred', (x) => kb(x.fontBytes)],
    ['Requests', (x) => String(x.requestCount)],
    ['Requests to other origins', (x) => String(x.thirdPartyRequests)],
    ['Lighthouse benchmarkIndex (machine speed)', (x) => String(Math.round(x.benchmarkIndex))],
  ];
  return table(
    ['', ...presets.map((p) => p.label)],
    rows.map(([label, f]) => [label, ...presets.map((p) => (p.m ? f(p.m) : '-'))]),
  );
}

function requestTable(run: RunFigures | undefined): string {
  if (!run) return '_No run._';
  const rows = [...run.requests]
    .sort((a, b) => b.gzipTransfer - a.gzipTransfer)
    .map((q) => [pathOf(q.url), q.resourceType, kb(q.transferSize), kb(q.gzipTransfer), q.thirdParty ? 'yes' : '']);
  return table(['request', 'type', 'as served', 'gzip estimate', 'other origin'], rows);
}

function assetsTable(a: PageAssets, loader?: AssetFile): string {
  const rows = [
    ['HTML', a.html.url, kb(a.html.raw), kb(a.html.gzip)],
    ...a.css.map((f) => ['CSS', f.url, kb(f.raw), kb(f.gzip)]),
    ...a.js.map((f) => ['JS', f.url, kb(f.raw), kb(f.gzip)]),
    ...a.lazyJs.map((f) => ['JS (dynamic import, not counted)', f.url, kb(f.raw), kb(f.gzip)]),
  ];
  if (loader) rows.push(['JS (host page)', loader.url, kb(loader.raw), kb(loader.gzip)]);
  return table(['kind', 'file', 'raw', 'gzip -9'], rows);
}

export function markdownReport(r: BenchResult): string {
  const md: string[] = [];
  const failed = r.checks.filter((c) => !c.pass);
  md.push('# Performance benchmark');
  md.push('');
  md.push(
    `Run ${r.meta.startedAt} on commit \`${r.meta.commit.slice(0, 12)}\`${r.meta.uncommittedChanges ? ' (with uncommitted changes in the working tree)' : ''}, ` +
      `${String(r.meta.cpus)} CPUs, load average ${r.meta.loadAvgStart.map((x) => x.toFixed(1)).join('/')} at the start and ${r.meta.loadAvgEnd.map((x) => x.toFixed(1)).join('/')} at the end. ` +
      `Node ${r.meta.node}, ${r.meta.chromium}, Lighthouse ${r.meta.lighthouse}. The run took ${seconds(r.meta.durationMs)}.`,
  );
  md.push('');
  if (r.meta.partial) {
    const skipped = (r.meta.options['skip'] as string[] | undefined) ?? [];
    md.push(
      `_Partial run${r.meta.options['quick'] ? ' (--quick)' : ''}${skipped.length ? `; skipped: ${skipped.join(', ')}` : ''}. The last complete run is in \`full.md\`._`,
    );
    md.push('');
  }
  const load = r.meta.loadAvgStart[0] ?? 0;
  const loadEnd = r.meta.loadAvgEnd[0] ?? 0;
  if (Math.max(load, loadEnd) > r.meta.cpus * 0.75) {
    md.push(
      `> **The machine was busy** (1-minute load ${load.toFixed(1)} at the start, ${loadEnd.toFixed(1)} at the end, on ${String(r.meta.cpus)} CPUs): other processes competed for the CPU, which inflates CPU-bound figures (Lighthouse TBT, which scales observed task times by 4 on mobile; long tasks while scrolling; build times). Compare runs made on a quiet machine; Lighthouse's \`benchmarkIndex\` per run is in \`latest.json\`.`,
    );
    md.push('');
  }
  md.push(`**${failed.length === 0 ? 'All budgets pass' : `${String(failed.length)} of ${String(r.checks.length)} budget checks fail`}.**`);
  md.push('');
  md.push('Regenerate with `npm run bench` (options: `npm run bench -- --help`). The same figures, with every run, are in `latest.json`.');
  md.push('');

  md.push('## How the figures are measured');
  md.push('');
  md.push(
    [
      r.meta.serverCompresses
        ? '- **The local server compresses** text responses with gzip (`src/cli/serve.ts`, as static hosts and CDNs do), so Lighthouse\'s transfer sizes are real compressed sizes ("as served"). The report also gives a **gzip estimate** computed the same way whatever the server does (each text response fetched again and compressed with gzip -9; fonts and images counted as they are; response headers as measured), and **the byte budgets are checked against that estimate**, so budgets do not depend on the test server\'s settings.'
        : '- **The local server does not compress.** `src/cli/serve.ts` sends every file as it is, so Lighthouse sees uncompressed transfer sizes. A static host or CDN would gzip or brotli the HTML, CSS, JS and SVG. The report therefore gives both: the transfer as served, and a **gzip estimate** (each text response fetched again and compressed with gzip -9; fonts and images counted as they are; response headers as measured). **The byte budgets are checked against the gzip estimate.**',
      '- **JS gzipped** is measured from `dist/`: every script the page HTML loads (external files, their static imports, inline scripts), each gzip -9 compressed on its own, as a host sends them. For embeds, `/embed.js` (which the host page loads beside the iframe) is added to the page figure.',
      r.meta.serverCompresses
        ? '- Lighthouse scores and timings are for the compressing server.'
        : '- **Lighthouse scores and timings are for the uncompressed server**, as the budget asks; on mobile, simulated throttling (slow 4G, 4x CPU) makes the uncompressed HTML cost much more than it would in production. A reference run through a gzip-compressing front for the same `dist/` is shown beside it (informative, not budgeted).',
      '- Everything is measured on a private copy of `dist/` taken right after the build, so a rebuild by someone else during the run does not mix two versions of the site.',
      '- Lighthouse: Node API, one fresh headless Chromium per run (project flags from `src/cli/browser.ts`), mobile = default config with simulated throttling, desktop = `desktop-config`. Figures are medians over the runs. "Before interaction" = every request Lighthouse saw during the load (fonts included).',
      "- Scrolling: Playwright with the project Chromium and flags, CPU slowed 4x (CDP `Emulation.setCPUThrottlingRate`), the article scrolled from top to bottom at 960 px/s (16 px per 60 Hz frame, `--scroll-px`) by a smooth mouse-wheel scroll that Chromium synthesizes (CDP `Input.synthesizeScrollGesture`), as a reader's wheel or trackpad does: scroll events every frame, one `scrollend` when it stops. (`--scroll-driver scrollby` instead calls `window.scrollBy` in every animation frame; each such programmatic scroll ends with its own `scrollend` event, so a page that works on `scrollend` does that work every frame, which readers never cause.) The benchmark's recorder reads one step's position per frame. Long tasks: `PerformanceObserver` `longtask` (buffered), counted while scrolling. Frames: `requestAnimationFrame` deltas; a frame counts as \"over 16.7 ms\" when its delta exceeds 20 ms (timestamps jitter by a fraction of a millisecond around 16.7 ms, and a frame that misses a vsync takes ≥ 33 ms). Step → drawn: from the frame in which a step's top crosses 60% of the viewport height (the controller's trigger line) to the first frame rendered after the sticky graphic's `data-step` changed to that step (MutationObserver, then rAF and a task after it).",
      '- KB = 1,024 bytes.',
    ].join('\n'),
  );
  md.push('');

  md.push('## Budgets');
  md.push('');
  md.push('Budgets are in `bench/budgets.json`.');
  md.push('');
  md.push(table(['scope', 'figure', 'value', 'budget', 'result', 'by how much'], checkRows(r.checks)));
  md.push('');

  const article = r.lighthouse.find((p) => p.page.kind === 'article');
  if (article) {
    md.push('## Article `/`');
    md.push('');
    const m = article.presets.find((p) => p.preset === 'mobile');
    const d = article.presets.find((p) => p.preset === 'desktop');
    const g = r.reference?.find((p) => p.preset === 'mobile');
    const gd = r.reference?.find((p) => p.preset === 'desktop');
    md.push(
      lighthouseTable([
        { label: `mobile (median of ${String(m?.runs.length ?? 0)})`, m: m?.median },
        { label: `desktop (median of ${String(d?.runs.length ?? 0)})`, m: d?.median },
        ...(g ? [{ label: 'mobile, gzip-served reference (1 run)', m: g.median }] : []),
        ...(gd ? [{ label: 'desktop, gzip-served reference (1 run)', m: gd.median }] : []),
      ]),
    );
    md.push('');
    for (const p of [m, d]) {
      if (p && p.runs.length > 1)
        md.push(
          `Runs (${p.preset}): performance ${p.runs.map((x) => String(x.scores.performance)).join(', ')}; TBT ${p.runs.map((x) => ms(x.tbt)).join(', ')}; LCP ${p.runs.map((x) => ms(x.lcp)).join(', ')}.\n`,
        );
    }
    if (article.error) md.push(`Lighthouse error: ${article.error}\n`);
    const a = r.assets.find((x) => x.path === '/');
    if (a) {
      md.push(
        `### What the article page loads (from \`dist/\`): JS ${kb(a.jsGzip)} gzipped (${kb(a.jsRaw)} raw), ${String(a.svgCount)} inline SVGs in the HTML`,
      );
      md.push('');
      md.push(assetsTable(a));
      md.push('');
    }
    md.push('### Requests during load (mobile, last run)');
    md.push('');
    md.push(requestTable(m?.runs.at(-1)));
    md.push('');
    const diag = m?.runs.at(-1)?.diagnostics;
    if (diag) {
      md.push('### Lighthouse diagnostics (mobile, last run)');
      md.push('');
      if (diag.domSize) {
        md.push(`DOM: ${diag.domSize}`);
        md.push('');
      }
      if (diag.weakAudits.length) {
        md.push(
          table(
            ['audit', 'score', 'Lighthouse says'],
            diag.weakAudits.map((w) => [`${w.title} (\`${w.id}\`)`, w.score.toFixed(2), w.displayValue]),
          ),
        );
        md.push('');
      }
      if (diag.mainThread.length) {
        md.push('Main-thread work (simulated mobile CPU):');
        md.push('');
        md.push(
          table(
            ['category', 'time'],
            diag.mainThread.map((x) => [x.group, ms(x.ms)]),
          ),
        );
        md.push('');
      }
      if (diag.bootup.length) {
        md.push('Script execution:');
        md.push('');
        md.push(
          table(
            ['script', 'total CPU', 'scripting'],
            diag.bootup.map((x) => [pathOf(x.url), ms(x.totalMs), ms(x.scriptingMs)]),
          ),
        );
        md.push('');
      }
      if (diag.longTasks.length) {
        md.push('Long main-thread tasks during load:');
        md.push('');
        md.push(
          table(
            ['attributed to', 'start', 'duration'],
            diag.longTasks.map((x) => [pathOf(x.url), ms(x.startMs), ms(x.durationMs)]),
          ),
        );
        md.push('');
      }
    }
    for (const preset of [m, d]) {
      const shifts = preset?.runs.at(-1)?.diagnostics.layoutShifts ?? [];
      if (preset && shifts.length) {
        md.push(`Layout shifts (${preset.preset}, last run):`);
        md.push('');
        md.push(
          table(
            ['element', 'shift score', 'cause'],
            shifts.map((x) => [`\`${x.node}\``, x.score.toFixed(4), x.causes.join('; ')]),
          ),
        );
        md.push('');
      }
    }
  }

  const embeds = r.lighthouse.filter((p) => p.page.kind === 'embed');
  if (embeds.length) {
    md.push('## Embed pages');
    md.push('');
    const rows: string[][] = [];
    for (const p of embeds) {
      const a = r.assets.find((x) => x.path === p.page.path);
      for (const pr of p.presets) {
        const x = pr.median;
        rows.push([
          p.page.path,
          pr.preset,
          ...CATEGORIES.map((c) => String(x.scores[c])),
          ms(x.fcp),
          ms(x.lcp),
          ms(x.tbt),
          x.cls.toFixed(3),
          kb(x.totalBytes),
          kb(x.totalBytesGzip),
          kb(x.fontBytes),
          a ? kb(a.jsGzip) : '-',
          String(x.requestCount),
          String(x.thirdPartyRequests),
        ]);
      }
      if (p.error) rows.push([p.page.path, 'error', p.error, '', '', '', '', '', '', '', '', '', '', '', '', '']);
    }
    md.push(
      table(
        [
          'page',
          'preset',
          'perf',
          'a11y',
          'best pr.',
          'SEO',
          'FCP',
          'LCP',
          'TBT',
          'CLS',
          'bytes as served',
          'bytes gzip est.',
          'fonts',
          'JS gzip (page)',
          'requests',
          'other origins',
        ],
        rows,
      ),
    );
    md.push('');
    if (r.embedLoader)
      md.push(
        `The embed loader \`/embed.js\`: ${kb(r.embedLoader.raw)} raw, ${kb(r.embedLoader.gzip)} gzip -9 (added to each embed's JS figure in the budgets).\n`,
      );
    const shiftRows = embeds.flatMap((p) =>
      p.presets.flatMap((pr) =>
        (pr.runs.at(-1)?.diagnostics.layoutShifts ?? []).map((x) => [
          p.page.path,
          pr.preset,
          `\`${x.node}\``,
          x.score.toFixed(4),
          x.causes.join('; '),
        ]),
      ),
    );
    if (shiftRows.length) {
      md.push('Layout shifts on embed pages (last run of each preset):');
      md.push('');
      md.push(table(['page', 'preset', 'element', 'shift score', 'cause'], shiftRows));
      md.push('');
    }
    md.push('SEO scores of embed pages are low by design (`<meta name="robots" content="noindex">`); embeds have no SEO budget.');
    md.push('');
    const first = embeds[0];
    const firstRun = first?.presets.find((x) => x.preset === 'mobile')?.runs.at(-1);
    if (first && firstRun) {
      md.push(`### Requests of \`${first.page.path}\` (mobile, last run)`);
      md.push('');
      md.push(requestTable(firstRun));
      md.push('');
      const a = r.assets.find((x) => x.path === first.page.path);
      if (a) {
        md.push(assetsTable(a, r.embedLoader));
        md.push('');
      }
    }
  }

  const scroll = r.scroll ?? [];
  if (scroll.length) {
    md.push('## Scrolling the article');
    md.push('');
    md.push(
      table(
        ['', ...scroll.map((s) => `${String(s.viewport.width)}x${String(s.viewport.height)}`)],
        [
          ['CPU slowdown', ...scroll.map((s) => `${String(s.cpuThrottling)}x`)],
          [
            'scrolled',
            ...scroll.map(
              (s) =>
                `${String(s.pageHeight)} px at ${String(s.pxPerFrame * 60)} px/s (${s.driver === 'gesture' ? 'synthesized wheel scroll' : 'scrollBy per frame'}), ${String(s.frames)} frames`,
            ),
          ],
          ['longest task while scrolling', ...scroll.map((s) => ms(s.longestTaskMs))],
          ['long tasks (> 50 ms) while scrolling', ...scroll.map((s) => String(s.longTaskCount))],
          ['share of frames over 16.7 ms', ...scroll.map((s) => `${(s.slowFrameShare * 100).toFixed(1)}%`)],
          ['median / p95 / max frame time', ...scroll.map((s) => `${ms(s.medianFrameMs)} / ${ms(s.p95FrameMs)} / ${ms(s.maxFrameMs)}`)],
          ['step enters → chart state drawn, median', ...scroll.map((s) => ms(s.stepLatencyMedianMs))],
          ['step enters → chart state drawn, max', ...scroll.map((s) => ms(s.stepLatencyMaxMs))],
          ['steps measured', ...scroll.map((s) => `${String(s.stepsObserved)} of ${String(s.steps.length)}`)],
          ['layout shift while scrolling', ...scroll.map((s) => s.layoutShiftWhileScrolling.toFixed(3))],
          ['DOM elements in the page', ...scroll.map((s) => String(s.domElements))],
          [
            'long tasks during load (before scrolling)',
            ...scroll.map((s) => s.loadLongTasks.map((t) => ms(t.durationMs)).join(', ') || 'none'),
          ],
        ],
      ),
    );
    md.push('');
    const unmeasured = scroll.flatMap((s) => s.steps.filter((x) => x.latencyMs === undefined).map((x) => x.id));
    if (unmeasured.length)
      md.push(
        `Steps without a measured change: ${[...new Set(unmeasured)].map((x) => `\`${x}\``).join(', ')} (the story's first step is already active when the page loads, so entering it changes nothing).\n`,
      );
    for (const s of scroll) {
      if (!s.longTasks.length) continue;
      md.push(
        `Long tasks while scrolling at ${String(s.viewport.width)}x${String(s.viewport.height)} (duration, at time since scrolling began): ${s.longTasks.map((t) => `${ms(t.durationMs)} at ${seconds(t.startMs)}`).join(', ')}.`,
      );
      md.push('');
    }
    md.push(
      table(
        ['step', ...scroll.map((s) => `${String(s.viewport.width)}x${String(s.viewport.height)}`)],
        (scroll[0]?.steps ?? []).map((st) => [
          st.id,
          ...scroll.map((s) => ms(s.steps.find((x) => x.id === st.id)?.latencyMs ?? Number.NaN)),
        ]),
      ),
    );
    md.push('');
  }

  for (const t of r.trace ?? []) {
    md.push(`### Inside the long tasks while scrolling (traced run, ${String(t.viewport.width)}x${String(t.viewport.height)}, CPU 4x)`);
    md.push('');
    md.push(
      `${String(t.longTasks)} tasks over 50 ms, ${ms(t.longTaskMs)} in all. Tracing adds overhead, so counts differ a little from the untraced run above; the shares show what the tasks consist of.`,
    );
    md.push('');
    md.push(
      table(
        ['main-thread work (trace event, self time)', 'time', 'share'],
        t.byEvent.map((e) => [e.name, ms(e.ms), `${Math.round((e.ms / t.longTaskMs) * 100)}%`]),
      ),
    );
    md.push('');
    md.push(
      table(
        ['JavaScript entry point (function file:line:column)', 'code there', 'time incl. forced style/layout', 'calls'],
        t.byFunction.map((f) => [
          `\`${f.fn}\``,
          f.source.startsWith('(') ? f.source : `\`${f.source.replace(/`/g, "'")}\``,
          ms(f.ms),
          String(f.calls),
        ]),
      ),
    );
    md.push('');
  }

  const b = r.build;
  if (b.warm || b.cold || r.scaling) {
    md.push('## Build');
    md.push('');
    const rows: string[][] = [];
    if (b.warm)
      rows.push([
        '`npm run build` in the project (Astro caches warm)',
        b.warm.ok ? seconds(b.warm.ms) : `failed: ${firstLine(b.warm.error)}`,
      ]);
    if (b.cold)
      rows.push([
        'cold build: a copy of the project without `dist/`, `.astro/` or `node_modules/.astro`',
        b.cold.ok
          ? `${seconds(b.cold.ms)}${b.coldRuns && b.coldRuns.length > 1 ? ` (faster of ${b.coldRuns.map((x) => seconds(x)).join(' and ')})` : ''}`
          : `failed: ${firstLine(b.cold.error)}`,
      ]);
    md.push(table(['build', 'time'], rows));
    md.push('');
    md.push(
      'Cold builds run `node src/cli/build.ts` in a temporary copy (src/, content/, public/, configs, and a node_modules/ of symlinks), so that the shared `dist/` and Astro caches of the working tree are never deleted while others use them.',
    );
    md.push('');
  }
  if (r.scaling) {
    const s = r.scaling;
    md.push('### Build scaling');
    md.push('');
    md.push(
      'Larger content, generated in the temporary copy: every `::: step` block repeated with new step ids (`<id>-copy-N`), every dataset row repeated with a new row id (`<id>-rN`, other cells unchanged), `versions.lock.json` hashes set to the new CSVs (same versions) and `archive/<id>/v<version>.csv` overwritten to match. Each build is cold and has a time limit.',
    );
    md.push('');
    md.push(
      table(
        ['content', 'steps', 'dataset rows', 'build time', 'vs normal', 'article HTML (raw / gzip)', 'dist/ size', 'load average at start'],
        [
          [
            'normal',
            String(s.variants[0]?.summary.stepsBefore ?? '-'),
            String(Object.values(s.variants[0]?.summary.rowsBefore ?? {}).reduce((x, y) => x + y, 0)),
            s.baseline.ok ? seconds(s.baseline.ms) : `failed`,
            '1.0x',
            s.baseline.articleHtmlBytes ? `${kb(s.baseline.articleHtmlBytes)} / ${kb(s.baseline.articleHtmlGzip ?? Number.NaN)}` : '-',
            s.baseline.distBytes ? kb(s.baseline.distBytes) : '-',
            s.baseline.loadAvg.toFixed(1),
          ],
          ...s.variants.map((v) => [
            v.label,
            String(v.summary.stepsAfter),
            String(Object.values(v.summary.rowsAfter).reduce((x, y) => x + y, 0)),
            v.timing.ok
              ? seconds(v.timing.ms)
              : v.timing.error?.startsWith('timed out')
                ? `did not finish in ${seconds(v.timeoutMs)}`
                : 'FAILED',
            `${v.timing.ok ? '' : '> '}${v.ratio.toFixed(1)}x`,
            v.timing.articleHtmlBytes ? `${kb(v.timing.articleHtmlBytes)} / ${kb(v.timing.articleHtmlGzip ?? Number.NaN)}` : '-',
            v.timing.distBytes ? kb(v.timing.distBytes) : '-',
            v.timing.loadAvg.toFixed(1),
          ]),
        ],
      ),
    );
    md.push('');
    for (const v of s.variants) {
      if (!v.timing.ok) {
        md.push(
          `**${v.label}: the build failed** (${firstLine(v.timing.error)}; a time limit is a failure too: the run has to end). Last output${v.profile ? '' : ' (the profile of a smaller scaled build below shows where the time goes)'}:`,
        );
        md.push('');
        md.push('```');
        md.push(v.timing.error?.split('\n').slice(1).join('\n').trim() || '(nothing printed before it was stopped)');
        md.push('```');
        md.push('');
      }
      const prof = v.profile;
      if (prof) {
        md.push(
          `Where the time goes in the ${v.label} build (CPU profile, ${seconds(prof.totalMs)} of samples; the profiler adds some overhead):`,
        );
        md.push('');
        md.push(
          table(
            ['function (project code)', 'defined in', 'total (incl. callees)', 'share'],
            prof.byTotal.map((h) => [h.name, h.source ?? h.file, seconds(h.totalMs), `${Math.round((h.totalMs / prof.totalMs) * 100)}%`]),
          ),
        );
        md.push('');
        md.push(
          table(
            ['function (self time)', 'defined in', 'self', 'share'],
            prof.bySelf.map((h) => [h.name, h.source ?? h.file, seconds(h.selfMs), `${Math.round((h.selfMs / prof.totalMs) * 100)}%`]),
          ),
        );
        md.push('');
      }
    }
  }

  if (r.errors.length) {
    md.push('## Errors');
    md.push('');
    for (const e of r.errors) {
      md.push(`- **${e.phase}**:`);
      md.push('');
      md.push('  ```');
      md.push(
        e.message
          .split('\n')
          .slice(0, 20)
          .map((l) => `  ${l}`)
          .join('\n'),
      );
      md.push('  ```');
    }
    md.push('');
  }
  md.push(`_Figures in KB are KiB (${String(KB)} bytes)._`);
  md.push('');
  return md.join('\n');
}
