/** Tips of the timeline's points: events and theater counts (src/charts/core/define.ts, Tips). */
import type { Tips } from '../core/define.ts';
import { formatDate } from '../core/format.ts';
import { formatTimeOfDay } from '../core/time.ts';
import { theaterFigure } from './theaters.ts';

export const timelineTips: Tips<'timeline' | 'theaters'> = {
  // Events have no figure: the label is what happened (the detail sentence stays in the data table, to keep the page small).
  timeline: (r) => [r.label, r.time ? `${formatDate(r.date)}, ${formatTimeOfDay(r.time)} ET` : formatDate(r.date)],
  theaters: (r) => [r.label, `${theaterFigure(r)}${r.qualifier === 'about' ? ' (estimate)' : ''}`, formatDate(r.date)],
};
