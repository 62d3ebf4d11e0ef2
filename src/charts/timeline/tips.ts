/** Tips of the timeline's points: events and theater counts (src/charts/core/define.ts, Tips). */
import type { Tips } from '../core/define.ts';
import { estimate } from '../core/tip-words.ts';
import { say } from './messages.ts';
import { theaterFigure } from './theaters.ts';

export const timelineTips: Tips<'timeline' | 'theaters'> = {
  // Events have no figure: the label is what happened (the detail sentence stays in the data table, to keep the page small).
  timeline: (r, _data, words) => [
    r.label,
    r.time ? say(words)('tip.when-time', { date: words.fmt.date(r.date), time: words.fmt.timeOfDay(r.time) }) : words.fmt.date(r.date),
  ],
  // The figure carries its qualifier already; an estimate is only named as one.
  theaters: (r, _data, words) => [r.label, estimate(words, r.qualifier, theaterFigure(r, words), false), words.fmt.date(r.date)],
};
