/**
 * Timeline of dated events, Nov. 24, 2014 to Jan. 20, 2015, on a horizontal time axis at both sizes.
 * Labels stand above their dots on leader lines, stacked as high as they must to clear each other;
 * a label that finds no room is left out, never overlapped, and highlighted events are placed
 * first, so they always get room. An optional panel compares theater counts as bars.
 */
import { placeFlags } from '../core/placer/flags.ts';
import type { LayoutOptions, Scene } from '../core/scene.ts';
import { AXIS_HEIGHT, dateAxis, elapsedMark, eventMarks } from './marks.ts';
import { MARGIN, timelineModel, type TheaterRow, type TimelineData } from './model.ts';
import type { TimelineParams } from './params.ts';
import { theaterPanel } from './theaters.ts';
import { timelineWords } from './words.ts';

export type { TimelineData };

export function layoutTimeline(data: TimelineData, { width, height, state }: LayoutOptions<TimelineParams>): Scene {
  const byId = new Map(data.theaters.map((r) => [r.id, r]));
  const theaters = state.theaters.map((id) => byId.get(id)).filter((r): r is TheaterRow => r !== undefined);
  const panel = theaterPanel(data.theaters, theaters, MARGIN.left, width - MARGIN.right, height - MARGIN.bottom);
  const axisY = (theaters.length ? panel.top - 18 : height - MARGIN.bottom) - AXIS_HEIGHT;
  const m = timelineModel(data.timeline, state, width, axisY);
  const { placed } = placeFlags(
    m.events
      .filter((e) => e.stage !== 'future')
      .map((e) => ({ id: e.row.id, x: e.leaderX, foot: e.foot, block: e.block, priority: e.highlight })),
    { x0: 2, y0: MARGIN.top, x1: width - 2, y1: axisY - 6 },
    m.events.map((e) => ({ x0: e.x - e.r, y0: e.cy - e.r, x1: e.x + e.r, y1: e.cy + e.r })),
  );
  return {
    width,
    height,
    ...timelineWords(m, state, theaters, placed.size),
    marks: [...elapsedMark(m, MARGIN.top), ...dateAxis(m, width), ...eventMarks(m, placed), ...panel.marks],
  };
}
