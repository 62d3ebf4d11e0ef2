/**
 * Timeline of dated events, Nov. 24, 2014 to Jan. 20, 2015, on a horizontal time axis at both sizes.
 * Labels stand above their dots on leader lines, stacked as high as they must to clear each other
 * and hung from the top of the plot;
 * a label that finds no room is left out, never overlapped, and highlighted events are placed
 * first, so they always get room. An optional panel compares theater counts as bars.
 */
import { placeFlags, type FlagPlacement } from '../core/placer/flags.ts';
import type { LayoutOptions } from '../core/layout-options.ts';
import type { Scene } from '../core/scene.ts';
import { AXIS_HEIGHT, dateAxis, elapsedMark, eventMarks } from './marks.ts';
import { MARGIN, timelineModel, type TheaterRow, type TimelineData } from './model.ts';
import type { TimelineParams } from './params.ts';
import { theaterPanel } from './theaters.ts';
import { timelineWords } from './words.ts';

export type { TimelineData };

/**
 * Lifts the flags, all by one distance, so the highest label hangs at the top of the plot. The
 * placer stacks them up from the axis, so with the first few events they sat at its foot under an
 * empty plot; hung from the top they read from the title down, and each step adds its label
 * below the ones before, which stay where they were. One lift for all keeps every gap between
 * labels; leaders only grow down to dots that nothing stood above.
 */
function hangFromTop(placed: Map<string, FlagPlacement>, top: number): void {
  const lift = Math.min(...[...placed.values()].map((p) => p.top)) - top;
  if (!(lift > 0)) return;
  for (const [id, p] of placed) placed.set(id, { ...p, top: p.top - lift });
}

export function layoutTimeline(data: TimelineData, { width, height, size, state, words }: LayoutOptions<TimelineParams>): Scene {
  const byId = new Map(data.theaters.map((r) => [r.id, r]));
  const theaters = state.theaters.map((id) => byId.get(id)).filter((r): r is TheaterRow => r !== undefined);
  const panel = theaterPanel(data.theaters, theaters, MARGIN.left, width - MARGIN.right, height - MARGIN.bottom, words);
  const axisY = (theaters.length ? panel.top - 18 : height - MARGIN.bottom) - AXIS_HEIGHT;
  const m = timelineModel(data.timeline, state, width, axisY, size === 'compact', words);
  const bounds = { x0: 2, y0: MARGIN.top, x1: width - 2, y1: axisY - 6 };
  const { placed } = placeFlags(
    m.events
      .filter((e) => e.stage !== 'future')
      .map((e) => ({ id: e.row.id, x: e.leaderX, foot: e.foot, block: e.block, priority: e.highlight })),
    bounds,
    m.events.map((e) => ({ x0: e.x - e.r, y0: e.cy - e.r, x1: e.x + e.r, y1: e.cy + e.r })),
  );
  hangFromTop(placed, bounds.y0);
  return {
    width,
    height,
    ...timelineWords(m, state, theaters, placed.size, words),
    marks: [...elapsedMark(m, MARGIN.top), ...dateAxis(m, width, words), ...eventMarks(m, placed), ...panel.marks],
  };
}
