/**
 * `npm run bench`: builds the site and measures it against the targets of issue 9 with well-kept
 * tools (Lighthouse CI, size-limit, `vitest bench`) plus the project's own scroll long-task
 * measurement and build-scaling runs; writes bench/reports/latest.json and latest.md, prints the
 * targets table and exits 1 when a budget is broken (--no-fail: 0). `--quick` for iterating.
 * A report of figures, not a test: nothing here retries or waits for a figure to improve.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readOptions, USAGE, type Options } from './lib/options.ts';
import { chromiumPath } from './lib/chrome.ts';
import { runLayoutBench } from './lib/layout.ts';
import { runLhci, type Preset } from './lib/lhci.ts';
import { editionBuilds } from './lib/edition-builds.ts';
import { builtEditions, editionPath, embedCharts, readEditionPage } from './lib/editions.ts';
import { consoleReport, markdownReport, missedCount, type BenchResult } from './lib/report.ts';
import { coldBuild, makeWorkspace, readDatasets, repeatCsvRows, scaleDatasets, versionForm } from './lib/scale.ts';
import { measureScroll } from './lib/scroll.ts';
import { serveDist } from './lib/server.ts';
import { runSizeLimit } from './lib/sizes.ts';
import { editionTargets, readBudgets, targets } from './lib/targets.ts';
import { traceScroll } from './lib/trace.ts';
import { errorMessage, killGroup, lastLines, log, run, running, seconds } from './lib/util.ts';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..');
const reports = join(here, 'reports');
const tmp = join(reports, 'tmp');

function git(args: string[]): string {
  try {
    return execFileSync('git', args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return '';
  }
}

/** Runs `fn` as a named phase: its time is recorded, its failure reported without stopping the run. */
async function phase(r: BenchResult, name: string, fn: () => Promise<void>): Promise<void> {
  const started = performance.now();
  try {
    await fn();
  } catch (err) {
    r.errors.push({ phase: name, message: errorMessage(err) });
    log(`${name} FAILED: ${errorMessage(err).split('\n')[0] ?? ''}`);
  }
  r.meta.phasesMs[name] = performance.now() - started;
}

async function measureSite(o: Options, r: BenchResult): Promise<void> {
  // Everything is measured on a private copy of dist/, so a rebuild during the run changes nothing.
  const site = mkdtempSync(join(tmpdir(), 'bench-dist-'));
  cpSync(join(root, 'dist'), site, { recursive: true });
  r.htmlBytes = statSync(join(site, 'index.html')).size;
  r.editions = builtEditions(site, o.editions);
  r.pages = r.editions.map((l) => readEditionPage(site, l));
  log(`editions: ${r.editions.join(', ')}`);
  const served = await serveDist(site, o.port);
  log(`serving a copy of dist/ at ${served.origin}`);
  try {
    if (!o.skip.has('lighthouse'))
      await phase(r, 'lighthouse', async () => {
        // Every edition's article; embeds: the first chart of every edition, and in a full run
        // every chart of the English edition, as before the editions.
        const articles = r.editions.map((l) => `${served.origin}${editionPath(l)}`);
        const embeds = r.editions.flatMap((l) => {
          const charts = embedCharts(site, l);
          return (o.quick || l !== 'en' ? charts.slice(0, 1) : charts).map((c) => `${served.origin}${editionPath(l)}embed/${c}/`);
        });
        const jobs: { name: string; preset: Preset; urls: string[]; runs: number }[] = [
          { name: 'mobile-article', preset: 'mobile', urls: articles, runs: o.runs },
          { name: 'mobile-embeds', preset: 'mobile', urls: embeds, runs: 1 },
          { name: 'desktop-article', preset: 'desktop', urls: articles, runs: o.runs },
        ];
        for (const j of jobs) {
          log(`lhci ${j.name}: ${String(j.urls.length)} URL(s) x ${String(j.runs)} run(s) …`);
          const res = await runLhci({ root, workDir: join(tmp, 'lhci', j.name), chromePath: chromiumPath(), timeoutMs: 10 * 60_000, ...j });
          r.lighthouse.push(res);
          for (const e of res.errors) r.errors.push({ phase: `lhci ${j.name}`, message: e });
          log(
            `lhci ${j.name}: ${res.assertions.filter((a) => !a.passed).length} of ${res.assertions.length} assertions missed (${seconds(res.ms)})`,
          );
        }
      });
    if (!o.skip.has('scroll'))
      await phase(r, 'scroll', async () => {
        log('scrolling the story at 1280x800 and 375x740, CPU 4x slower …');
        const viewports = [
          { width: 1280, height: 800 },
          { width: 375, height: 740 },
        ];
        r.scroll = await measureScroll(served.origin, viewports, 16);
        for (const s of r.scroll)
          log(
            `scroll ${String(s.viewport.width)} px: ${String(s.longTaskCount)} long tasks, longest ${String(Math.round(s.longestTaskMs))} ms`,
          );
        if (o.trace) r.trace = [await traceScroll(served.origin, site, viewports[0] ?? { width: 1280, height: 800 }, 16)];
      });
  } finally {
    await served.close();
    rmSync(site, { recursive: true, force: true });
  }
}

async function buildScaling(o: Options, r: BenchResult): Promise<void> {
  const ws = makeWorkspace(root);
  try {
    const originals = readDatasets(ws.dir);
    r.versionForm = await versionForm(ws.dir);
    r.builds = [];
    for (const factor of o.factors) {
      // More rows never build faster: after a build that did not finish, larger ones are not tried.
      const stuck = r.builds.find((x) => x.timedOut);
      if (stuck) {
        log(`${String(factor)}x: not run (${String(stuck.factor)}x did not finish)`);
        r.builds.push({
          factor,
          rows: 0,
          ok: false,
          ms: Number.NaN,
          timedOut: false,
          timeoutMs: o.scaleTimeoutMs,
          loadAvg: Number.NaN,
          skipped: `not run: ${String(stuck.factor)}x did not finish in ${seconds(stuck.timeoutMs)}`,
        });
        continue;
      }
      let rows = [...originals.values()].reduce((a, t) => a + repeatCsvRows(t, 1).rows, 0);
      if (factor > 1) {
        log(`recording every dataset with ${String(factor)}x rows (data:version, ${r.versionForm} form) …`);
        rows = await scaleDatasets(ws.dir, originals, factor, r.versionForm);
      }
      log(`cold build with ${String(factor)}x rows (limit ${seconds(o.scaleTimeoutMs)}) …`);
      const b = await coldBuild(ws.dir, factor, rows, o.scaleTimeoutMs);
      r.builds.push(b);
      log(b.ok ? `${String(factor)}x: ${seconds(b.ms)}` : `${String(factor)}x: ${(b.error ?? '').split('\n')[0] ?? ''}`);
      if (!b.ok && !b.timedOut) r.errors.push({ phase: `build ${String(factor)}x`, message: b.error ?? '' });
    }
  } finally {
    ws.remove();
  }
}

async function main(): Promise<number> {
  let o: Options | undefined;
  try {
    o = readOptions(process.argv.slice(2));
  } catch (err) {
    console.error(err instanceof Error ? err.message : String(err));
    return 2;
  }
  if (!o) {
    console.log(USAGE);
    return 0;
  }
  const started = performance.now();
  const r: BenchResult = {
    meta: {
      startedAt: new Date().toISOString(),
      durationMs: 0,
      commit: git(['rev-parse', 'HEAD']),
      uncommittedChanges: git(['status', '--porcelain', '--untracked-files=no']) !== '',
      node: process.version,
      cpus: cpus().length,
      loadAvgStart: loadavg(),
      loadAvgEnd: [],
      options: { ...o, skip: [...o.skip] },
      phasesMs: {},
    },
    editions: [],
    lighthouse: [],
    editionTargets: [],
    targets: [],
    errors: [],
  };
  rmSync(tmp, { recursive: true, force: true });
  if (o.build)
    await phase(r, 'build', async () => {
      log('npm run build …');
      const npm = process.env['npm_execpath'];
      const b = npm
        ? await run(process.execPath, [npm, 'run', 'build', '--silent'], { cwd: root })
        : await run('npm', ['run', 'build', '--silent'], { cwd: root });
      if (b.code !== 0) throw new Error(`npm run build failed:\n${lastLines(`${b.stdout}\n${b.stderr}`, 20)}`);
      log(`built in ${seconds(b.ms)}`);
    });
  if (!o.skip.has('size'))
    await phase(r, 'size-limit', async () => {
      const s = await runSizeLimit(root);
      if (s.error) throw new Error(s.error);
      r.sizes = s.checks;
    });
  await measureSite(o, r).catch((err: unknown) => {
    r.errors.push({ phase: 'serving dist/', message: errorMessage(err) });
  });
  if (!o.skip.has('layout'))
    await phase(r, 'layout', async () => {
      log(`vitest bench: layouts with ${o.factors.map((f) => `${String(f)}x`).join(', ')} rows …`);
      r.layout = await runLayoutBench(root, o.factors, o.layoutTimeoutMs, 20_000);
      for (const e of r.layout.errors) r.errors.push({ phase: 'layout', message: e });
    });
  if (!o.skip.has('scaling')) await phase(r, 'scaling', () => buildScaling(o, r));
  const budgets = readBudgets(join(here, 'budgets.json'));
  if (!o.skip.has('editions'))
    await phase(r, 'editions', async () => {
      r.editionBuilds = await editionBuilds({
        root,
        baseline: o.baseline ?? budgets.englishOnlyBuild.commit,
        counts: o.editionCounts,
        timeoutMs: o.scaleTimeoutMs,
      });
      for (const b of r.editionBuilds) if (!b.run.ok) r.errors.push({ phase: `build ${b.label}`, message: b.run.error ?? '' });
    });

  r.editionTargets = editionTargets(budgets, r);
  r.targets = targets(budgets, r);
  r.meta.durationMs = performance.now() - started;
  r.meta.loadAvgEnd = loadavg();
  mkdirSync(reports, { recursive: true });
  writeFileSync(join(reports, 'latest.json'), `${JSON.stringify(r, null, 2)}\n`);
  writeFileSync(join(reports, 'latest.md'), markdownReport(r));
  console.log(`\n${consoleReport(r)}\n`);
  console.log(`Report: bench/reports/latest.md (every figure: latest.json). The benchmark took ${seconds(r.meta.durationMs)}.`);
  const missed = missedCount(r);
  if (missed > 0 && o.fail) {
    console.log(`${String(missed)} budget(s) missed; exiting 1 (--no-fail to exit 0).`);
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
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(errorMessage(err));
    for (const pid of running) killGroup(pid);
    process.exit(2);
  },
);
