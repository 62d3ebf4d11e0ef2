/**
 * The first hours of the online release: one lane per kind of moment (legal release, piracy,
 * theaters) on an axis of hours since 1 pm ET, Dec. 24, 2014. Points are moments, hatched bands are
 * spans ("that afternoon"); approximate ones are hollow or hatched and say "about". A row enters
 * when a step reveals it. The platforms panel, when shown, sits above the lanes and pushes them down.
 */
import type { LayoutOptions } from '../core/layout-options.ts';
import type { Mark, Scene } from '../core/scene.ts';
import { fitLanes, laneMarkers, layLane } from './lanes.ts';
import { axisHeight, hourAxis, laneMarks } from './marks.ts';
import { say } from './messages.ts';
import { hoursModel, KINDS, MARGIN, type ReleaseHoursData } from './model.ts';
import { platformsPanel } from './panel.ts';
import type { ReleaseHoursParams } from './params.ts';
import { releaseHoursWords } from './words.ts';

export { clockAt, clockParts, type ReleaseHoursData } from './model.ts';

export function layoutReleaseHours(
  data: ReleaseHoursData,
  { width, height, size, state, words }: LayoutOptions<ReleaseHoursParams>,
): Scene {
  const m = hoursModel(data['release-hours'], width, words);
  const revealed = new Set(state.reveal);
  const highlighted = new Set(state.highlight.filter((id) => revealed.has(id)));
  const panel = state.platforms ? platformsPanel(data, m.plotR, words) : undefined;

  // Vertical budget: panel (when shown), lanes, axis; spare room goes between the lanes.
  const axisY = height - MARGIN.bottom - axisHeight(width, words);
  const lanesTop = MARGIN.top + (panel ? panel.height + 10 : 0);
  const room = axisY - lanesTop;
  const markers = new Map(KINDS.map((kind) => [kind, laneMarkers(m, kind, revealed, size === 'compact', words)]));
  const lanes = fitLanes(
    KINDS,
    (kind, unlabeled) => layLane(kind, say(words)(`lane.${kind}`), markers.get(kind) ?? [], unlabeled, highlighted, width, room),
    highlighted,
    room,
  );
  const spare = Math.max(0, room - lanes.reduce((h, l) => h + l.height, 0)) / lanes.length;
  let cursor = lanesTop;
  const placed = lanes.map((lane) => {
    cursor += spare + lane.height;
    return { lane, y: cursor - 4 - lane.below };
  });

  const marks: Mark[] = [...(panel?.marks ?? []), ...hourAxis(m, width, axisY, words), ...laneMarks(placed, m, width, highlighted)];
  return { width, height, ...releaseHoursWords(m, data, state, highlighted, words), marks };
}
