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
import { hashTarget, restorePlace } from './restore.ts';
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

/**
 * The sections started so far, in page order. A section starts (is measured, and gets its
 * scrollama) as it comes within a screen of the viewport: chapters further away are not laid out
 * yet (content-visibility: auto, article.css), and measuring them would lay them out.
 */
const sections = [...document.querySelectorAll<HTMLElement>('.scrolly')];
const started: HTMLElement[] = [];
const stepsOf = (list: readonly HTMLElement[]): HTMLElement[] =>
  list.flatMap((s) => [...s.querySelectorAll<HTMLElement>('.step[data-chart]')]);

/** The step in view among the started sections: the last one whose top has passed the trigger line (else the first). */
function stepInView(): HTMLElement | undefined {
  const line = window.innerHeight * trigger;
  const own = stepsOf(started);
  let found: HTMLElement | undefined;
  for (const s of own) {
    if (s.getBoundingClientRect().top <= line) found = s;
    else break;
  }
  return found ?? own[0];
}

/** Each section of `list` shows the step in view, its own first step if none, so graphics above and below are right too. */
function settle(animate: boolean, list: readonly HTMLElement[] = started): void {
  for (const section of list) {
    const own = stepsOf([section]);
    const line = window.innerHeight * trigger;
    const inView = own.filter((s) => s.getBoundingClientRect().top <= line).pop() ?? own[0];
    if (inView && section.querySelector('.scrolly__graphic')?.getAttribute('data-step') !== inView.id) apply(inView, animate);
  }
  active = stepInView();
}

if (sections.length > 0) {
  const scrollers = new Map<HTMLElement, Scroller>();
  /**
   * Measures the trigger line over the started sections' graphics and places their steps'
   * landings. A section starts a screen before the reader reaches it, so a chart whose title takes
   * more lines (a deeper foot) moves the line down before any of its cards can meet it. Measuring
   * the sections not started yet would lay out every chapter at once, a long task after load.
   */
  const measure = () => {
    const next = measureTrigger(started);
    if (next !== trigger) {
      trigger = next;
      for (const scroller of scrollers.values()) scroller.offset(trigger);
    }
    // Where steps become active, for tools and tests that scroll as a reader would (no style reads it).
    document.body.dataset['trigger'] = String(trigger);
    placeLandings(trigger, stepsOf(started));
  };
  const start = (section: HTMLElement) => {
    if (started.includes(section)) return;
    started.push(section);
    started.sort((a, b) => sections.indexOf(a) - sections.indexOf(b));
    measure();
    const scroller = (scrollama() as unknown as Scroller).setup({ step: stepsOf([section]), offset: trigger });
    scroller.onStepEnter(({ element }) => {
      activate(element, true);
    });
    scrollers.set(section, scroller);
    settle(false, [section]);
  };

  // Scrolling up, scrollama reports the step above as entering, so leaving a step needs nothing
  // (measuring every step there forced a layout in the middle of scrolling).
  let frame = 0;
  const resettle = () => {
    cancelAnimationFrame(frame);
    frame = requestAnimationFrame(() => {
      measure();
      settle(false);
    });
  };
  window.addEventListener('resize', resettle);
  window.addEventListener('hashchange', () => {
    // A jump to a step of a section not started yet: start it, and land again, now that its
    // landing is placed (the browser jumped before it was).
    const target = hashTarget();
    const section = target?.matches('.step[data-chart]') ? target.closest<HTMLElement>('.scrolly') : null;
    if (target && section && !started.includes(section)) {
      start(section);
      target.scrollIntoView({ block: 'start', behavior: 'instant' });
    }
    resettle();
  });
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

  // Every graphic is drawn at its first step's state, which is right for a page opened at its
  // top. A page opened at a step's link, or reloaded or returned to (which come back to the step
  // the reader was at), is measured, placed and drawn at once, every section started. Otherwise
  // each section starts as it comes within a screen of the viewport, each in a task of its own,
  // after the first frame (an observer's first report comes after it), so that loading the page
  // runs no long task. The fonts' arrival can move the chart's foot; with `font-display:
  // optional` they are in before the first layout or not used at all, so one check suffices.
  const type = performance.getEntriesByType('navigation')[0];
  const opened = type instanceof PerformanceNavigationTiming ? type.type : 'navigate';
  if (location.hash.length > 1 || opened !== 'navigate' || window.scrollY > 0) {
    for (const section of sections) start(section);
    restorePlace();
    settle(false);
  } else restorePlace();
  const near = new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        if (!entry.isIntersecting) continue;
        near.unobserve(entry.target);
        const section = sections.find((s) => entry.target.contains(s));
        if (section)
          setTimeout(() => {
            start(section);
          }, 0);
      }
    },
    // A chapter's box exists while its contents are skipped; a section's inside it may not.
    { rootMargin: '100% 0px' },
  );
  for (const section of sections) near.observe(section.closest('.chapter') ?? section);
  void document.fonts.ready.then(() => {
    requestAnimationFrame(() => {
      setTimeout(() => {
        if (measureTrigger(started) !== trigger) resettle();
      }, 0);
    });
  });
}
