/**
 * The import rules of src/, in one place. Every import is read with the TypeScript compiler's own
 * pre-processor (type-only imports count: they tie modules together as much as any), from .ts files
 * and from the frontmatter and <script> blocks of .astro files. Two rules:
 *
 * 1. No import cycle anywhere in src/.
 * 2. A layer imports only the layers listed for it below (its own always). Read bottom to top, a
 *    layer depends only on the ones above it:
 *    - core:    helpers every layer may use (HTML escaping, typographer's quotes); imports nothing.
 *    - i18n:    the editions (locales), their number and date formats, interface-string lookup.
 *    - schemas: the zod schemas of content/ files and of dataset rows.
 *    - charts:  the chart definitions, their layouts and the registry; pure, no I/O, no content.
 *    - content: reads, validates and renders content/ into the model (src/content/model.ts).
 *    - lib:     what the pages compute from the model (figures, tips, records, state data).
 *    - scrolly, embed: browser scripts; besides the rule here, nothing they reach, however
 *      indirectly, may be in content/ or cli/ (that would ship the loader to readers).
 *    - views (components/, layouts/): Astro components.
 *    - pages:   routes; content.config.ts (Astro's collections) and cli/ (commands) sit on top.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const SRC = resolve(import.meta.dirname, '../../src');

type Layer =
  | 'core'
  | 'i18n'
  | 'schemas'
  | 'charts'
  | 'content'
  | 'lib'
  | 'scrolly'
  | 'embed'
  | 'views'
  | 'pages'
  | 'config'
  | 'cli'
  | 'styles'
  | 'types';

/** Which layers each layer may import (besides itself). */
export const ALLOWED: Record<Layer, readonly Layer[]> = {
  core: [],
  i18n: ['core'],
  types: [],
  styles: [],
  schemas: ['core', 'i18n'],
  charts: ['core', 'i18n', 'schemas'],
  content: ['core', 'i18n', 'schemas', 'charts'],
  lib: ['core', 'i18n', 'schemas', 'charts', 'content'],
  scrolly: ['core', 'lib'],
  embed: ['core'],
  views: ['core', 'i18n', 'schemas', 'charts', 'content', 'lib', 'scrolly', 'embed', 'styles'],
  pages: ['core', 'i18n', 'schemas', 'charts', 'content', 'lib', 'views', 'scrolly', 'styles'],
  config: ['core', 'i18n', 'schemas', 'content'],
  cli: ['core', 'i18n', 'schemas', 'charts', 'content', 'lib'],
};

/** Layers the browser scripts must never reach, directly or through others. */
const NOT_IN_BROWSER: readonly Layer[] = ['content', 'cli', 'i18n'];

/** The layer of a path relative to src/. */
export function layerOf(path: string): Layer {
  const top = path.split('/')[0] ?? '';
  if (path === 'content.config.ts') return 'config';
  if (top === 'components' || top === 'layouts') return 'views';
  const known: readonly string[] = [
    'core',
    'i18n',
    'schemas',
    'charts',
    'content',
    'lib',
    'scrolly',
    'embed',
    'pages',
    'cli',
    'styles',
    'types',
  ];
  if (known.includes(top)) return top as Layer;
  throw new Error(`src/${path} is in no layer; add its folder to test/architecture/imports.test.ts`);
}

/** The script parts of a file: all of a .ts file, the frontmatter and <script> blocks of an .astro file. */
function scriptOf(path: string, text: string): string {
  if (!path.endsWith('.astro')) return text;
  const front = /^---\n([\s\S]*?)\n---/.exec(text)?.[1] ?? '';
  const scripts = [...text.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1] ?? '');
  return [front, ...scripts].join('\n');
}

/** Relative imports of each file, as paths relative to src/ (type-only and side-effect imports included). */
export function importGraph(files: Record<string, string>): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const [path, text] of Object.entries(files)) {
    const targets = ts
      .preProcessFile(scriptOf(path, text), true, true)
      .importedFiles.map((i) => i.fileName)
      .filter((f) => f.startsWith('.'))
      .map((f) => join(dirname(path), f));
    graph.set(path, targets);
  }
  return graph;
}

/** Every cycle, each once, as the list of files from its first file back to it. */
export function cycles(graph: Map<string, string[]>): string[][] {
  const out: string[][] = [];
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (f: string) => {
    state.set(f, 'open');
    stack.push(f);
    for (const t of graph.get(f) ?? []) {
      if (state.get(t) === 'open') out.push([...stack.slice(stack.indexOf(t)), t]);
      else if (!state.has(t)) visit(t);
    }
    stack.pop();
    state.set(f, 'done');
  };
  for (const f of [...graph.keys()].sort()) if (!state.has(f)) visit(f);
  return out;
}

/** Imports that cross a layer boundary the wrong way, as "from -> to (layer -> layer)". */
export function wrongWay(graph: Map<string, string[]>): string[] {
  const out: string[] = [];
  for (const [from, targets] of graph) {
    const a = layerOf(from);
    for (const to of targets) {
      const b = layerOf(to);
      if (a !== b && !ALLOWED[a].includes(b)) out.push(`${from} -> ${to} (${a} may not import ${b})`);
    }
  }
  return out;
}

/** Browser files that reach a forbidden layer, with the chain that gets there. */
export function browserLeaks(graph: Map<string, string[]>): string[] {
  const out: string[] = [];
  for (const start of graph.keys()) {
    if (!['scrolly', 'embed'].includes(layerOf(start))) continue;
    const seen = new Set([start]);
    const queue: string[][] = [[start]];
    for (let chain = queue.shift(); chain; chain = queue.shift()) {
      const last = chain.at(-1) ?? start;
      if (NOT_IN_BROWSER.includes(layerOf(last))) {
        out.push(chain.join(' -> '));
        continue;
      }
      for (const t of graph.get(last) ?? []) {
        if (seen.has(t)) continue;
        seen.add(t);
        queue.push([...chain, t]);
      }
    }
  }
  return out;
}

function readSrc(dir = SRC, out: Record<string, string> = {}): Record<string, string> {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) readSrc(p, out);
    else if (/\.(ts|astro)$/.test(name) && !name.endsWith('.d.ts')) out[relative(SRC, p)] = readFileSync(p, 'utf8');
  }
  return out;
}

describe('the import rules', () => {
  it('catch a cycle, a wrong-way import and a browser leak (checked on a tiny tree)', () => {
    const g = importGraph({
      'charts/a.ts': "import { b } from './b.ts';",
      'charts/b.ts': "import type { A } from './a.ts';\nimport { m } from '../content/model.ts';",
      'content/model.ts': 'export type M = 1;',
      'lib/x.ts': "import '../content/model.ts';",
      'scrolly/s.ts': "import { x } from '../lib/x.ts';",
      'pages/p.astro': "---\nimport { m } from '../content/model.ts';\n---\n<script>import '../scrolly/s.ts';</script>",
    });
    expect(cycles(g)).toEqual([['charts/a.ts', 'charts/b.ts', 'charts/a.ts']]);
    expect(wrongWay(g)).toEqual(['charts/b.ts -> content/model.ts (charts may not import content)']);
    expect(browserLeaks(g)).toEqual(['scrolly/s.ts -> lib/x.ts -> content/model.ts']);
    expect(g.get('pages/p.astro')).toEqual(['content/model.ts', 'scrolly/s.ts']);
  });

  const graph = importGraph(readSrc());

  it('src/ has no import cycle', () => {
    expect(cycles(graph).map((c) => c.join(' -> '))).toEqual([]);
  });

  it('no import crosses a layer boundary the wrong way', () => {
    expect(wrongWay(graph)).toEqual([]);
  });

  it('the browser scripts reach nothing of content/ or cli/', () => {
    expect(browserLeaks(graph)).toEqual([]);
  });

  it('every import names a file that exists', () => {
    // Stylesheets (and `?raw` imports of them) are not modules of the graph.
    const missing = [...graph].flatMap(([from, to]) =>
      to.filter((t) => /\.(ts|astro)$/.test(t) && !(t in files())).map((t) => `${from} -> ${t}`),
    );
    expect(missing).toEqual([]);
  });
});

let cache: Record<string, string> | undefined;
const files = () => (cache ??= readSrc());
