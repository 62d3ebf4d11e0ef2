/**
 * Lighthouse through Lighthouse CI (`lhci collect` then `lhci assert`, budgets in
 * .lighthouserc.json): N runs per URL with the project's Chromium, in a work folder of its own
 * (LHCI keeps its results in ./.lighthouseci). Medians are computed from the runs LHCI saved; each
 * assertion of the config is reported with its median and LHCI's own pass or fail.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { median } from './util.ts';
import { run } from './util.ts';

export type Preset = 'mobile' | 'desktop';

export interface LhRun {
  url: string;
  /** Category scores, 0–100. */
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
  fcp: number;
  lcp: number;
  tbt: number;
  cls: number;
  domSize: number;
  totalBytes: number;
  /** Fonts the page loaded (Lighthouse `network-requests`, resource type Font): count and bytes transferred. */
  fontCount: number;
  fontBytes: number;
  /** Their file names (hashes dropped), e.g. "inter-latin-wght-normal-es.woff2". */
  fonts: string[];
}

export interface Assertion {
  url: string;
  /** As in .lighthouserc.json, e.g. "categories:performance" or "largest-contentful-paint". */
  key: string;
  op: '>=' | '<=';
  expected: number;
  /** Median over the runs (null when no run of this URL completed). */
  actual: number | null;
  passed: boolean;
}

export interface LhciResult {
  preset: Preset;
  runsPerUrl: number;
  runs: LhRun[];
  medians: Record<string, Omit<LhRun, 'url'>>;
  assertions: Assertion[];
  ms: number;
  errors: string[];
}

interface Lhr {
  requestedUrl: string;
  runtimeError?: { message: string };
  categories: Partial<Record<'performance' | 'accessibility' | 'best-practices' | 'seo', { score: number | null }>>;
  audits: Record<string, { numericValue?: number; details?: { items?: NetworkItem[] } } | undefined>;
}

interface NetworkItem {
  url?: string;
  resourceType?: string;
  transferSize?: number;
}

/** The fonts of a run: every request Lighthouse saw of resource type Font. */
function fontsOf(lhr: Lhr): { fontCount: number; fontBytes: number; fonts: string[] } {
  const items = (lhr.audits['network-requests']?.details?.items ?? []).filter((i) => i.resourceType === 'Font');
  const fonts = items.map((i) => (i.url ?? '').replace(/^.*\//, '').replace(/\.[\w-]{8}(\.woff2?)$/, '$1'));
  return { fontCount: items.length, fontBytes: items.reduce((a, i) => a + (i.transferSize ?? 0), 0), fonts };
}

type AssertionEntry = [string, { minScore?: number; maxNumericValue?: number }];
interface RcFile {
  ci: { assert: { assertMatrix: { matchingUrlPattern: string; assertions: Record<string, AssertionEntry> }[] } };
}
interface LhciFailure {
  url: string;
  auditId: string;
  auditProperty?: string;
  actual: number;
}

const num = (lhr: Lhr, id: string): number => lhr.audits[id]?.numericValue ?? Number.NaN;

export async function runLhci(o: {
  root: string;
  workDir: string;
  urls: string[];
  preset: Preset;
  runs: number;
  chromePath: string;
  timeoutMs: number;
}): Promise<LhciResult> {
  const started = performance.now();
  const config = join(o.root, '.lighthouserc.json');
  const cli = join(o.root, 'node_modules/@lhci/cli/src/cli.js');
  const errors: string[] = [];
  rmSync(o.workDir, { recursive: true, force: true });
  mkdirSync(o.workDir, { recursive: true });
  const collect = await run(
    process.execPath,
    [
      cli,
      'collect',
      `--config=${config}`,
      `--numberOfRuns=${String(o.runs)}`,
      `--chromePath=${o.chromePath}`,
      ...(o.preset === 'desktop' ? ['--settings.preset=desktop'] : []),
      ...o.urls.map((u) => `--url=${u}`),
    ],
    { cwd: o.workDir, timeoutMs: o.timeoutMs },
  );
  if (collect.code !== 0)
    errors.push(
      `lhci collect (${o.preset}) ${collect.timedOut ? 'timed out' : `exited ${String(collect.code)}`}: ${collect.stderr.slice(-1500)}`,
    );

  const dir = join(o.workDir, '.lighthouseci');
  const lhrs = existsSync(dir)
    ? readdirSync(dir)
        .filter((f) => /^lhr-.*\.json$/.test(f))
        .map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as Lhr)
    : [];
  const runs: LhRun[] = [];
  for (const l of lhrs) {
    if (l.runtimeError) {
      errors.push(`Lighthouse ${o.preset} ${l.requestedUrl}: ${l.runtimeError.message}`);
      continue;
    }
    runs.push({
      url: l.requestedUrl,
      performance: Math.round((l.categories.performance?.score ?? Number.NaN) * 100),
      accessibility: Math.round((l.categories.accessibility?.score ?? Number.NaN) * 100),
      bestPractices: Math.round((l.categories['best-practices']?.score ?? Number.NaN) * 100),
      seo: Math.round((l.categories.seo?.score ?? Number.NaN) * 100),
      fcp: num(l, 'first-contentful-paint'),
      lcp: num(l, 'largest-contentful-paint'),
      tbt: num(l, 'total-blocking-time'),
      cls: num(l, 'cumulative-layout-shift'),
      domSize: num(l, 'dom-size'),
      totalBytes: num(l, 'total-byte-weight'),
      ...fontsOf(l),
    });
  }
  const medians: LhciResult['medians'] = {};
  for (const url of o.urls) {
    const r = runs.filter((x) => x.url === url);
    if (r.length === 0) continue;
    const m = (f: (x: LhRun) => number): number => median(r.map(f));
    medians[url] = {
      performance: m((x) => x.performance),
      accessibility: m((x) => x.accessibility),
      bestPractices: m((x) => x.bestPractices),
      seo: m((x) => x.seo),
      fcp: m((x) => x.fcp),
      lcp: m((x) => x.lcp),
      tbt: m((x) => x.tbt),
      cls: m((x) => x.cls),
      domSize: m((x) => x.domSize),
      totalBytes: m((x) => x.totalBytes),
      fontCount: m((x) => x.fontCount),
      fontBytes: m((x) => x.fontBytes),
      fonts: r[0]?.fonts ?? [],
    };
  }

  // LHCI decides pass or fail (and the exit code); its results file lists the failures only.
  const asserted = await run(process.execPath, [cli, 'assert', `--config=${config}`], { cwd: o.workDir, timeoutMs: 120_000 });
  const resultsFile = join(dir, 'assertion-results.json');
  const failures = existsSync(resultsFile) ? (JSON.parse(readFileSync(resultsFile, 'utf8')) as LhciFailure[]) : [];
  if (asserted.code !== 0 && failures.length === 0)
    errors.push(`lhci assert (${o.preset}) exited ${String(asserted.code)}: ${asserted.stderr.slice(-800)}`);
  const rc = JSON.parse(readFileSync(config, 'utf8')) as RcFile;
  const assertions: Assertion[] = [];
  for (const url of o.urls) {
    for (const entry of rc.ci.assert.assertMatrix) {
      if (!new RegExp(entry.matchingUrlPattern).test(url)) continue;
      for (const [key, [, opts]] of Object.entries(entry.assertions)) {
        const min = opts.minScore !== undefined;
        const m = medians[url];
        const actual = !m ? null : median(runs.filter((x) => x.url === url).map((x) => fieldOf(x, key)));
        const failed = failures.some((f) => f.url === url && (f.auditId === key || `${f.auditId}:${f.auditProperty ?? ''}` === key));
        assertions.push({
          url,
          key,
          op: min ? '>=' : '<=',
          expected: (min ? opts.minScore : opts.maxNumericValue) ?? Number.NaN,
          actual,
          passed: actual !== null && !failed && asserted.code !== null,
        });
      }
    }
  }
  return { preset: o.preset, runsPerUrl: o.runs, runs, medians, assertions, ms: performance.now() - started, errors };
}

const FIELDS: Record<string, Exclude<keyof LhRun, 'url' | 'fonts'>> = {
  'categories:performance': 'performance',
  'categories:accessibility': 'accessibility',
  'categories:best-practices': 'bestPractices',
  'categories:seo': 'seo',
  'first-contentful-paint': 'fcp',
  'largest-contentful-paint': 'lcp',
  'total-blocking-time': 'tbt',
  'cumulative-layout-shift': 'cls',
  'dom-size': 'domSize',
  'total-byte-weight': 'totalBytes',
};

function fieldOf(r: LhRun, key: string): number {
  const f = FIELDS[key];
  if (!f) throw new Error(`.lighthouserc.json asserts ${key}, which bench/lib/lhci.ts does not read; add it to FIELDS`);
  // Categories are asserted as scores from 0 to 1.
  return key.startsWith('categories:') ? r[f] / 100 : r[f];
}
