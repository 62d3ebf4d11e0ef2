/**
 * Optional diagnosis (--trace): scrolls the article once more with a Chromium performance trace
 * running, and breaks the long tasks (> 50 ms) down into what the main thread did in them
 * (script, style, layout, paint, GC, by trace event self time) and which JavaScript entry points
 * started them. Tracing slows the page a little, so these figures are for diagnosis only; the
 * budgeted figures come from the untraced scroll.
 */
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS } from '../../src/cli/browser.ts';
import { chromiumPath } from './chrome.ts';
import { gestureScrollToBottom, type Viewport } from './scroll.ts';

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  args?: { name?: string; data?: { functionName?: string; url?: string; lineNumber?: number; columnNumber?: number } };
}

export interface TraceSummary {
  viewport: Viewport;
  longTasks: number;
  longTaskMs: number;
  /** Self time inside long tasks, by trace event name. */
  byEvent: { name: string; ms: number }[];
  /** JavaScript entry points (FunctionCall events, time including what they forced: style, layout). */
  byFunction: { fn: string; ms: number; calls: number; source: string }[];
}

/** The first characters of the code at a line and column of a file in dist/, to name minified functions. */
function sourceAt(dist: string, url: string, line: number, column: number): string {
  if (!url) return "(the benchmark's own scroll driver)";
  let path: string;
  try {
    path = join(dist, decodeURIComponent(new URL(url).pathname));
  } catch {
    return '';
  }
  if (!existsSync(path)) return '';
  // Trace positions are 1-based and point at the parameter list: show from the `function` keyword.
  const text = readFileSync(path, 'utf8').split('\n')[line - 1] ?? '';
  const at = Math.max(0, column - 1);
  const fn = text.lastIndexOf('function', at);
  const start = fn >= 0 && at - fn < 60 ? fn : Math.max(0, at - 20);
  return text.slice(start, start + 90);
}

export async function traceScroll(
  origin: string,
  dist: string,
  viewport: Viewport,
  pxPerFrame: number,
  cpuThrottling = 4,
): Promise<TraceSummary> {
  const file = join(tmpdir(), `bench-trace-${String(process.pid)}.json`);
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage({ viewport });
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuThrottling });
    await page.goto(`${origin}/`, { waitUntil: 'load' });
    await page.waitForTimeout(1500);
    await browser.startTracing(page, {
      path: file,
      categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8', 'v8.execute'],
    });
    // The same smooth wheel scroll as the measured run.
    await gestureScrollToBottom(page, cdp, viewport, pxPerFrame);
    await page.waitForTimeout(800);
    await browser.stopTracing();
  } finally {
    await browser.close();
  }
  const raw = JSON.parse(readFileSync(file, 'utf8')) as { traceEvents?: TraceEvent[] } | TraceEvent[];
  rmSync(file, { force: true });
  const events = Array.isArray(raw) ? raw : (raw.traceEvents ?? []);
  return { viewport, ...analyze(events, dist) };
}

function analyze(events: TraceEvent[], dist: string): Omit<TraceSummary, 'viewport'> {
  const mainThreads = events.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  // The page's renderer is the one with the most work on its main thread.
  let best: TraceEvent[] = [];
  for (const t of mainThreads) {
    const evs = events.filter((e) => e.pid === t.pid && e.tid === t.tid && e.ph === 'X' && e.dur !== undefined);
    if (evs.length > best.length) best = evs;
  }
  best.sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  const tasks = best.filter((e) => e.name === 'RunTask' && (e.dur ?? 0) > 50_000);
  const selfByName = new Map<string, number>();
  const byFn = new Map<string, { ms: number; calls: number; source: string }>();
  let i = 0;
  for (const task of tasks) {
    const end = task.ts + (task.dur ?? 0);
    while (i < best.length && (best[i]?.ts ?? Infinity) < task.ts) i++;
    const inside = [];
    for (let j = i; j < best.length; j++) {
      const e = best[j];
      if (!e || e.ts >= end) break;
      if (e !== task && e.ts + (e.dur ?? 0) <= end) inside.push(e);
    }
    // Self time: an event's duration minus its direct children's (nesting by a stack).
    const stack: { e: TraceEvent; child: number }[] = [];
    const close = (upTo: number): void => {
      while (stack.length) {
        const top = stack[stack.length - 1];
        if (!top || top.e.ts + (top.e.dur ?? 0) > upTo) break;
        stack.pop();
        const self = (top.e.dur ?? 0) - top.child;
        selfByName.set(top.e.name, (selfByName.get(top.e.name) ?? 0) + self / 1000);
        const parent = stack[stack.length - 1];
        if (parent) parent.child += top.e.dur ?? 0;
      }
    };
    let childOfTask = 0;
    for (const e of inside) {
      close(e.ts);
      if (stack.length === 0) childOfTask += e.dur ?? 0;
      stack.push({ e, child: 0 });
      if (e.name === 'FunctionCall') {
        const d = e.args?.data;
        const key = `${d?.functionName || '(anonymous)'} ${(d?.url ?? '').split('/').pop() ?? ''}:${String(d?.lineNumber ?? 0)}:${String(d?.columnNumber ?? 0)}`;
        const v = byFn.get(key) ?? { ms: 0, calls: 0, source: sourceAt(dist, d?.url ?? '', d?.lineNumber ?? 0, d?.columnNumber ?? 0) };
        v.ms += (e.dur ?? 0) / 1000;
        v.calls++;
        byFn.set(key, v);
      }
    }
    close(Infinity);
    selfByName.set('(task, unattributed)', (selfByName.get('(task, unattributed)') ?? 0) + ((task.dur ?? 0) - childOfTask) / 1000);
  }
  return {
    longTasks: tasks.length,
    longTaskMs: tasks.reduce((a, t) => a + (t.dur ?? 0) / 1000, 0),
    byEvent: [...selfByName]
      .map(([name, ms]) => ({ name, ms }))
      .sort((a, b) => b.ms - a.ms)
      .slice(0, 15),
    byFunction: [...byFn]
      .map(([fn, v]) => ({ fn, ...v }))
      .sort((a, b) => b.ms - a.ms)
      .slice(0, 10),
  };
}
