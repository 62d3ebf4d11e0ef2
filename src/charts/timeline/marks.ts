/** The timeline's marks: the date axis, and each event's leader, dot and label. */
import { bottomAxis, bottomAxisHeight, thinTicks, hLine, type AxisTick } from '../core/axis.ts';
import { round1 } from '../core/round.ts';
import type { Mark } from '../core/scene.ts';
import { textWidth, FONT } from '../core/text.ts';
import { blockMarks } from '../core/text-block.ts';
import { addDays, daysBetween, weekday } from '../core/time.ts';
import type { FlagPlacement } from '../core/placer/flags.ts';
import type { Words } from '../../i18n/words.ts';
import { HIGHLIGHT_R, type Event, type TimelineModel } from './model.ts';

/** Room the axis takes below its line. */
export const AXIS_HEIGHT = bottomAxisHeight(1) + 2;

/** Day ticks: every day, or every 2, 3 days, or weekly on Mondays, as the zoom leaves room for. */
export function dateAxis(m: TimelineModel, width: number, words: Words): Mark[] {
  const lastDay = daysBetween(m.origin, m.lastDate);
  const pxPerDay = m.x(m.fromDay + 1) - m.x(m.fromDay);
  const text = (d: number) => words.fmt.date(addDays(m.origin, d), { year: false });
  const days: number[] = [];
  for (let d = Math.max(0, Math.ceil(m.fromDay)); d <= Math.min(lastDay, m.toDay); d++) days.push(d);
  const widest = Math.max(0, ...days.map((d) => textWidth(text(d), FONT.axis)));
  // Ticks at least a sixth of the width apart: the axis is context, and every tick is a label to read.
  const step = [1, 2, 3, 7, 14, 28].find((s) => s * pxPerDay >= Math.max(widest + 14, width / 6)) ?? 28;
  const firstMonday = Array.from({ length: 7 }, (_, d) => d).find((d) => weekday(addDays(m.origin, d)) === 1) ?? 0;
  const candidates: AxisTick[] = days
    .filter((d) => (step >= 7 ? (d - firstMonday) % step === 0 : (d - Math.ceil(m.fromDay)) % step === 0))
    .map((d) => ({ value: addDays(m.origin, d), at: m.x(d), lines: [text(d)] }));
  const ticks = thinTicks(candidates, m.axisY, 2, width - 2, 6);
  return [hLine('axis-x:line', 'axis-line', m.plotL, m.plotR, m.axisY), ...bottomAxis({ y: m.axisY, ticks, min: 2, max: width - 2 })];
}

function eventClass(m: TimelineModel, e: Event): string {
  const emphasis = e.highlight ? 'is-highlight' : e.stage === 'future' ? 'is-future' : m.anyHighlight ? 'is-muted' : '';
  return [`phase-${e.row.phase}`, emphasis].filter(Boolean).join(' ');
}

/**
 * The story so far: a tint from the start of the axis to just past the step's events, over the
 * height of the plot, so each step visibly extends it (the browser tweens its width).
 */
export function elapsedMark(m: TimelineModel, top: number): Mark[] {
  if (m.now === undefined) return [];
  const x1 = Math.min(m.plotR, m.x(m.now) + HIGHLIGHT_R + 4);
  return [
    {
      type: 'rect',
      key: 'elapsed',
      className: 'elapsed',
      x: round1(m.plotL),
      y: round1(top),
      width: round1(x1 - m.plotL),
      height: round1(m.axisY - top),
    },
  ];
}

/** Leaders under dots under labels; an event whose label found no room is a dot alone. */
export function eventMarks(m: TimelineModel, placed: Map<string, FlagPlacement>): Mark[] {
  const leaders: Mark[] = [];
  const dots: Mark[] = [];
  const labels: Mark[] = [];
  for (const e of m.events) {
    const cls = eventClass(m, e);
    const at = placed.get(e.row.id);
    if (at) {
      leaders.push({
        type: 'line',
        key: `event:${e.row.id}:leader`,
        className: `event-leader ${cls}`,
        x1: round1(e.leaderX),
        y1: round1(e.foot),
        x2: round1(e.leaderX),
        y2: round1(at.top),
      });
      labels.push(...blockMarks(`event:${e.row.id}:label`, e.block, at.lx, at.top, at.anchor, `event-label ${cls}`));
    }
    dots.push({
      type: 'circle',
      key: `event:${e.row.id}:dot`,
      datum: `timeline/${e.row.id}`,
      className: `event-dot ${cls}`,
      cx: round1(e.x),
      cy: round1(e.cy),
      r: e.r,
    });
  }
  return [...leaders, ...dots, ...labels];
}
