/**
 * The preview's copy of content/ (`npm run edit`): the dev server reads content from its working
 * folder (src/content.config.ts reads process.cwd()), which `npm run edit` makes a private copy
 * of content/. The copy follows content/ file by file, with the editor's unsaved draft laid over
 * it, so the dev server's pages are the admin's live preview, rendered by the real layouts.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';

function walk(dir: string, base = dir, out: string[] = []): string[] {
  if (!existsSync(dir)) return out;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) walk(p, base, out);
    else out.push(relative(base, p));
  }
  return out;
}

function same(file: string, bytes: Uint8Array): boolean {
  return existsSync(file) && statSync(file).size === bytes.length && Buffer.from(readFileSync(file)).equals(Buffer.from(bytes));
}

/**
 * Makes `mirror`/content equal to `repo`/content with `draft` (path from the root to text) in
 * place; writes only the files that differ, so the dev server reloads only what changed.
 */
export function syncMirror(repo: string, mirror: string, draft: Readonly<Record<string, string>> = {}): void {
  const src = join(repo, 'content');
  const dst = join(mirror, 'content');
  const wanted = new Map<string, Uint8Array>();
  for (const f of walk(src)) wanted.set(f, readFileSync(join(src, f)));
  for (const [file, text] of Object.entries(draft)) {
    if (file.startsWith('content/') && !file.includes('..')) wanted.set(file.slice('content/'.length), new TextEncoder().encode(text));
  }
  for (const f of walk(dst)) if (!wanted.has(f)) rmSync(join(dst, f), { force: true });
  for (const [f, bytes] of wanted) {
    const target = join(dst, f);
    if (same(target, bytes)) continue;
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, bytes);
  }
}
