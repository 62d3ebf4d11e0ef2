/** The timeline in words: title, description and table of what the state shows. */
import type { Words } from '../../i18n/words.ts';
import type { SceneTable } from '../core/scene.ts';
import { say as sayIn } from './messages.ts';
import { eventWhen, type TheaterRow, type TimelineModel } from './model.ts';
import type { TimelineParams } from './params.ts';
import { theaterFigure, theaterText } from './theaters.ts';

export function timelineWords(
  m: TimelineModel,
  state: TimelineParams,
  theaters: TheaterRow[],
  labeled: number,
  words: Words,
): { title: string; description: string; table: SceneTable } {
  const say = sayIn(words);
  const { fmt } = words;
  const zoomed = state.from !== undefined || state.to !== undefined;
  const span = say('span', { from: fmt.date(m.fromIso), to: fmt.date(m.toIso) });
  const n = m.events.length;
  const highlights = m.events.filter((e) => e.highlight);
  const title = highlights.length
    ? say('title.highlighted', { span, events: highlights.map((e) => e.row.label).join(say('title.separator')) })
    : say('title', { span });
  const opening = `description.${zoomed ? 'zoomed' : 'runs'}${n < m.total ? '-of' : ''}` as const;
  const sentences: string[] = [say(opening, { span, count: n, total: m.total })];
  const [only] = highlights;
  if (highlights.length === 1 && only) {
    sentences.push(say('description.highlight', { when: eventWhen(only.row, true, words), detail: only.row.detail.replace(/\.?$/, '.') }));
  } else if (highlights.length > 1) {
    const items = highlights.map((e) => say('description.highlight-item', { when: eventWhen(e.row, false, words), event: e.row.label }));
    sentences.push(say('description.highlights', { events: fmt.list(items) }));
  }
  if (theaters.length) {
    const items = theaters.map((r) => say('description.theater-item', { label: r.label, figure: theaterFigure(r, words) }));
    sentences.push(say('description.theaters', { theaters: fmt.list(items) }));
  }
  if (sentences.length < 2) {
    const unlabeled = n - labeled;
    sentences.push(unlabeled > 0 ? say('description.unlabeled', { labeled, count: unlabeled }) : say('description.all-labeled'));
  }
  const rows = m.events.map((e) => [fmt.date(e.row.date), e.row.time ? fmt.timeOfDay(e.row.time) : '', e.row.label, e.row.detail]);
  for (const r of theaters) rows.push([fmt.date(r.date), '', r.label, theaterText(r, words)]);
  return {
    title,
    description: sentences.join(' '),
    table: {
      caption: say(theaters.length ? 'table.caption-theaters' : 'table.caption', { span }),
      columns: [say('table.date'), say('table.time'), say('table.event'), say('table.details')],
      rows,
    },
  };
}
