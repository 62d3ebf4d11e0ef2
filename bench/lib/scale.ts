/**
 * Build scaling as an editor would make it: a copy of the project (node_modules linked, never the
 * shared dist/ or caches), every dataset's rows repeated N times with new ids, each change recorded
 * with the project's `data:version` command, then a cold build, timed, with its peak memory
 * (/usr/bin/time -v), the article's HTML size and its element count at load (Chromium, no script).
 */
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from '@playwright/test';
import { parse } from 'csv-parse/sync';
import { CHROMIUM_ARGS, findChromium } from '../../src/cli/browser.ts';
import { lastLines, run } from './util.ts';

/** Not copied: build output, caches, test output, history, and the benchmark's own reports. */
const EXCLUDE = new Set(['node_modules', 'dist', '.astro', '.git', 'test-results', 'playwright-report', 'bench']);

export interface Workspace {
  dir: string;
  remove: () => void;
}

export function makeWorkspace(root: string): Workspace {
  const dir = mkdtempSync(join(tmpdir(), 'bench-build-'));
  for (const e of readdirSync(root)) {
    if (EXCLUDE.has(e) || e.startsWith('.dist-')) continue;
    cpSync(join(root, e), join(dir, e), { recursive: true });
  }
  return linkedWorkspace(root, dir);
}

/**
 * The copy in `dir` made a workspace: node_modules a real folder of links to `root`'s packages,
 * so Astro's cache (node_modules/.astro) stays inside the copy.
 */
export function linkedWorkspace(root: string, dir: string): Workspace {
  mkdirSync(join(dir, 'node_modules'));
  for (const e of readdirSync(join(root, 'node_modules'))) {
    if (e === '.astro' || e === '.vite' || e === '.cache') continue;
    symlinkSync(join(root, 'node_modules', e), join(dir, 'node_modules', e));
  }
  return {
    dir,
    remove: () => {
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * How the checkout's `data:version` takes a change: `<id> --kind internal "why"` where the CLI
 * knows --kind (the versioning with change kinds), else `<id> "why"`. Read once from its usage text.
 */
export async function versionForm(dir: string): Promise<'kind' | 'plain'> {
  const r = await run(process.execPath, ['src/cli/data-version.ts', '--help'], { cwd: dir, timeoutMs: 60_000 });
  return /--kind\b/.test(`${r.stdout}\n${r.stderr}`) ? 'kind' : 'plain';
}

function csvCell(v: string): string {
  return /[",\n\r]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}

/** Each data row followed by factor - 1 copies whose ids are suffixed -r2, -r3, …; other cells unchanged. */
export function repeatCsvRows(text: string, factor: number): { text: string; rows: number } {
  const records: string[][] = parse(text, { bom: true, skip_empty_lines: true, relax_column_count: true });
  const [header, ...rows] = records;
  if (!header) return { text, rows: 0 };
  const idCol = header.map((h) => h.trim()).indexOf('id');
  const out: string[][] = [header];
  for (const row of rows) {
    out.push(row);
    for (let k = 2; k <= factor; k++) out.push(row.map((v, j) => (j === idCol ? `${v.trim()}-r${String(k)}` : v)));
  }
  return { text: `${out.map((r) => r.map(csvCell).join(',')).join('\n')}\n`, rows: out.length - 1 };
}

/**
 * Writes every dataset `factor` times as long (from `originals`) and records each with the copy's
 * own data:version script (its `node` replaced by this Node; npm's start-up adds nothing measured).
 */
export async function scaleDatasets(dir: string, originals: Map<string, string>, factor: number, form: 'kind' | 'plain'): Promise<number> {
  const script = (JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts[
    'data:version'
  ];
  const argv = (script ?? 'node src/cli/data-version.ts').split(/\s+/).slice(1);
  let total = 0;
  for (const [id, text] of originals) {
    const scaled = repeatCsvRows(text, factor);
    writeFileSync(join(dir, 'content/datasets', `${id}.csv`), scaled.text);
    total += scaled.rows;
    const why = `Benchmark: every row repeated ${String(factor)}x with new ids`;
    const args = form === 'kind' ? [id, '--kind', 'internal', why] : [id, why];
    const r = await run(process.execPath, [...argv, ...args], { cwd: dir, timeoutMs: 120_000 });
    if (r.code !== 0)
      throw new Error(`data:version ${args.join(' ')} failed (exit ${String(r.code)}):\n${lastLines(`${r.stdout}\n${r.stderr}`, 15)}`);
  }
  return total;
}

export function readDatasets(dir: string): Map<string, string> {
  const d = join(dir, 'content/datasets');
  return new Map(
    readdirSync(d)
      .filter((f) => f.endsWith('.csv'))
      .sort()
      .map((f) => [f.slice(0, -'.csv'.length), readFileSync(join(d, f), 'utf8')]),
  );
}

export interface BuildRun {
  factor: number;
  rows: number;
  ok: boolean;
  ms: number;
  timedOut: boolean;
  timeoutMs: number;
  /** 1-minute load average when the build started (the machine is shared). */
  loadAvg: number;
  /** Peak resident memory of the build process, KB (/usr/bin/time -v). */
  maxRssKB?: number;
  htmlBytes?: number;
  elements?: number;
  error?: string;
  /** Why this build was not attempted. */
  skipped?: string;
  /** The time the build CLI reports itself ("Built dist/ in 6.6 s": Astro, embed loader and PNGs, without the content check). */
  reportedMs?: number;
}

/** Removes build output and caches, then runs the copy's build CLI under /usr/bin/time -v. */
export async function coldBuild(dir: string, factor: number, rows: number, timeoutMs: number): Promise<BuildRun> {
  for (const p of ['dist', '.astro', 'node_modules/.astro', 'node_modules/.vite']) rmSync(join(dir, p), { recursive: true, force: true });
  const timed = existsSync('/usr/bin/time');
  const [cmd, args] = timed ? ['/usr/bin/time', ['-v', process.execPath, 'src/cli/build.ts']] : [process.execPath, ['src/cli/build.ts']];
  const loadAvg = loadavg()[0] ?? Number.NaN;
  const r = await run(cmd, args, { cwd: dir, timeoutMs });
  const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(r.stderr)?.[1];
  const reported = /Built dist\/ in ([\d.]+) s/.exec(r.stdout)?.[1];
  const base = {
    factor,
    rows,
    ms: r.ms,
    timedOut: r.timedOut,
    timeoutMs,
    loadAvg,
    ...(rss ? { maxRssKB: Number(rss) } : {}),
    ...(reported ? { reportedMs: Number(reported) * 1000 } : {}),
  };
  const article = join(dir, 'dist', 'index.html');
  if (r.code !== 0 || !existsSync(article)) {
    const why = r.timedOut ? `did not finish in ${String(Math.round(timeoutMs / 1000))} s` : `exit code ${String(r.code)}`;
    return {
      ...base,
      ok: false,
      error: `${why}\n${lastLines(`${r.stdout}\n${r.stderr}`.replace(/\n\s+Command being timed[\s\S]*$/, ''), 15)}`,
    };
  }
  return { ...base, ok: true, htmlBytes: statSync(article).size, elements: await countElements(article) };
}

/** Elements in the article's DOM once parsed, before any script runs (as the reader's browser builds it). */
export async function countElements(file: string): Promise<number> {
  const browser = await chromium.launch({ executablePath: findChromium() ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
  try {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    // Only the HTML: its subresources (absolute /_astro/ URLs) are irrelevant to the count.
    await page.route(/^(?!file:)/, (route) => route.abort());
    await page.goto(pathToFileURL(file).href, { waitUntil: 'domcontentloaded', timeout: 120_000 });
    return await page.evaluate(() => document.getElementsByTagName('*').length);
  } finally {
    await browser.close();
  }
}
