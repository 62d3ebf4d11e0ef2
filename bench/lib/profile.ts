/** Reads a V8 .cpuprofile (node --cpu-prof) and lists where the time went, by function. */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
}
interface ProfileNode {
  id: number;
  callFrame: CallFrame;
  children?: number[];
}
interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

export interface HotFunction {
  name: string;
  /** Source file (last path segments; bundled chunks keep their chunk name). */
  file: string;
  /** Where the function is defined in src/, found by name (the build runs bundled chunks). */
  source?: string;
  selfMs: number;
  /** Time with everything it called (each function counted once per stack). */
  totalMs: number;
}

export interface ProfileSummary {
  totalMs: number;
  bySelf: HotFunction[];
  byTotal: HotFunction[];
}

function shortFile(url: string): string {
  return url
    .replace(/^file:\/\//, '')
    .split('/')
    .slice(-3)
    .join('/');
}

/** Finds `function name(`, `const name =` or `name(…) {` (a method) in the project's sources. */
function locator(srcDir: string): (name: string) => string | undefined {
  const files: { path: string; text: string }[] = [];
  const visit = (d: string): void => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) visit(p);
      else if (/\.(ts|astro|mjs|js)$/.test(e.name)) files.push({ path: p, text: readFileSync(p, 'utf8') });
    }
  };
  visit(srcDir);
  return (name) => {
    if (!/^[A-Za-z_$][\w$]*$/.test(name)) return undefined;
    const re = new RegExp(`(?:function\\s+${name}\\s*[(<]|(?:const|let)\\s+${name}\\s*=)`);
    for (const f of files) {
      const m = re.exec(f.text);
      if (m) return `src/${relative(srcDir, f.path)}:${String(f.text.slice(0, m.index).split('\n').length)}`;
    }
    return undefined;
  };
}

/** Framework plumbing that wraps every page render; not where a project's time goes. */
const PLUMBING =
  /^(renderStreamToString|renderStreaming|renderToString|renderPage|render|init|fn|generatePage|generatePages|build|run|main)$/;

export function summarizeProfile(file: string, srcDir?: string, top = 12): ProfileSummary {
  const p = JSON.parse(readFileSync(file, 'utf8')) as CpuProfile;
  const nodes = new Map(p.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of p.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const selfUs = new Map<number, number>();
  p.samples.forEach((s, i) => selfUs.set(s, (selfUs.get(s) ?? 0) + (p.timeDeltas[i] ?? 0)));
  const key = (cf: CallFrame): string => `${cf.functionName || '(anonymous)'}\u0000${shortFile(cf.url)}\u0000${String(cf.lineNumber)}`;
  const self = new Map<string, number>();
  const total = new Map<string, number>();
  let all = 0;
  for (const [id, us] of selfUs) {
    all += us;
    const n = nodes.get(id);
    if (!n) continue;
    self.set(key(n.callFrame), (self.get(key(n.callFrame)) ?? 0) + us);
    const seen = new Set<string>();
    for (let x: number | undefined = id; x !== undefined; x = parent.get(x)) {
      const node = nodes.get(x);
      if (!node) break;
      const k = key(node.callFrame);
      if (seen.has(k)) continue;
      seen.add(k);
      total.set(k, (total.get(k) ?? 0) + us);
    }
  }
  const toList = (): HotFunction[] =>
    [...total.keys()].map((k) => {
      const [name = '', f = ''] = k.split('\u0000');
      return { name, file: f, selfMs: (self.get(k) ?? 0) / 1000, totalMs: (total.get(k) ?? 0) / 1000 };
    });
  const meaningful = (h: HotFunction): boolean => !/^\((root|program|idle|garbage collector)\)$/.test(h.name) && h.file !== '';
  const locate = srcDir ? locator(srcDir) : () => undefined;
  const withSource = (h: HotFunction): HotFunction => {
    const s = h.file.startsWith('src/') ? undefined : locate(h.name);
    return s ? { ...h, source: s } : h;
  };
  return {
    totalMs: all / 1000,
    bySelf: toList()
      .filter(meaningful)
      .sort((a, b) => b.selfMs - a.selfMs)
      .slice(0, top)
      .map(withSource),
    // Functions of the project (layouts, pages, CLI), not the framework's plumbing.
    byTotal: toList()
      .filter(
        (h) =>
          meaningful(h) &&
          !h.file.includes('node_modules') &&
          h.name !== '(anonymous)' &&
          !PLUMBING.test(h.name) &&
          !/^(node:|internal)/.test(h.file),
      )
      .sort((a, b) => b.totalMs - a.totalMs)
      .slice(0, top)
      .map(withSource),
  };
}
