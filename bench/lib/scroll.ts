/**
 * Scrolling the article: Playwright's Chromium (the project's, with CHROMIUM_ARGS), CPU slowed
 * 4x through CDP, the page scrolled from top to bottom by a smooth wheel gesture at a fixed speed
 * (pixels per 60 Hz frame). Records long tasks (PerformanceObserver 'longtask', buffered), frame times (rAF deltas),
 * layout shifts, and for each scroll step the time from its top crossing the trigger line (60% of
 * the viewport height, the controller's TRIGGER) to the graphic's data-step change being drawn
 * (MutationObserver, then the next frame: rAF and a task after it, i.e. after that frame painted).
 */
import { chromium, type CDPSession, type Page } from '@playwright/test';
import { CHROMIUM_ARGS } from '../../src/cli/browser.ts';
import { chromiumPath } from './chrome.ts';
import { median, percentile } from './util.ts';

export interface Viewport {
  width: number;
  height: number;
}

export interface StepTiming {
  id: string;
  /** ms from crossing to drawn; undefined when no data-step change followed (e.g. already active). */
  latencyMs?: number;
}

export interface ScrollResult {
  viewport: Viewport;
  cpuThrottling: number;
  pxPerFrame: number;
  pageHeight: number;
  durationMs: number;
  frames: number;
  longTasks: { startMs: number; durationMs: number }[];
  longestTaskMs: number;
  longTaskCount: number;
  /** Long tasks during page load, before scrolling began (informative). */
  loadLongTasks: { startMs: number; durationMs: number }[];
  /** Frames longer than one 60 Hz frame (counted as > 20 ms: rAF timestamps jitter by ±0.2 ms). */
  slowFrameShare: number;
  p95FrameMs: number;
  maxFrameMs: number;
  medianFrameMs: number;
  layoutShiftWhileScrolling: number;
  domElements: number;
  steps: StepTiming[];
  stepLatencyMedianMs: number;
  stepLatencyMaxMs: number;
  stepsObserved: number;
}

interface PageOutcome {
  pageHeight: number;
  domElements: number;
  scrollStart: number;
  scrollEnd: number;
  deltas: number[];
  crossings: { id: string; t: number }[];
  draws: { id: string; mutatedAt: number; drawnAt: number }[];
  shifts: { t: number; value: number }[];
  longTasks: { start: number; duration: number }[];
}

interface Recorder {
  deltas: number[];
  crossings: { id: string; t: number }[];
  draws: { id: string; mutatedAt: number; drawnAt: number }[];
  pending: Promise<void>[];
  done: boolean;
  stop: boolean;
  scrollStart: number;
  scrollEnd: number;
}

declare global {
  interface Window {
    __bench?: { longTasks: { start: number; duration: number }[]; shifts: { t: number; value: number }[] };
    __benchRec?: Recorder;
  }
}

/**
 * Scrolls to the bottom of the page with smooth wheel gestures synthesized by the browser, as a
 * reader's mouse or trackpad does (a few gestures, since one may stop short of a long page).
 */
export async function gestureScrollToBottom(page: Page, cdp: CDPSession, viewport: Viewport, pxPerFrame: number): Promise<void> {
  for (let i = 0; i < 4; i++) {
    const remaining = await page.evaluate(() => document.documentElement.scrollHeight - window.innerHeight - window.scrollY);
    if (remaining <= 1) break;
    await cdp.send('Input.synthesizeScrollGesture', {
      x: Math.round(viewport.width / 2),
      y: Math.round(viewport.height / 2),
      yDistance: -Math.ceil(remaining),
      speed: pxPerFrame * 60,
      gestureSourceType: 'mouse',
      preventFling: true,
    });
  }
}

const SLOW_FRAME_MS = 20;

export async function measureScroll(
  origin: string,
  viewports: Viewport[],
  pxPerFrame: number,
  cpuThrottling = 4,
  trigger = 0.6,
): Promise<ScrollResult[]> {
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
  const results: ScrollResult[] = [];
  try {
    for (const viewport of viewports) {
      const context = await browser.newContext({ viewport });
      const page = await context.newPage();
      await page.addInitScript(() => {
        const store = { longTasks: [] as { start: number; duration: number }[], shifts: [] as { t: number; value: number }[] };
        window.__bench = store;
        new PerformanceObserver((list) => {
          for (const e of list.getEntries()) store.longTasks.push({ start: e.startTime, duration: e.duration });
        }).observe({ type: 'longtask', buffered: true });
        new PerformanceObserver((list) => {
          for (const e of list.getEntries()) store.shifts.push({ t: e.startTime, value: (e as unknown as { value: number }).value });
        }).observe({ type: 'layout-shift', buffered: true });
      });
      const cdp = await context.newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuThrottling });
      await page.goto(`${origin}/`, { waitUntil: 'load' });
      await page.evaluate(() => document.fonts.ready.then(() => undefined));
      await page.waitForTimeout(1500);
      const started = performance.now();
      // The recorder: frame times (rAF deltas), trigger-line crossings, data-step changes and when
      // they were drawn.
      await page.evaluate(
        ({ trig }) => {
          const steps = [...document.querySelectorAll<HTMLElement>('.step[data-chart]')];
          const rec: Recorder = {
            deltas: [],
            crossings: [],
            draws: [],
            pending: [],
            done: false,
            stop: false,
            scrollStart: 0,
            scrollEnd: 0,
          };
          window.__benchRec = rec;
          /** Resolves after the next frame has been rendered (a task queued from rAF runs after paint). */
          const afterPaint = (): Promise<number> =>
            new Promise((r) =>
              requestAnimationFrame(() => {
                const ch = new MessageChannel();
                ch.port1.onmessage = () => {
                  r(performance.now());
                };
                ch.port2.postMessage(0);
              }),
            );
          const observer = new MutationObserver((records) => {
            const mutatedAt = performance.now();
            const ids = records.map((r) => (r.target as Element).getAttribute('data-step') ?? '');
            rec.pending.push(
              afterPaint().then((drawnAt) => {
                for (const id of ids) rec.draws.push({ id, mutatedAt, drawnAt });
              }),
            );
          });
          for (const g of document.querySelectorAll('.scrolly__graphic'))
            observer.observe(g, { attributes: true, attributeFilter: ['data-step'] });
          let next = 0;
          let last = 0;
          let atBottomFrames = 0;
          rec.scrollStart = performance.now();
          const frame = (t: number): void => {
            if (last) rec.deltas.push(t - last);
            last = t;
            const now = performance.now();
            const line = window.innerHeight * trig;
            // Only the next step is measured, so the recorder forces at most one layout per frame.
            while (next < steps.length) {
              const s = steps[next];
              if (!s || s.getBoundingClientRect().top > line) break;
              rec.crossings.push({ id: s.id, t: now });
              next++;
            }
            const bottom = window.scrollY + window.innerHeight >= document.documentElement.scrollHeight - 1;
            atBottomFrames = bottom ? atBottomFrames + 1 : 0;
            if (atBottomFrames >= 30 || rec.stop) {
              rec.scrollEnd = performance.now();
              rec.done = true;
            } else requestAnimationFrame(frame);
          };
          requestAnimationFrame(frame);
        },
        { trig: trigger },
      );
      // A smooth wheel scroll synthesized by the browser (CDP Input.synthesizeScrollGesture), as a
      // reader's mouse or trackpad makes: scroll events each frame, one scrollend at the end.
      await gestureScrollToBottom(page, cdp, viewport, pxPerFrame);
      // At the bottom the recorder stops by itself after 30 frames; if the gestures fell short, stop it.
      await page
        .waitForFunction(() => window.__benchRec?.done === true, undefined, { polling: 250, timeout: 5000 })
        .catch(() =>
          page.evaluate(() => {
            if (window.__benchRec) window.__benchRec.stop = true;
          }),
        );
      await page.waitForFunction(() => window.__benchRec?.done === true, undefined, { polling: 250, timeout: 240_000 });
      const outcome = await page.evaluate(async (): Promise<PageOutcome> => {
        const rec = window.__benchRec;
        if (!rec) throw new Error('the scroll recorder did not start');
        // Let the last activations finish and be drawn.
        await new Promise((r) => setTimeout(r, 1000));
        await Promise.all(rec.pending);
        const store = window.__bench ?? { longTasks: [], shifts: [] };
        return {
          pageHeight: document.documentElement.scrollHeight,
          domElements: document.getElementsByTagName('*').length,
          scrollStart: rec.scrollStart,
          scrollEnd: rec.scrollEnd,
          deltas: rec.deltas,
          crossings: rec.crossings,
          draws: rec.draws,
          shifts: store.shifts,
          longTasks: store.longTasks,
        };
      });
      const durationMs = performance.now() - started;
      await context.close();
      results.push(summarize(viewport, cpuThrottling, pxPerFrame, durationMs, outcome));
    }
  } finally {
    await browser.close();
  }
  return results;
}

function summarize(viewport: Viewport, cpuThrottling: number, pxPerFrame: number, durationMs: number, o: PageOutcome): ScrollResult {
  const during = o.longTasks.filter((t) => t.start + t.duration > o.scrollStart && t.start < o.scrollEnd);
  const before = o.longTasks.filter((t) => t.start + t.duration <= o.scrollStart);
  const steps: StepTiming[] = o.crossings.map((c) => {
    // The first change of the graphic to this step from one frame before the crossing on.
    const d = o.draws.find((x) => x.id === c.id && x.mutatedAt >= c.t - 17);
    return d ? { id: c.id, latencyMs: Math.max(0, d.drawnAt - c.t) } : { id: c.id };
  });
  const lat = steps.flatMap((s) => (s.latencyMs === undefined ? [] : [s.latencyMs]));
  const longTasks = during.map((t) => ({ startMs: t.start - o.scrollStart, durationMs: t.duration }));
  return {
    viewport,
    cpuThrottling,
    pxPerFrame,
    pageHeight: o.pageHeight,
    domElements: o.domElements,
    durationMs,
    frames: o.deltas.length,
    longTasks,
    longestTaskMs: Math.max(0, ...during.map((t) => t.duration)),
    longTaskCount: during.filter((t) => t.duration > 50).length,
    loadLongTasks: before.map((t) => ({ startMs: t.start, durationMs: t.duration })),
    slowFrameShare: o.deltas.length ? o.deltas.filter((d) => d > SLOW_FRAME_MS).length / o.deltas.length : Number.NaN,
    p95FrameMs: percentile(o.deltas, 95),
    maxFrameMs: Math.max(0, ...o.deltas),
    medianFrameMs: median(o.deltas),
    layoutShiftWhileScrolling: o.shifts.filter((s) => s.t >= o.scrollStart && s.t <= o.scrollEnd).reduce((a, s) => a + s.value, 0),
    steps,
    stepLatencyMedianMs: median(lat),
    stepLatencyMaxMs: lat.length ? Math.max(...lat) : Number.NaN,
    stepsObserved: lat.length,
  };
}
