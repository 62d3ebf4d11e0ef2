/**
 * A page for the scrolly's jsdom tests: chapters of steps at fixed page offsets, and stand-ins
 * for what jsdom lacks (layout, matchMedia, the observers, document.fonts). Scrolling moves every
 * step's box; the observers report only when a test tells them to.
 */
import { vi } from 'vitest';

export const STEP_HEIGHT = 500;
/** The page offset of each element with a box; everything else measures 0 x 0. */
const offsets = new Map<Element, number>();
let scrollY = 0;

export class FakeObserver {
  static all: FakeObserver[] = [];
  readonly targets = new Set<Element>();
  readonly callback: (entries: Partial<IntersectionObserverEntry>[]) => void;
  constructor(callback: (entries: Partial<IntersectionObserverEntry>[]) => void) {
    this.callback = callback;
    FakeObserver.all.push(this);
  }
  observe(target: Element): void {
    this.targets.add(target);
  }
  unobserve(target: Element): void {
    this.targets.delete(target);
  }
  disconnect(): void {
    this.targets.clear();
  }
  takeRecords(): [] {
    return [];
  }
}

/** Reports `target` as intersecting to every observer watching it. */
export function intersect(target: Element, isIntersecting = true): void {
  for (const o of FakeObserver.all) if (o.targets.has(target)) o.callback([{ target, isIntersecting, intersectionRatio: 1 }]);
}

export function scrollTo(y: number): void {
  scrollY = y;
  Object.defineProperty(window, 'scrollY', { value: y, configurable: true });
  Object.defineProperty(window, 'pageYOffset', { value: y, configurable: true });
}

/** One chapter a section: each step a chart and state; `charts` the live figures it has. */
export function buildPage(sections: { id: string; steps: [chart: string, state: string][] }[]): void {
  offsets.clear();
  FakeObserver.all = [];
  let y = 800;
  document.body.innerHTML = sections
    .map(({ id, steps }) => {
      const charts = [...new Set(steps.map(([chart]) => chart))];
      return `<section class="chapter" id="${id}"><div class="scrolly">
        <div class="scrolly__graphic" data-step="${id}-0" data-state="${steps[0]?.join('/') ?? ''}">
          ${charts.map((c, i) => `<div class="live-figure" data-chart="${c}"${i > 0 ? ' hidden' : ''}></div>`).join('')}
        </div>
        <div class="scrolly__steps">${steps
          .map(([chart, state], i) => `<div class="step" id="${id}-${String(i)}" data-chart="${chart}" data-state="${state}"></div>`)
          .join('')}</div></div></section>`;
    })
    .join('');
  for (const step of document.querySelectorAll('.step')) {
    offsets.set(step, y);
    y += STEP_HEIGHT;
  }
  scrollTo(0);
}

/** The page offset that puts `step`'s top just past the trigger line (0.6 of the viewport, side by side). */
export const offsetFor = (id: string): number => (offsets.get(document.getElementById(id)!) ?? 0) - window.innerHeight * 0.6 + 1;

export function installStubs(): void {
  vi.stubGlobal('IntersectionObserver', FakeObserver);
  vi.stubGlobal('ResizeObserver', FakeObserver);
  // Side by side (the trigger line at 0.6), and reduced motion: no animations, which jsdom lacks.
  vi.stubGlobal('matchMedia', (query: string) => ({
    matches: true,
    media: query,
    addEventListener: () => undefined,
    removeEventListener: () => undefined,
  }));
  Object.defineProperty(document, 'fonts', { value: { ready: Promise.resolve() }, configurable: true });
  vi.spyOn(Element.prototype, 'getBoundingClientRect').mockImplementation(function (this: Element) {
    const at = offsets.get(this);
    const top = at === undefined ? 0 : at - scrollY;
    return DOMRect.fromRect({ x: 0, y: top, width: at === undefined ? 0 : 100, height: at === undefined ? 0 : STEP_HEIGHT });
  });
}

/** Resolves after the pending timers and one animation frame. */
export const settled = (): Promise<void> =>
  new Promise((resolve) => {
    setTimeout(() => {
      requestAnimationFrame(() => {
        setTimeout(resolve, 0);
      });
    }, 0);
  });
