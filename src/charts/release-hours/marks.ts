/** Release-hours marks: the hour axis with clock times, and each lane's title, track, markers, leaders and labels. */
import { bottomAxis, bottomAxisHeight, hLine } from '../core/axis.ts';
import { round1 } from '../core/round.ts';
import type { Mark } from '../core/scene.ts';
import { FONT, wrapText } from '../core/text.ts';
import { blockHeight, blockMarks, textBlock } from '../core/text-block.ts';
import type { Words } from '../../i18n/words.ts';
import { say } from './messages.ts';
import type { Lane } from './lanes.ts';
import { BAND, clockAt, HIGHLIGHT_R, MARGIN, POINT_R, type HoursModel } from './model.ts';

/** Axis title under the tick labels; `axisTop` is the axis line's y. */
export function axisTitle(width: number, words: Words): ReturnType<typeof textBlock> {
  return textBlock(wrapText(say(words)('axis.title', { time: clockAt(0, words) }), width - 2 * MARGIN.left, FONT.axis), 'axis');
}

export function axisHeight(width: number, words: Words): number {
  return bottomAxisHeight(3) + 5 + blockHeight(axisTitle(width, words));
}

export function hourAxis(m: HoursModel, width: number, y: number, words: Words): Mark[] {
  return [
    hLine('axis-x:line', 'axis-line', m.plotL - HIGHLIGHT_R, m.plotR + HIGHLIGHT_R, y),
    ...bottomAxis({ y, ticks: m.ticks, min: 2, max: width - 2, edgeShift: HIGHLIGHT_R }),
    ...blockMarks('axis-x:title', axisTitle(width, words), MARGIN.left, y + bottomAxisHeight(3) + 5, 'start', 'axis-title'),
  ];
}

/** Titles and tracks of every lane, then markers, leaders and labels over all of them. */
export function laneMarks(lanes: { lane: Lane; y: number }[], m: HoursModel, width: number, highlighted: Set<string>): Mark[] {
  const frame: Mark[] = [];
  const markers: Mark[] = [];
  const leaders: Mark[] = [];
  const labels: Mark[] = [];
  const anyHighlight = highlighted.size > 0;
  for (const { lane: l, y: y0 } of lanes) {
    frame.push(
      ...blockMarks(`lane:${l.kind}:title`, l.titleBlock, width - MARGIN.right, y0 + l.titleBox.y0, 'end', `lane-title kind-${l.kind}`),
      hLine(`lane:${l.kind}:track`, `lane-track kind-${l.kind}`, m.plotL - HIGHLIGHT_R, m.plotR + HIGHLIGHT_R, y0),
    );
    for (const k of l.markers) {
      const hi = highlighted.has(k.row.id);
      const emphasis = hi ? 'is-highlight' : anyHighlight ? 'is-muted' : '';
      const cls = (...c: string[]) => [...c, `kind-${l.kind}`, k.row.approx ? 'is-estimate' : '', emphasis].filter(Boolean).join(' ');
      markers.push(
        k.row.hour_end !== undefined
          ? {
              type: 'rect',
              key: `row:${k.row.id}:marker`,
              datum: `release-hours/${k.row.id}`,
              className: cls('marker', 'is-range'),
              x: round1(k.box.x0),
              y: round1(y0 - BAND / 2),
              width: round1(k.box.x1 - k.box.x0),
              height: BAND,
            }
          : {
              type: 'circle',
              key: `row:${k.row.id}:marker`,
              datum: `release-hours/${k.row.id}`,
              className: cls('marker'),
              cx: round1(k.x),
              cy: round1(y0 + k.y),
              r: hi ? HIGHLIGHT_R : POINT_R,
            },
      );
      const at = l.placed.get(k.row.id);
      if (!at) continue;
      const foot = y0 + (at.below ? k.foot.below : k.foot.above);
      const top = y0 + at.top;
      leaders.push({
        type: 'line',
        key: `row:${k.row.id}:leader`,
        className: cls('leader'),
        x1: round1(k.x),
        y1: round1(foot),
        x2: round1(k.x),
        y2: round1(top),
      });
      labels.push(...blockMarks(`row:${k.row.id}:label`, { ...k.block, bold: hi }, at.lx, top, at.anchor, cls('row-label')));
    }
  }
  return [...frame, ...markers, ...leaders, ...labels];
}
