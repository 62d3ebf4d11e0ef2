/**
 * `npm run bench`: builds the site, serves dist/, measures the article and the embed pages with
 * Lighthouse (mobile and desktop), scrolls the article with a slowed CPU, times cold builds of
 * normal and larger content, compares everything with bench/budgets.json, prints a table and
 * writes bench/reports/latest.json and latest.md. Exits 1 when a budget is broken (--no-fail: 0).
 *
 *   npm run bench                 full run (about 10 minutes on 2 cores)
 *   npm run bench -- --quick      1 Lighthouse run, 2 embed pages, no cold build or scaling
 *   npm run bench -- --help       all options
 *
 * A report of figures, not a test: nothing here retries or waits for a figure to improve.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs, type Options } from './lib/args.ts';
import { buildChecks, check, readBudgets, type Check, type LighthousePage } from './lib/budgets.ts';
import { launchChrome } from './lib/chrome.ts';
import { fetchBody, runLighthouse, summarize, type Preset, type PresetResult, type RunFigures } from './lib/lighthouse.ts';
import { discoverPages, fileAsset, readPageAssets, type PageAssets } from './lib/pages.ts';
import { summarizeProfile } from './lib/profile.ts';
import { consoleReport, markdownReport, type BenchResult, type ScaleVariant } from './lib/report.ts';
import { coldBuild, makeWorkspace, scaleContent, type BuildTiming, type Workspace } from './lib/scale.ts';
import { measureScroll } from './lib/scroll.ts';
import { traceScroll } from './lib/trace.ts';
import { serveDist, serveGzip, type Served } from './lib/server.ts';
import { errorMessage, killGroup, lastLines, log, run, running, seconds } from './lib/util.ts';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..');
const dist = join(root, 'dist');
const reports = join(here, 'reports');
const lhDir = join(reports, 'tmp', 'lighthouse');

const STEP_FACTOR = 4;
const ROW_FACTOR = 100;

function git(args: string[]): string {
  try {
    return execFileSync('git', args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return '';
  }
}

function lighthouseVersion(): string {
  try {
    return (JSON.parse(readFileSync(join(root, 'node_modules/lighthouse/package.json'), 'utf8')) as { version: string }).version;
  } catch {
    return 'unknown';
  }
}

async function buildProject(result: BenchResult): Promise<boolean> {
  log('npm run build …');
  const npm = process.env['npm_execpath'];
  // Under npm, run the build CLI the way `npm run build` does (same Node); else via npm itself.
  const r = npm
    ? await run(process.execPath, [npm, 'run', 'build', '--silent'], { cwd: root })
    : await run('npm', ['run', 'build', '--silent'], { cwd: root });
  const ok = r.code === 0;
  result.build.warm = {
    ok,
    ms: r.ms,
    ...(ok ? {} : { error: `exit code ${String(r.code)}\n${lastLines(`${r.stdout}\n${r.stderr}`, 25)}` }),
  };
  log(ok ? `built in ${seconds(r.ms)}` : `build FAILED:\n${lastLines(r.stderr, 15)}`);
  return ok;
}

async function lighthousePages(o: Options, result: BenchResult, served: Served, site: string): Promise<void> {
  const pages = discoverPages(site, o.embeds);
  for (const page of pages) {
    const runs = page.kind === 'article' ? o.runs : o.embedRuns;
    const entry: LighthousePage = { page, presets: [] };
    result.lighthouse.push(entry);
    for (const preset of ['mobile', 'desktop'] as Preset[]) {
      const figures: RunFigures[] = [];
      const slug = page.path === '/' ? 'article' : page.path.replace(/^\/|\/$/g, '').replace(/\//g, '_');
      // A run that Lighthouse itself could not complete (e.g. NO_NAVSTART, a trace it failed to
      // record) has no figures; it is repeated (at most two extra attempts per page and preset) and never counted.
      for (let i = 0, attempts = 0; i < runs && attempts < runs + 2; attempts++) {
        const started = performance.now();
        const label = `lighthouse ${page.path} ${preset} ${String(i + 1)}/${String(runs)}`;
        try {
          const f = await runLighthouse(
            `${served.origin}${page.path}`,
            preset,
            i === runs - 1 ? join(lhDir, `${slug}.${preset}.json`) : undefined,
          );
          if (f.runtimeError) {
            result.errors.push({ phase: label, message: `Lighthouse runtime error (run repeated, not counted): ${f.runtimeError}` });
            log(`${label}: Lighthouse runtime error, repeating: ${f.runtimeError}`);
            continue;
          }
          figures.push(f);
          i++;
          log(
            `${label}: perf ${String(f.scores.performance)}, TBT ${Math.round(f.tbt).toString()} ms, CLS ${f.cls.toFixed(3)} (${seconds(performance.now() - started)})`,
          );
        } catch (err) {
          entry.error = errorMessage(err);
          result.errors.push({ phase: label, message: errorMessage(err) });
          log(`${label} FAILED: ${errorMessage(err).split('\n')[0] ?? ''}`);
        }
      }
      if (figures.length) entry.presets.push(summarize(preset, figures));
    }
  }
}

async function referenceRun(result: BenchResult, served: Served): Promise<void> {
  const gz = await serveGzip(served.origin);
  try {
    const presets: PresetResult[] = [];
    for (const preset of ['mobile', 'desktop'] as Preset[]) {
      const f = await runLighthouse(`${gz.origin}/`, preset, join(lhDir, `article.gzip-reference.${preset}.json`));
      log(`lighthouse / ${preset}, gzip-served reference: perf ${String(f.scores.performance)}, FCP ${Math.round(f.fcp).toString()} ms`);
      presets.push(summarize(preset, [f]));
    }
    result.reference = presets;
  } finally {
    await gz.close();
  }
}

async function scaling(o: Options, result: BenchResult): Promise<void> {
  let ws: Workspace | undefined;
  try {
    ws = makeWorkspace(root);
    log(`cold build of the normal content in ${ws.dir} …`);
    // Twice: the machine is shared, so the faster of two cold builds is the reference.
    const first = await coldBuild(ws.dir, process.execPath, 5 * 60_000);
    log(first.ok ? `cold build: ${seconds(first.ms)}` : `cold build FAILED: ${first.error ?? ''}`);
    const second = first.ok ? await coldBuild(ws.dir, process.execPath, 5 * 60_000) : first;
    if (second !== first) log(second.ok ? `cold build again: ${seconds(second.ms)}` : `cold build FAILED: ${second.error ?? ''}`);
    const baseline = second.ok && second.ms < first.ms ? second : first;
    if (!o.skip.has('cold')) result.build.cold = baseline;
    result.build.coldRuns = [first.ms, ...(second !== first ? [second.ms] : [])];
    if (o.skip.has('scaling')) return;
    result.scaling = { baseline, variants: [] };
    // The full scale asked for (4x steps, 100x rows), then two smaller ones that show how build
    // time grows with steps alone and with rows (profiled, to show where the time goes).
    const variants: { label: string; steps: number; rows: number; timeoutMs: number; profile: boolean }[] = [
      {
        label: `${String(STEP_FACTOR)}x steps, ${String(ROW_FACTOR)}x rows`,
        steps: STEP_FACTOR,
        rows: ROW_FACTOR,
        timeoutMs: o.scaleTimeoutMs,
        profile: false,
      },
      { label: `${String(STEP_FACTOR)}x steps, 1x rows`, steps: STEP_FACTOR, rows: 1, timeoutMs: 5 * 60_000, profile: false },
      { label: `${String(STEP_FACTOR)}x steps, 5x rows`, steps: STEP_FACTOR, rows: 5, timeoutMs: 5 * 60_000, profile: true },
    ];
    for (const v of variants) {
      ws.restoreContent();
      const summary = scaleContent(ws.dir, v.steps, v.rows);
      const profDir = join(ws.dir, '.cpu-profile');
      log(`cold build, ${v.label} (limit ${seconds(v.timeoutMs)}) …`);
      const timing: BuildTiming = await coldBuild(ws.dir, process.execPath, v.timeoutMs, v.profile ? profDir : undefined);
      const variant: ScaleVariant = { label: v.label, summary, timing, ratio: timing.ms / baseline.ms, timeoutMs: v.timeoutMs };
      if (v.profile && timing.ok) {
        try {
          const file = readdirSync(profDir).find((f) => f.endsWith('.cpuprofile'));
          if (file) variant.profile = summarizeProfile(join(profDir, file), join(root, 'src'));
        } catch (err) {
          result.errors.push({ phase: `profile ${v.label}`, message: errorMessage(err) });
        }
        rmSync(profDir, { recursive: true, force: true });
      }
      result.scaling.variants.push(variant);
      log(
        timing.ok
          ? `${v.label}: ${seconds(timing.ms)} (${variant.ratio.toFixed(1)}x)`
          : `${v.label}: FAILED after ${seconds(timing.ms)}: ${(timing.error ?? '').split('\n')[0] ?? ''}`,
      );
    }
  } finally {
    ws?.remove();
  }
}

async function main(): Promise<number> {
  let o: Options;
  try {
    o = parseArgs(process.argv.slice(2));
  } catch (err) {
    console.error(err instanceof Error ? err.message : String(err));
    return 2;
  }
  const started = performance.now();
  const budgets = readBudgets(join(here, 'budgets.json'));
  const result: BenchResult = {
    meta: {
      startedAt: new Date().toISOString(),
      durationMs: 0,
      commit: git(['rev-parse', 'HEAD']),
      uncommittedChanges: git(['status', '--porcelain', '--untracked-files=no']) !== '',
      node: process.version,
      chromium: '',
      lighthouse: lighthouseVersion(),
      serverCompresses: false,
      partial: o.quick || o.skip.size > 0 || o.runs < 3,
      cpus: cpus().length,
      loadAvgStart: loadavg(),
      loadAvgEnd: [],
      options: { ...o, skip: [...o.skip] },
    },
    build: {},
    assets: [],
    lighthouse: [],
    checks: [],
    errors: [],
  };
  const extraChecks: Check[] = [];

  try {
    const c = await launchChrome();
    result.meta.chromium = c.version;
    await c.stop();
  } catch (err) {
    result.errors.push({ phase: 'chromium', message: errorMessage(err) });
  }

  if (o.build && !o.skip.has('build')) {
    if (!(await buildProject(result))) extraChecks.push(check('build', 'npm run build succeeds', null, 'count', '<=', 0));
  } else log('reusing dist/ (no build)');

  // Others may rebuild dist/ while this runs: everything is measured on a private copy of it.
  const site = mkdtempSync(join(tmpdir(), 'bench-dist-'));
  cpSync(dist, site, { recursive: true });
  const pages = discoverPages(site, o.embeds);
  result.assets = pages.map((p): PageAssets => readPageAssets(site, p.path));
  const loader = fileAsset(site, '/embed.js');
  if (loader) result.embedLoader = loader;

  const served = await serveDist(site);
  const probe = await fetchBody(`${served.origin}/`);
  result.meta.serverCompresses = probe.contentEncoding === 'gzip';
  log(`serving a copy of dist/ at ${served.origin} (${result.meta.serverCompresses ? 'gzip-compressed' : 'uncompressed'})`);
  try {
    if (!o.skip.has('lighthouse')) {
      rmSync(lhDir, { recursive: true, force: true });
      await lighthousePages(o, result, served, site);
    }
    // The reference run shows what compression would change; moot when the server compresses.
    if (!o.skip.has('reference') && !result.meta.serverCompresses) {
      try {
        await referenceRun(result, served);
      } catch (err) {
        result.errors.push({ phase: 'gzip reference run', message: errorMessage(err) });
      }
    }
    if (!o.skip.has('scroll')) {
      log('scrolling the article at 1280x800 and 375x740, CPU 4x slower …');
      try {
        result.scroll = await measureScroll(
          served.origin,
          [
            { width: 1280, height: 800 },
            { width: 375, height: 740 },
          ],
          o.scrollPx,
          o.scrollDriver,
        );
        for (const s of result.scroll)
          log(
            `scroll ${String(s.viewport.width)}x${String(s.viewport.height)}: longest task ${Math.round(s.longestTaskMs).toString()} ms, ${String(s.longTaskCount)} long tasks, p95 frame ${Math.round(s.p95FrameMs).toString()} ms`,
          );
      } catch (err) {
        result.errors.push({ phase: 'scroll', message: errorMessage(err) });
        extraChecks.push(
          check('/ scrolling', 'long tasks (> 50 ms) while scrolling', null, 'count', '<=', budgets.article.scrollLongTasksMax),
        );
      }
    }
    if (o.trace) {
      log('traced scroll at 1280x800 (diagnosis) …');
      try {
        result.trace = [await traceScroll(served.origin, site, { width: 1280, height: 800 }, o.scrollPx)];
      } catch (err) {
        result.errors.push({ phase: 'trace', message: errorMessage(err) });
      }
    }
  } finally {
    await served.close();
    rmSync(site, { recursive: true, force: true });
  }

  if (!o.skip.has('cold') || !o.skip.has('scaling')) {
    try {
      await scaling(o, result);
    } catch (err) {
      result.errors.push({ phase: 'cold build / scaling', message: errorMessage(err) });
    }
  }

  result.checks = [...extraChecks, ...buildChecks(budgets, result.assets, result.lighthouse, result.scroll, result.embedLoader?.gzip ?? 0)];
  // A page whose Lighthouse runs all failed has no figures: its budgets count as broken.
  for (const p of result.lighthouse)
    if (p.presets.length === 0) result.checks.push(check(p.page.path, 'Lighthouse ran', null, 'count', '<=', 0, p.error?.split('\n')[0]));
  result.meta.durationMs = performance.now() - started;
  result.meta.loadAvgEnd = loadavg();

  mkdirSync(reports, { recursive: true });
  const json = `${JSON.stringify(result, null, 2)}\n`;
  const md = markdownReport(result);
  writeFileSync(join(reports, 'latest.json'), json);
  writeFileSync(join(reports, 'latest.md'), md);
  // A complete run is also kept as full.*, so quick or partial runs while iterating do not replace it.
  if (!result.meta.partial) {
    writeFileSync(join(reports, 'full.json'), json);
    writeFileSync(join(reports, 'full.md'), md);
  }
  console.log(`\n${consoleReport(result)}\n`);
  console.log(
    `Report: bench/reports/latest.md (figures: latest.json${result.meta.partial ? '' : '; also kept as full.md / full.json'}; Lighthouse reports: bench/reports/tmp/lighthouse/). ${seconds(result.meta.durationMs)}.`,
  );
  const failed = result.checks.filter((c) => !c.pass).length;
  if (failed > 0 && o.fail) {
    console.log(`${String(failed)} budget check(s) broken; exiting 1 (use --no-fail to exit 0).`);
    return 1;
  }
  return 0;
}

const stop = (signal: NodeJS.Signals): void => {
  for (const pid of running) killGroup(pid);
  process.exit(signal === 'SIGINT' ? 130 : 143);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);

main().then(
  (code) => {
    process.exit(code);
  },
  (err: unknown) => {
    console.error(errorMessage(err));
    for (const pid of running) killGroup(pid);
    process.exit(2);
  },
);
