/**
 * Where a step becomes active: the trigger line, as a fraction of the viewport's height
 * (scrollama's offset). Side by side (desktop) it is a fixed line. On phones the cards scroll
 * over the graphic, so the line is put just below the foot of the chart: a card becomes active
 * while it is still below the chart, and the marks that change are not under it. Measured once
 * per load and resize (the chart's height follows the viewport's).
 */
const SIDE_BY_SIDE = 0.6;
/** On phones: never above the middle of the screen, and always leaving part of a card in view. */
const LOWEST = 0.5;
const HIGHEST = 0.85;
/** Space between the chart's foot and the top of the card that becomes active, in CSS px. */
const GAP = 12;

// Asked on first use, so that importing this module touches nothing.
let wide: MediaQueryList | undefined;
const sideBySide = (): MediaQueryList => (wide ??= window.matchMedia('(min-width: 960px)'));

/** Measured over the graphics of `sections` (the sections laid out so far: reading others would force their layout). */
export function measureTrigger(sections: Iterable<Element>): number {
  if (sideBySide().matches) return SIDE_BY_SIDE;
  // The chart's foot within its graphic; once stuck, each graphic's top is the viewport's.
  let foot = 0;
  for (const graphic of [...sections].flatMap((s) => [...s.querySelectorAll('.scrolly__graphic')])) {
    const top = graphic.getBoundingClientRect().top;
    for (const svg of graphic.querySelectorAll('svg[data-size]')) {
      const box = svg.getBoundingClientRect();
      if (box.height > 0) foot = Math.max(foot, box.bottom - top);
    }
  }
  return Math.min(HIGHEST, Math.max(LOWEST, (foot + GAP) / window.innerHeight));
}

/**
 * Where a step opened by its link (#id) lands on a phone: its card's top just above the trigger
 * line, so the step is active and its chart is whole above the card, or higher where the card
 * would not fit below that line, so the card is always whole and readable. Side by side, the
 * stylesheet's landing stands. Called with the trigger after each measure, for `steps`.
 */
export function placeLandings(trigger: number, steps: HTMLElement[]): void {
  if (sideBySide().matches) {
    for (const step of steps) step.style.removeProperty('scroll-margin-top');
    return;
  }
  const line = trigger * window.innerHeight - 4;
  // The page's scroll-padding (1rem) comes on top of each step's scroll-margin.
  const padding = parseFloat(getComputedStyle(document.documentElement).scrollPaddingTop) || 0;
  // All reads, then all writes: one layout.
  const heights = steps.map((step) => step.querySelector('.step__card')?.getBoundingClientRect().height ?? 0);
  for (const [i, step] of steps.entries()) {
    const top = Math.max(padding, Math.min(line, window.innerHeight - (heights[i] ?? 0) - padding));
    step.style.scrollMarginTop = `${String(Math.round(top - padding))}px`;
  }
}
