/**
 * Content fixtures: a copy of the real content/ in a temporary folder, changed in one small way
 * per test, so each test shows what an editor's single mistake produces.
 */
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterEach } from 'vitest';
import { ContentError, formatIssue } from '../../src/content/errors.ts';
import { loadContent } from '../../src/content/load.ts';

const made: string[] = [];
afterEach(() => {
  for (const d of made.splice(0)) rmSync(d, { recursive: true, force: true });
});

export const REPO = join(import.meta.dirname, '..', '..');

/** Every file under `dir`, by its path from the repository's root, as text (for memoryFiles). */
export function readTree(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const visit = (d: string) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) visit(p);
      else out[relative(REPO, p)] = readFileSync(p, 'utf8');
    }
  };
  visit(dir);
  return out;
}

export function contentCopy(): string {
  const root = mkdtempSync(join(tmpdir(), 'content-'));
  made.push(root);
  cpSync(join(REPO, 'content'), join(root, 'content'), { recursive: true });
  return root;
}

/** A buildable copy of the project (its node_modules linked) with a last good build in dist/. */
export function siteCopy(): string {
  const root = contentCopy();
  for (const f of ['src', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json']) cpSync(join(REPO, f), join(root, f), { recursive: true });
  symlinkSync(join(REPO, 'node_modules'), join(root, 'node_modules'));
  mkdirSync(join(root, 'dist'));
  writeFileSync(join(root, 'dist', 'index.html'), 'the last good build');
  return root;
}

/** Runs `npm run build`'s script in `root`, as the editor would. */
export function build(root: string): SpawnSyncReturns<string> {
  return spawnSync(process.execPath, ['src/cli/build.ts'], { cwd: root, encoding: 'utf8' });
}

export function edit(root: string, file: string, change: (text: string) => string): void {
  const p = join(root, file);
  const before = readFileSync(p, 'utf8');
  const after = change(before);
  if (after === before) throw new Error(`fixture edit changed nothing in ${file}`);
  writeFileSync(p, after);
}

/** The problems loadContent reports for `root`, formatted as editors see them. */
export function problems(root: string): string[] {
  try {
    loadContent(root);
    return [];
  } catch (err) {
    if (err instanceof ContentError) return err.issues.map(formatIssue);
    throw err;
  }
}

/** 1-based line of the first line of `file` matching `re`. */
export function lineOf(root: string, file: string, re: RegExp): number {
  const i = readFileSync(join(root, file), 'utf8').split('\n').findIndex((l) => re.test(l));
  if (i < 0) throw new Error(`no line matching ${re} in ${file}`);
  return i + 1;
}

/** "line:column" (both 1-based) of the first match of `re` in `file`, as story messages name it. */
export function placeOf(root: string, file: string, re: RegExp): string {
  const line = lineOf(root, file, re);
  const text = readFileSync(join(root, file), 'utf8').split('\n')[line - 1] ?? '';
  return `${line}:${(re.exec(text)?.index ?? 0) + 1}`;
}
