/** Every English word the timeline writes (global keys `timeline.<key>`; src/charts/core/say.ts). */
import type { Catalog, Words } from '../../i18n/words.ts';
import { sayer, type Say } from '../core/say.ts';

export const messages = {
  /** The days a state shows: `{from}`, `{to}` are dates. */
  span: '{from} to {to}',
  title: 'Timeline, {span}',
  /** `{events}`: the highlighted events' labels, joined by `title.separator`. */
  'title.highlighted': 'Timeline, {span}: {events}',
  'title.separator': '; ',
  /** First sentence of the description; `{count}` events in view, `{total}` in all. */
  'description.runs.one': 'A timeline runs from {span} and marks {count} event.',
  'description.runs.other': 'A timeline runs from {span} and marks {count} events.',
  'description.runs-of.one': 'A timeline runs from {span} and marks {count} event of {total}.',
  'description.runs-of.other': 'A timeline runs from {span} and marks {count} events of {total}.',
  'description.zoomed.one': 'A timeline zoomed to {span} shows {count} event.',
  'description.zoomed.other': 'A timeline zoomed to {span} shows {count} events.',
  'description.zoomed-of.one': 'A timeline zoomed to {span} shows {count} event of {total}.',
  'description.zoomed-of.other': 'A timeline zoomed to {span} shows {count} events of {total}.',
  /** One highlighted event: `{when}` its date and time, `{detail}` its sentence from the data. */
  'description.highlight': 'Highlighted, {when}: {detail}',
  /** Several: `{events}` is a list of `description.highlight-item`. */
  'description.highlights': 'Highlighted: {events}.',
  'description.highlight-item': '{when} ({event})',
  /** `{theaters}` is a list of `description.theater-item` (`{figure}`: a theater count). */
  'description.theaters': 'Bars below compare {theaters}.',
  'description.theater-item': '{label} ({figure})',
  /** `{labeled}` events have a label, `{count}` are dots only. */
  'description.unlabeled.one': 'Of these, {labeled} are labeled; the other {count} are dots, listed in the data table.',
  'description.unlabeled.other': 'Of these, {labeled} are labeled; the other {count} are dots, listed in the data table.',
  'description.all-labeled': 'Each event is labeled with its date and what happened.',
  'table.caption': 'Events, {span}',
  'table.caption-theaters': 'Events, {span}, and theater counts',
  'table.date': 'Date',
  'table.time': 'Time (ET)',
  'table.event': 'Event',
  'table.details': 'Details',
  /** An event's day and clock time. */
  'when.time': '{date}, {time}',
  /** The step's news, labelled in full: `{when}` then what happened. */
  'label.current': '{when}: {event}',
  /** A theater count `{figure}` (with its qualifier) when sources disagree: `{low}` to `{high}`. */
  'theaters.range': '{figure}; sources say {low} to {high}',
  /** A bar's label: what was counted, and the count. */
  'theaters.label': '{label}: {figure}',
  /** A tip's time line: day and clock time (US Eastern). */
  'tip.when-time': '{date}, {time} ET',
} satisfies Catalog;

/** The timeline's words in an edition: `say(words)('span', { from, to })`. */
export const say = (words: Words): Say<typeof messages> => sayer(words, 'timeline', messages);
