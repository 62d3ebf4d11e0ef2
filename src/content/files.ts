/**
 * The loader's first stage, and the only one that touches the disk: the files of content/ as
 * text. A file that is missing or not UTF-8 gives undefined and its problem, reported by the
 * stage that needed it, so messages keep the order in which the content is read.
 * `memoryFiles` gives the same interface over an object, for the stages' tests.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { IssueList } from './errors.ts';

export interface ContentFiles {
  /** The project root, for the tools that read the versions' archive themselves (data:diff). */
  readonly root: string;
  /** The file's text (BOM removed), or undefined with the reason added to `issues`. */
  text(file: string, issues: IssueList): string | undefined;
  exists(file: string): boolean;
  /** File names in a folder, sorted; empty when there is no such folder. */
  list(dir: string): string[];
}

function decode(file: string, bytes: Uint8Array | undefined, issues: IssueList): string | undefined {
  if (bytes === undefined) {
    issues.add({ file, message: 'file is missing' });
    return undefined;
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    const hint = file.endsWith('.csv') ? ' (in a spreadsheet, save as "CSV UTF-8")' : ' (in your editor, save with UTF-8 encoding)';
    issues.add({ file, message: `the file is not saved as UTF-8; expected UTF-8 text${hint}` });
    return undefined;
  }
}

export function diskFiles(root: string): ContentFiles {
  return {
    root,
    text: (file, issues) => decode(file, existsSync(join(root, file)) ? readFileSync(join(root, file)) : undefined, issues),
    exists: (file) => existsSync(join(root, file)),
    list: (dir) => (existsSync(join(root, dir)) ? readdirSync(join(root, dir)).sort() : []),
  };
}

/** Files by path (relative to the root); a string is UTF-8 text, bytes are taken as they are. */
export function memoryFiles(files: Readonly<Record<string, string | Uint8Array>>, root = '/memory'): ContentFiles {
  const bytes = (file: string) => {
    const v = files[file];
    return typeof v === 'string' ? new TextEncoder().encode(v) : v;
  };
  return {
    root,
    text: (file, issues) => decode(file, bytes(file), issues),
    exists: (file) => Object.hasOwn(files, file),
    list: (dir) => [...new Set(Object.keys(files).flatMap((f) => (f.startsWith(`${dir}/`) ? [f.slice(dir.length + 1).split('/')[0] ?? ''] : [])))].sort(),
  };
}

/** `files` with some files' text replaced (path from the root to text): a draft over the saved content. */
export function withTexts(files: ContentFiles, texts: Readonly<Record<string, string>>): ContentFiles {
  const has = (file: string) => Object.hasOwn(texts, file);
  return {
    root: files.root,
    text: (file, issues) => (has(file) ? decode(file, new TextEncoder().encode(texts[file]), issues) : files.text(file, issues)),
    exists: (file) => has(file) || files.exists(file),
    list: (dir) => {
      const extra = Object.keys(texts).flatMap((f) => (f.startsWith(`${dir}/`) ? [f.slice(dir.length + 1).split('/')[0] ?? ''] : []));
      return [...new Set([...files.list(dir), ...extra])].sort();
    },
  };
}
