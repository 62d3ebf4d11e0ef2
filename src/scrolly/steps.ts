/**
 * The scrolly's state machine, apart from the page: a section's steps each name a chart and one
 * of its states, one step is in view (the last whose top has passed the trigger line), and the
 * graphic shows that step's chart in that state. Nothing here reads or writes the DOM; the
 * controller (controller.ts) measures the steps, asks here what to show, and draws it.
 */

/** A chart and one of its states: what a step asks for, and what a graphic shows. */
export interface ChartState {
  readonly chart: string;
  readonly state: string;
}

/** Moving a section's graphic from one step to another. */
export interface Transition extends ChartState {
  /** The step now shown, by its index in the section. */
  readonly index: number;
  /** What the graphic showed before. */
  readonly previous: ChartState;
  /** Another step than the one shown (two steps may ask for the same state: the step still changes). */
  readonly stepChanged: boolean;
  /** Another chart comes in: the section's live figures crossfade. */
  readonly chartChanged: boolean;
  /** The marks change: another chart, or another state of the same chart. */
  readonly stateChanged: boolean;
}

/**
 * The index of the step in view, given the steps' tops in page order (viewport px) and the
 * trigger line: the last step before the first one below the line, else the first step; -1 for
 * no steps. Reading stops at the first top below the line, so `tops` may measure lazily.
 */
export function stepInView(tops: Iterable<number>, line: number): number {
  let found = -1;
  let count = 0;
  for (const top of tops) {
    count++;
    if (top > line) break;
    found = count - 1;
  }
  return found >= 0 ? found : count > 0 ? 0 : -1;
}

/**
 * The graphic of a section whose steps are `steps` goes from showing step `from` to step `to`:
 * the chart state to show and what changed. Undefined where `to` is no step of the section. A
 * section's graphic is built showing its first step, so a section not moved yet is at step 0.
 */
export function transition(steps: readonly ChartState[], from: number, to: number): Transition | undefined {
  const next = steps[to];
  if (!next) return undefined;
  const before = steps[from] ?? steps[0] ?? next;
  const previous = { chart: before.chart, state: before.state };
  const chartChanged = next.chart !== previous.chart;
  return {
    index: to,
    chart: next.chart,
    state: next.state,
    previous,
    stepChanged: to !== from,
    chartChanged,
    stateChanged: chartChanged || next.state !== previous.state,
  };
}
