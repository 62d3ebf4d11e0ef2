/**
 * Drives the sticky graphics from the scroll position. The step in view is one number per page
 * (which step crosses the trigger line); scrollama reports it as the reader scrolls, and the same
 * rule is applied directly after loads, resizes and anchor jumps, so the graphic always shows the
 * state of the step in view, however it got there. Applying a step twice is harmless.
 */
import scrollama from 'scrollama';
import { showFigure } from './crossfade.ts';
import { join } from './join.ts';
import { stateMarks, statesOf } from './render.ts';
import { watchPrint } from './print.ts';
import { restorePlace } from './restore.ts';
import { measureTrigger, placeLandings } from './trigger.ts';

/**
 * scrollama 3.2 as it is: its bundled types allow only offsets in tenths and name a method it
 * does not have, while it takes any offset in [0, 1] and changes it with `offset()`.
 */
type Scroller = Omit<scrollama.ScrollamaInstance, 'setup'> & {
  setup: (options: Omit<scrollama.ScrollamaOptions, 'offset'> & { offset: number }) => Scroller;
  offset: (value: number) => Scroller;
};

const DURATION = 600;
/** Crossfade between two charts of one chapter. */
const FADE = 450;
/** Fraction of the viewport height where a step becomes active (scrollama's offset), measured once the page is laid out. */
let trigger = 0.6;

const reducedMotion = window.matchMedia('(prefers-reduced-motion: reduce)');
const steps = [...document.querySelectorAll<HTMLElement>('.step[data-chart]')];
let active: HTMLElement | undefined;

function apply(step: HTMLElement, animate: boolean): void {
  const section = step.closest<HTMLElement>('.scrolly');
  const graphic = section?.querySelector<HTMLElement>('.scrolly__graphic');
  if (!section || !graphic) return;
  const chart = step.dataset['chart'] ?? '';
  const state = step.dataset['state'] ?? '';
  const duration = animate && !reducedMotion.matches ? DURATION : 0;
  const live = graphic.querySelector<HTMLElement>(`.live-figure[data-chart="${chart}"]`);
  if (live) {
    // Read which size is on screen before changing anything, so no change forces a layout. A
    // chart that is not on screen yet takes its state at once and fades in with it.
    const svgs = [...live.querySelectorAll<SVGSVGElement>('svg[data-size]')].map((svg) => ({
      svg,
      shown: svg.getBoundingClientRect().width > 0,
    }));
    for (const { svg, shown } of svgs) {
      const data = statesOf(live, svg.dataset['size'] ?? '');
      if (data?.states[state]) join(svg, stateMarks(data, state), shown ? duration : 0);
    }
    const caption = live.querySelector('.live-figure__state');
    const title = step.querySelector('.step-figure .figure-subtitle')?.textContent;
    if (caption && title) caption.textContent = title;
    showFigure(graphic, live, animate && !reducedMotion.matches ? FADE : 0);
  }
  graphic.dataset['step'] = step.id;
  graphic.dataset['state'] = `${chart}/${state}`;
  for (const s of section.querySelectorAll('.step.is-active')) s.classList.remove('is-active');
  step.classList.add('is-active');
}

function activate(step: HTMLElement | undefined, animate: boolean): void {
  if (!step || step === active) return;
  active = step;
  apply(step, animate);
}

/** The step in view: the last one whose top has passed the trigger line (else the first). */
function stepInView(): HTMLElement | undefined {
  const line = window.innerHeight * trigger;
  let found: HTMLElement | undefined;
  for (const s of steps) {
    if (s.getBoundingClientRect().top <= line) found = s;
    else break;
  }
  return found ?? steps[0];
}

/** Each scrolly section starts at its own first step, so graphics above and below are right too. */
function settle(animate: boolean): void {
  for (const section of document.querySelectorAll<HTMLElement>('.scrolly')) {
    const own = [...section.querySelectorAll<HTMLElement>('.step[data-chart]')];
    const line = window.innerHeight * trigger;
    const inView = own.filter((s) => s.getBoundingClientRect().top <= line).pop() ?? own[0];
    if (inView && section.querySelector('.scrolly__graphic')?.getAttribute('data-step') !== inView.id) apply(inView, animate);
  }
  active = stepInView();
}

/**
 * Runs `work` in a task of its own after the next frame is drawn: the layout it reads is then
 * clean, so the reads are cheap, and the page's first paint waits for none of it.
 */
const afterFrame = (work: () => void): void => {
  requestAnimationFrame(() => {
    setTimeout(work, 0);
  });
};

if (steps.length > 0) {
  const scrollers: Scroller[] = [];
  // Scrolling up, scrollama reports the step above as entering, so leaving a step needs nothing
  // (measuring every step there forced a layout in the middle of scrolling).
  let frame = 0;
  const resettle = () => {
    cancelAnimationFrame(frame);
    frame = requestAnimationFrame(() => {
      trigger = measureTrigger();
      placeLandings(trigger);
      for (const scroller of scrollers) scroller.offset(trigger);
      settle(false);
    });
  };
  window.addEventListener('resize', resettle);
  window.addEventListener('hashchange', resettle);
  window.addEventListener('pageshow', (event) => {
    if (event.persisted) resettle();
  });
  // When scrolling stops, check once that every graphic shows the step in view: a safety net for
  // jumps scrollama can miss (after a resize, or a scroll that skips a step entirely). Where the
  // browser has no scrollend event, a scroll that has been quiet for a moment stands in for it.
  const onStop = () => {
    requestAnimationFrame(() => {
      settle(true);
    });
  };
  // (Typed as a plain object: the DOM types claim every window has onscrollend; older browsers' have not.)
  const features: object = window;
  if ('onscrollend' in features) window.addEventListener('scrollend', onStop);
  else {
    let quiet = 0;
    window.addEventListener(
      'scroll',
      () => {
        clearTimeout(quiet);
        quiet = window.setTimeout(onStop, 150);
      },
      { passive: true },
    );
  }
  watchPrint();
  // One scrollama per section, each started in a task of its own, so that no start is a long task.
  const sections = [...document.querySelectorAll<HTMLElement>('.scrolly')];
  const startScrollers = () => {
    const section = sections.shift();
    if (!section) {
      settle(false);
      return;
    }
    const scroller = (scrollama() as unknown as Scroller).setup({
      step: section.querySelectorAll<HTMLElement>('.step[data-chart]'),
      offset: trigger,
    });
    scroller.onStepEnter(({ element }) => {
      activate(element, true);
    });
    scrollers.push(scroller);
    setTimeout(startScrollers, 0);
  };
  // Every graphic is drawn at its first step's state, which is right for a page opened at its
  // top. A page opened at a step's link, or reloaded or returned to (which come back to the step
  // the reader was at), is placed and drawn now, before its first paint. Otherwise the measuring
  // waits until the first frame is drawn, and the fonts' arrival, which can move the chart's
  // foot, only when it changes anything: with `font-display: optional` the fonts are either in
  // before the first layout or not used at all.
  const type = performance.getEntriesByType('navigation')[0];
  const opened = type instanceof PerformanceNavigationTiming ? type.type : 'navigate';
  const placeNow = location.hash.length > 1 || opened !== 'navigate' || window.scrollY > 0;
  const place = () => {
    trigger = measureTrigger();
    placeLandings(trigger);
    restorePlace();
    settle(false);
    void document.fonts.ready.then(() => {
      afterFrame(() => {
        if (measureTrigger() !== trigger) resettle();
      });
    });
  };
  if (placeNow) {
    place();
    afterFrame(startScrollers);
  } else {
    afterFrame(() => {
      place();
      setTimeout(startScrollers, 0);
    });
  }
}
