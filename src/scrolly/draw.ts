/**
 * Draws a step's chart state in its section's graphic: the live figure of the step's chart takes
 * the state's marks (animated over `duration` ms where it is on screen), its caption takes the
 * step's state title, and it fades in over `fade` ms while the section's other charts fade out.
 */
import type { ChartState } from './steps.ts';
import { showFigure } from './crossfade.ts';
import { join } from './join.ts';
import { stateMarks, statesOf } from './render.ts';

export function drawStep(graphic: HTMLElement, step: HTMLElement, { chart, state }: ChartState, duration: number, fade: number): void {
  const live = graphic.querySelector<HTMLElement>(`.live-figure[data-chart="${chart}"]`);
  if (!live) return;
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
  showFigure(graphic, live, fade);
}
