/**
 * Build timing in a throwaway copy of the project (so the shared dist/ and caches are never
 * touched): a cold build of the content as it is, then a cold build of larger content, with every
 * chapter's scroll steps repeated (new step ids) and every dataset's rows repeated (new row ids,
 * other cells unchanged), the version lock and the archived current version updated to match.
 *
 * The copy has src/, content/, public/, astro.config.mjs, tsconfig.json, package.json, and a real
 * node_modules/ folder whose entries are symlinks to the project's, so Astro's cache
 * (node_modules/.astro) stays inside the copy.
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
import { parse } from 'csv-parse/sync';
import { archivePath, csvHash, LOCK_FILE, type Lock } from '../../src/content/lock.ts';
import { gzipSize, lastLines, run } from './util.ts';

export interface Workspace {
  dir: string;
  /** Puts back content/ as it was copied (scaleContent rewrites it in place). */
  restoreContent: () => void;
  remove: () => void;
}

export function makeWorkspace(root: string): Workspace {
  const dir = mkdtempSync(join(tmpdir(), 'bench-build-'));
  for (const entry of ['src', 'content', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json']) {
    if (existsSync(join(root, entry))) cpSync(join(root, entry), join(dir, entry), { recursive: true });
  }
  const modules = join(root, 'node_modules');
  mkdirSync(join(dir, 'node_modules'));
  for (const e of readdirSync(modules)) {
    if (e === '.astro' || e === '.vite' || e === '.cache') continue;
    symlinkSync(join(modules, e), join(dir, 'node_modules', e));
  }
  const pristine = mkdtempSync(join(tmpdir(), 'bench-content-'));
  cpSync(join(dir, 'content'), pristine, { recursive: true });
  return {
    dir,
    restoreContent: () => {
      rmSync(join(dir, 'content'), { recursive: true, force: true });
      cpSync(pristine, join(dir, 'content'), { recursive: true });
    },
    remove: () => {
      rmSync(dir, { recursive: true, force: true });
      rmSync(pristine, { recursive: true, force: true });
    },
  };
}

export interface BuildTiming {
  ok: boolean;
  ms: number;
  /** 1-minute load average when the build started (the machine is shared: context for the time). */
  loadAvg: number;
  /** Why it failed: exit code and the last lines it printed. */
  error?: string;
  distBytes?: number;
  pages?: number;
  articleHtmlBytes?: number;
  articleHtmlGzip?: number;
}

function walk(dir: string): { files: number; bytes: number; html: number } {
  let files = 0;
  let bytes = 0;
  let html = 0;
  const visit = (d: string): void => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) visit(p);
      else {
        files++;
        bytes += statSync(p).size;
        if (e.name.endsWith('.html')) html++;
      }
    }
  };
  if (existsSync(dir)) visit(dir);
  return { files, bytes, html };
}

/** Removes the build output and every cache, then runs the project's build CLI in `dir`. */
export async function coldBuild(dir: string, nodeBin: string, timeoutMs: number, profileDir?: string): Promise<BuildTiming> {
  for (const p of ['dist', '.astro', 'node_modules/.astro', 'node_modules/.vite']) rmSync(join(dir, p), { recursive: true, force: true });
  const profile = profileDir ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : [];
  const load = loadavg()[0] ?? Number.NaN;
  const r = await run(nodeBin, [...profile, 'src/cli/build.ts'], { cwd: dir, timeoutMs });
  if (r.code !== 0 || !existsSync(join(dir, 'dist', 'index.html'))) {
    const why = r.timedOut ? `timed out after ${Math.round(timeoutMs / 1000)} s` : `exit code ${String(r.code)}`;
    return { ok: false, ms: r.ms, loadAvg: load, error: `${why}\n${lastLines(`${r.stdout}\n${r.stderr}`, 25)}` };
  }
  const w = walk(join(dir, 'dist'));
  const article = readFileSync(join(dir, 'dist', 'index.html'));
  return {
    ok: true,
    ms: r.ms,
    loadAvg: load,
    distBytes: w.bytes,
    pages: w.html,
    articleHtmlBytes: article.length,
    articleHtmlGzip: gzipSize(article),
  };
}

export interface ScaleSummary {
  stepFactor: number;
  rowFactor: number;
  stepsBefore: number;
  stepsAfter: number;
  rowsBefore: Record<string, number>;
  rowsAfter: Record<string, number>;
}

/** Repeats each `::: step` block (stepFactor - 1 extra copies right after it, ids suffixed -copy-N). */
export function scaleStory(text: string, factor: number): { text: string; before: number; after: number } {
  const lines = text.split('\n');
  const out: string[] = [];
  let before = 0;
  let after = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    const open = /^:::\s*step\b(.*)$/.exec(line);
    if (!open) {
      out.push(line);
      continue;
    }
    let end = i + 1;
    while (end < lines.length && !/^:::\s*$/.test(lines[end] ?? '')) end++;
    const block = lines.slice(i, end + 1);
    before++;
    for (let k = 1; k <= factor; k++) {
      const copy = k === 1 ? block : [line.replace(/\bid=([a-z0-9-]+)/, `id=$1-copy-${k}`), ...block.slice(1)];
      out.push(...copy);
      if (k < factor) out.push('');
      after++;
    }
    i = end;
  }
  return { text: out.join('\n'), before, after };
}

function csvCell(v: string): string {
  return /[",\n\r]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}

/** Repeats each data row (factor - 1 extra copies right after it, ids suffixed -rN). */
export function scaleCsv(text: string, factor: number): { text: string; before: number; after: number } {
  const records: string[][] = parse(text, { bom: true, skip_empty_lines: true, relax_column_count: true });
  const [header, ...rows] = records;
  if (!header) return { text, before: 0, after: 0 };
  const idCol = header.map((h) => h.trim()).indexOf('id');
  const out: string[][] = [header];
  for (const row of rows) {
    out.push(row);
    for (let k = 2; k <= factor; k++) out.push(row.map((v, j) => (j === idCol ? `${v.trim()}-r${k}` : v)));
  }
  return { text: `${out.map((r) => r.map(csvCell).join(',')).join('\n')}\n`, before: rows.length, after: out.length - 1 };
}

export function scaleContent(dir: string, stepFactor: number, rowFactor: number): ScaleSummary {
  const summary: ScaleSummary = { stepFactor, rowFactor, stepsBefore: 0, stepsAfter: 0, rowsBefore: {}, rowsAfter: {} };
  const storyDir = join(dir, 'content/story');
  for (const f of readdirSync(storyDir).filter((n) => n.endsWith('.md'))) {
    const r = scaleStory(readFileSync(join(storyDir, f), 'utf8'), stepFactor);
    writeFileSync(join(storyDir, f), r.text);
    summary.stepsBefore += r.before;
    summary.stepsAfter += r.after;
  }
  const lockFile = join(dir, LOCK_FILE);
  const lock = JSON.parse(readFileSync(lockFile, 'utf8')) as Lock;
  const dataDir = join(dir, 'content/datasets');
  for (const f of readdirSync(dataDir).filter((n) => n.endsWith('.csv'))) {
    const id = f.slice(0, -'.csv'.length);
    const r = scaleCsv(readFileSync(join(dataDir, f), 'utf8'), rowFactor);
    writeFileSync(join(dataDir, f), r.text);
    summary.rowsBefore[id] = r.before;
    summary.rowsAfter[id] = r.after;
    const entry = lock[id];
    if (entry) {
      // Same version, new hash: the archived copy of the current version must match it too.
      entry.sha256 = csvHash(r.text);
      const archive = join(dir, archivePath(id, entry.version));
      mkdirSync(join(archive, '..'), { recursive: true });
      writeFileSync(archive, r.text);
    }
  }
  writeFileSync(lockFile, `${JSON.stringify(lock, null, 2)}\n`);
  return summary;
}
