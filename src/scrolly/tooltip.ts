/**
 * Details on demand: hovering, tapping or focusing a data point of a live chart shows its row
 * (value, time, tracker or outlet, sources) in a tooltip beside the point. The chart itself stays
 * hidden from assistive technology (the step figures and data tables describe it); over it lies
 * a layer of real buttons, one per data point of the state shown, each a 44 px target centred
 * on its point, rebuilt whenever the graphic changes state or size. One Tab stop per chart: the
 * arrow keys move between its points. Without JavaScript nothing of this exists.
 *
 * `createTooltips(root)` sets this up for the graphics of `root` until its `destroy()`; importing
 * this module does nothing. It learns each graphic's state from the controller's `statechange`
 * events (create it before the controller, so it hears every one).
 */
import { createScope, type Scope } from './scope.ts';
import { stepState, stepsOf } from './statechange.ts';
import type { ChartState } from './steps.ts';
import { tipLayer, type Tips } from './tip-layer.ts';

export interface Tooltips {
  /** Removes the layers and tooltips, and every listener, observer and timer of this instance. */
  destroy(): void;
}

/**
 * The tooltips of every `.scrolly__graphic` in `root`, with the tip text of every data point
 * (`tips`, else the page's, src/pages/index.astro, parsed on first use).
 */
export function createTooltips(root: ParentNode = document, options: { tips?: Tips } = {}): Tooltips {
  const scope = createScope();
  let tips = options.tips;
  const graphics =
    root instanceof HTMLElement && root.matches('.scrolly__graphic')
      ? [root]
      : [...root.querySelectorAll<HTMLElement>('.scrolly__graphic')];
  graphics.forEach((graphic, n) => {
    // As built, a graphic shows its section's first step; then each statechange says what it shows.
    const first = stepsOf(graphic.closest('.scrolly') ?? graphic)[0];
    let current: ChartState = first ? stepState(first) : { chart: '', state: '' };
    let changed: (() => void) | undefined;
    graphic.addEventListener(
      'statechange',
      ({ detail }) => {
        current = { chart: detail.chart, state: detail.state };
        changed?.();
      },
      { signal: scope.signal },
    );
    // Nothing here is needed before the reader points at a chart: each chart's layer is set up in
    // idle time, one per task, so that loading the page runs no long task.
    whenIdle(scope, () => {
      tips ??= JSON.parse(document.getElementById('tips')?.textContent ?? '{}') as Tips;
      changed = tipLayer(graphic, tips, n, () => current, scope);
    });
  });
  return { destroy: scope.destroy };
}

function whenIdle(scope: Scope, fn: () => void): void {
  if ('requestIdleCallback' in window) {
    const id = requestIdleCallback(fn, { timeout: 1000 });
    scope.onDestroy(() => {
      cancelIdleCallback(id);
    });
  } else scope.timeout(fn, 1);
}
