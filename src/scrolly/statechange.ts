/**
 * How the controller tells the rest of the page that a graphic shows a step: a `statechange`
 * event on the graphic, bubbling, dispatched each time a step's state is applied (applying a
 * step again dispatches again). The graphic's data-step and data-state attributes are written
 * too, for the stylesheet and the browser tests; no script reads them to learn the state.
 */
import type { ChartState, Transition } from './steps.ts';

/** The chart state shown, the step's index, what the graphic showed before and what changed (steps.ts), and where. */
export interface StateChangeDetail extends Transition {
  /** The step whose state is applied. */
  readonly step: HTMLElement;
  /** The `.scrolly` section and its `.scrolly__graphic` (the event's target). */
  readonly section: HTMLElement;
  readonly graphic: HTMLElement;
}

export type StateChangeEvent = CustomEvent<StateChangeDetail>;

export const STATECHANGE = 'statechange';

declare global {
  interface HTMLElementEventMap {
    statechange: StateChangeEvent;
  }
  /** It bubbles up to the document. */
  interface DocumentEventMap {
    statechange: StateChangeEvent;
  }
}

export function dispatchStateChange(detail: StateChangeDetail): void {
  detail.graphic.dispatchEvent(new CustomEvent(STATECHANGE, { bubbles: true, detail }));
}

/** A section's steps that show a chart, in page order. */
export const stepsOf = (section: ParentNode): HTMLElement[] => [...section.querySelectorAll<HTMLElement>('.step[data-chart]')];

/** The chart state a step asks for (its own data attributes, written at build time). */
export const stepState = (step: HTMLElement): ChartState => ({ chart: step.dataset['chart'] ?? '', state: step.dataset['state'] ?? '' });
