/** The timeline in words: title, description and table of what the state shows. */
import { formatDate } from '../core/format.ts';
import { formatTimeOfDay } from '../core/time.ts';
import { joinList } from '../core/prose.ts';
import type { SceneTable } from '../core/scene.ts';
import { eventWhen, type TheaterRow, type TimelineModel } from './model.ts';
import type { TimelineParams } from './params.ts';
import { theaterFigure, theaterText } from './theaters.ts';

export function timelineWords(
  m: TimelineModel,
  state: TimelineParams,
  theaters: TheaterRow[],
  labeled: number,
): { title: string; description: string; table: SceneTable } {
  const zoomed = state.from !== undefined || state.to !== undefined;
  const span = `${formatDate(m.fromIso)} to ${formatDate(m.toIso)}`;
  const n = m.events.length;
  const highlights = m.events.filter((e) => e.highlight);
  const title = highlights.length ? `Timeline, ${span}: ${highlights.map((e) => e.row.label).join('; ')}` : `Timeline, ${span}`;
  const sentences: string[] = [
    `A timeline ${zoomed ? 'zoomed to' : 'runs from'} ${span} ${zoomed ? 'shows' : 'and marks'} ${n} ${n === 1 ? 'event' : 'events'}${n < m.total ? ` of ${m.total}` : ''}.`,
  ];
  const [only] = highlights;
  if (highlights.length === 1 && only) {
    sentences.push(`Highlighted, ${eventWhen(only.row, true)}: ${only.row.detail.replace(/\.?$/, '.')}`);
  } else if (highlights.length > 1) {
    sentences.push(`Highlighted: ${joinList(highlights.map((e) => `${eventWhen(e.row, false)} (${e.row.label})`))}.`);
  }
  if (theaters.length) sentences.push(`Bars below compare ${joinList(theaters.map((r) => `${r.label} (${theaterFigure(r)})`))}.`);
  if (sentences.length < 2) {
    const unlabeled = n - labeled;
    sentences.push(
      unlabeled > 0
        ? `Of these, ${labeled} are labeled; the other ${unlabeled} are dots, listed in the data table.`
        : `Each event is labeled with its date and what happened.`,
    );
  }
  const rows = m.events.map((e) => [formatDate(e.row.date), e.row.time ? formatTimeOfDay(e.row.time) : '', e.row.label, e.row.detail]);
  for (const r of theaters) rows.push([formatDate(r.date), '', r.label, theaterText(r)]);
  return {
    title,
    description: sentences.join(' '),
    table: {
      caption: `Events, ${span}${theaters.length ? ', and theater counts' : ''}`,
      columns: ['Date', 'Time (ET)', 'Event', 'Details'],
      rows,
    },
  };
}
