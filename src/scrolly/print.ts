/**
 * Print unrolls the story into one figure per step. Without JavaScript each step's figure is
 * its build-time image; with JavaScript those images are never loaded, so for printing every
 * step figure gets its state drawn from the page's state data (vector, in the page's fonts) and
 * loses it again afterwards, so the screen's DOM holds only what the screen shows.
 */
import { stateSvg, statesOf } from './render.ts';

function draw(): void {
  for (const slot of document.querySelectorAll<HTMLElement>('.step-figure__print:empty')) {
    const step = slot.closest<HTMLElement>('.step[data-chart]');
    const chart = step?.dataset['chart'] ?? '';
    const live = step?.closest('.scrolly')?.querySelector(`.live-figure[data-chart="${chart}"]`);
    const data = live ? statesOf(live, 'wide') : undefined;
    if (data) slot.append(stateSvg(data, step?.dataset['state'] ?? '', `chart chart--${chart}`));
  }
}

function clear(): void {
  for (const slot of document.querySelectorAll('.step-figure__print')) slot.replaceChildren();
}

/** Draws the step figures now if the page is being printed (the states' data came in late). */
export function redrawForPrint(): void {
  if (window.matchMedia('print').matches) draw();
}

/** Draws the step figures for printing, until `signal` aborts. */
export function watchPrint(signal: AbortSignal): void {
  window.addEventListener('beforeprint', draw, { signal });
  window.addEventListener('afterprint', clear, { signal });
  // Print previews and emulated print media announce themselves only through the media query.
  window.matchMedia('print').addEventListener(
    'change',
    (e) => {
      if (e.matches) draw();
      else clear();
    },
    { signal },
  );
}
