/**
 * Drives the sticky graphics from the scroll position. The step in view is one number per page
 * (which step crosses the trigger line); scrollama reports it as the reader scrolls, and the same
 * rule is applied directly after loads, resizes and anchor jumps, so the graphic always shows the
 * state of the step in view, however it got there. Applying a step twice is harmless.
 *
 * `createScrolly(root)` drives the `.scrolly` sections of `root` (or `root` itself, a section)
 * until its `destroy()`; importing this module does nothing. Which step a graphic shows is decided
 * by steps.ts; each applied step is announced by a `statechange` event (statechange.ts).
 */
import scrollama from 'scrollama';
import { drawStep } from './draw.ts';
import { redrawForPrint, watchPrint } from './print.ts';
import { hashTarget, restorePlace } from './restore.ts';
import { createScope } from './scope.ts';
import { dispatchStateChange, stepState, stepsOf } from './statechange.ts';
import { stepInView, transition } from './steps.ts';
import { measureTrigger, placeLandings } from './trigger.ts';

/**
 * scrollama 3.2 as it is: its bundled types allow only offsets in tenths and name a method it
 * does not have, while it takes any offset in [0, 1] and changes it with `offset()`.
 */
type Scroller = Omit<scrollama.ScrollamaInstance, 'setup'> & {
  setup: (options: Omit<scrollama.ScrollamaOptions, 'offset'> & { offset: number }) => Scroller;
  offset: (value: number) => Scroller;
};

export interface ScrollyOptions {
  /** A state change's animation, in ms (none with reduced motion or on jumps). */
  duration?: number;
  /** Crossfade between two charts of one chapter, in ms. */
  fade?: number;
}

export interface Scrolly {
  /** The sections driven, in page order. */
  readonly sections: readonly HTMLElement[];
  /**
   * Draws every started section's graphic again at the step it shows, and announces it: for when
   * the states' data comes in after the steps were applied (src/scrolly/article.ts).
   */
  redraw(): void;
  /** Removes every listener, observer, scrollama instance and timer of this instance. */
  destroy(): void;
}

export function createScrolly(root: ParentNode = document, options: ScrollyOptions = {}): Scrolly {
  const { duration: DURATION = 600, fade: FADE = 450 } = options;
  const sections = root instanceof HTMLElement && root.matches('.scrolly') ? [root] : [...root.querySelectorAll<HTMLElement>('.scrolly')];
  const steps = new Map(sections.map((s) => [s, stepsOf(s)]));
  const own = (section: HTMLElement): HTMLElement[] => steps.get(section) ?? [];
  /** Fraction of the viewport height where a step becomes active (scrollama's offset), measured once the page is laid out. */
  let trigger = 0.6;
  const reducedMotion = window.matchMedia('(prefers-reduced-motion: reduce)');
  let active: HTMLElement | undefined;
  /** The step each section's graphic shows, by index: the first until one is applied (the page is built so). */
  const shown = new Map<HTMLElement, number>();

  const scope = createScope();
  const { signal } = scope;

  function apply(section: HTMLElement, index: number, animate: boolean): void {
    const graphic = section.querySelector<HTMLElement>('.scrolly__graphic');
    const step = own(section)[index];
    const change = transition(own(section).map(stepState), shown.get(section) ?? 0, index);
    if (!graphic || !step || !change) return;
    const motion = animate && !reducedMotion.matches;
    drawStep(graphic, step, change, motion ? DURATION : 0, motion ? FADE : 0);
    shown.set(section, index);
    // Outputs for the stylesheet and the browser tests; the state itself travels in the event.
    graphic.dataset['step'] = step.id;
    graphic.dataset['state'] = `${change.chart}/${change.state}`;
    for (const s of section.querySelectorAll('.step.is-active')) s.classList.remove('is-active');
    step.classList.add('is-active');
    dispatchStateChange({ ...change, step, section, graphic });
  }

  /** The step each section has made active (`.is-active`), in page order. */
  const activeSteps = (): HTMLElement[] =>
    sections.flatMap((section) => {
      const i = shown.get(section);
      const step = i === undefined ? undefined : own(section)[i];
      return step ? [step] : [];
    });

  function activate(section: HTMLElement, step: HTMLElement | undefined, animate: boolean): void {
    if (!step || step === active) return;
    active = step;
    apply(section, own(section).indexOf(step), animate);
  }

  /**
   * The sections started so far, in page order. A section starts (is measured, and gets its
   * scrollama) as it comes within a screen of the viewport: chapters further away are not laid out
   * yet (content-visibility: auto, article.css), and measuring them would lay them out.
   */
  const started: HTMLElement[] = [];
  const startedSteps = (): HTMLElement[] => started.flatMap(own);
  function* tops(list: readonly HTMLElement[]): Generator<number> {
    for (const s of list) yield s.getBoundingClientRect().top;
  }

  /** The step in view among the started sections: the last one whose top has passed the trigger line (else the first). */
  const inView = (): HTMLElement | undefined => {
    const all = startedSteps();
    return all[stepInView(tops(all), window.innerHeight * trigger)];
  };

  /** Each section of `list` shows the step in view, its own first step if none, so graphics above and below are right too. */
  function settle(animate: boolean, list: readonly HTMLElement[] = started): void {
    for (const section of list) {
      const line = window.innerHeight * trigger;
      const i = stepInView([...tops(own(section))], line);
      if (i >= 0 && i !== (shown.get(section) ?? 0)) apply(section, i, animate);
    }
    active = inView();
  }

  const scrollers = new Map<HTMLElement, Scroller>();
  const near = new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        if (!entry.isIntersecting) continue;
        near.unobserve(entry.target);
        const section = sections.find((s) => entry.target.contains(s));
        if (section)
          scope.timeout(() => {
            start(section);
          });
      }
    },
    // A chapter's box exists while its contents are skipped; a section's inside it may not.
    { rootMargin: '100% 0px' },
  );
  scope.onDestroy(() => {
    near.disconnect();
    for (const scroller of scrollers.values()) scroller.destroy();
    scrollers.clear();
  });
  const destroy = scope.destroy;
  const redraw = () => {
    for (const section of started) {
      const graphic = section.querySelector<HTMLElement>('.scrolly__graphic');
      const index = shown.get(section) ?? 0;
      const step = own(section)[index];
      if (!graphic || !step) continue;
      const state = stepState(step);
      drawStep(graphic, step, state, 0, 0);
      // The marks are new (the built ones were the first state's), whatever the step.
      const change = { ...state, index, previous: state, stepChanged: false, chartChanged: false, stateChanged: true };
      dispatchStateChange({ ...change, step, section, graphic });
    }
    redrawForPrint();
  };
  if (sections.length === 0) return { sections, redraw, destroy };

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
    placeLandings(trigger, startedSteps());
  };
  function start(section: HTMLElement): void {
    if (started.includes(section)) return;
    started.push(section);
    started.sort((a, b) => sections.indexOf(a) - sections.indexOf(b));
    measure();
    const scroller = (scrollama() as unknown as Scroller).setup({ step: own(section), offset: trigger });
    scroller.onStepEnter(({ element }) => {
      activate(section, element, true);
    });
    scrollers.set(section, scroller);
    settle(false, [section]);
  }

  // Scrolling up, scrollama reports the step above as entering, so leaving a step needs nothing
  // (measuring every step there forced a layout in the middle of scrolling).
  let frame = 0;
  const resettle = () => {
    scope.cancelFrame(frame);
    frame = scope.frame(() => {
      measure();
      settle(false);
    });
  };
  window.addEventListener('resize', resettle, { signal });
  window.addEventListener(
    'hashchange',
    () => {
      // A jump to a step of a section not started yet: start it, and land again, now that its
      // landing is placed (the browser jumped before it was).
      const target = hashTarget();
      const section = target?.matches('.step[data-chart]') ? target.closest<HTMLElement>('.scrolly') : null;
      if (target && section && sections.includes(section) && !started.includes(section)) {
        start(section);
        target.scrollIntoView({ block: 'start', behavior: 'instant' });
      }
      resettle();
    },
    { signal },
  );
  window.addEventListener(
    'pageshow',
    (event) => {
      if (event.persisted) resettle();
    },
    { signal },
  );
  // When scrolling stops, check once that every graphic shows the step in view: a safety net for
  // jumps scrollama can miss (after a resize, or a scroll that skips a step entirely). Where the
  // browser has no scrollend event, a scroll that has been quiet for a moment stands in for it.
  const onStop = () => {
    scope.frame(() => {
      settle(true);
    });
  };
  // (Typed as a plain object: the DOM types claim every window has onscrollend; older browsers' have not.)
  const features: object = window;
  if ('onscrollend' in features) window.addEventListener('scrollend', onStop, { signal });
  else {
    let quiet = 0;
    const onScroll = () => {
      scope.clearTimeout(quiet);
      quiet = scope.timeout(onStop, 150);
    };
    window.addEventListener('scroll', onScroll, { passive: true, signal });
  }
  watchPrint(signal);

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
    restorePlace(signal, activeSteps);
    settle(false);
  } else restorePlace(signal, activeSteps);
  for (const section of sections) near.observe(section.closest('.chapter') ?? section);
  void document.fonts.ready.then(() => {
    if (signal.aborted) return;
    scope.frame(() => {
      scope.timeout(() => {
        if (measureTrigger(started) !== trigger) resettle();
      });
    });
  });
  return { sections, redraw, destroy };
}
