/** Every English word the piracy surge writes (global keys `piracy-surge.<key>`; src/charts/core/say.ts). */
import type { Catalog, Words } from '../../i18n/words.ts';
import { sayer, type Say } from '../core/say.ts';

export const messages = {
  /** Hours since the online release on the axis and in the table ("~" marks an approximate hour). */
  'hours.short': '{hours} h',
  'hours.short-approx': '~{hours} h',
  /** `{hours}`: a number of hours in words ("20 hours"). */
  'hours.approx': 'about {hours}',
  'axis.x': 'Hours since the online release',
  'axis.y': 'Cumulative pirate downloads (estimates)',
  'axis.y-legal': 'Cumulative downloads (estimates) and legal sales',
  /** Second line of a highlighted point's note, under its count. */
  'note.when': 'after {hours}',
  /** A Sony report's label: its count, what was counted, through when. */
  'legal.count': 'Sony: {count}',
  'legal.what': 'legal rentals and purchases',
  'legal.through': 'through {date}',
  title: 'Pirate downloads of “The Interview”, by tracker',
  'title.legal': 'Pirate downloads by tracker, and Sony’s legal sales',
  /** `{trackers}`: a list of the trackers shown. */
  'description.intro':
    'Estimated pirate downloads of “The Interview” after its online release, one series per tracker because their methods differ: {trackers}.',
  /** `{counts}`: `description.counted` per tracker, joined by `description.separator`. */
  'description.counts': '{counts}.',
  'description.counted': '{tracker} counted {counts}',
  'description.count-item': '{count} after {hours}',
  'description.separator': '; ',
  'description.none': 'No tracker’s estimates are shown yet.',
  'description.highlights': 'Highlighted: {notes}.',
  'description.highlight-item': '{count} by {tracker} after {hours}',
  /** `{sales}`: a list of `description.legal-item`. */
  'description.legal': 'For comparison, Sony counted {sales}: a different measure from downloads, by Sony’s own count.',
  'description.legal-item': '{count} legal rentals and purchases through {date} (day {day})',
  'table.caption': 'Cumulative pirate downloads of “The Interview” by tracker (estimates), by hours since the online release',
  'table.series': 'Series',
  'table.hours': 'Hours since release',
  'table.count': 'Count',
  'table.what': 'What was counted',
  'table.note': 'Note',
  /** `{method}`: the tracker's method, from the data. */
  'table.method': '{method} (estimate)',
  'table.sony': 'Sony (legal sales)',
  'table.legal-when': '{hours} h (day {day}, through {date})',
  'table.not-reported': 'not reported',
  'table.legal-what': 'legal rentals and purchases, by Sony’s own count: a different measure from downloads',
  /** `{count}`: the figure with its qualifier (and "(estimate)"). */
  'tip.downloads': '{count} downloads',
  'tip.hours': '{hours} after the online release',
  'tip.hours-approx': 'About {hours} after the online release',
} satisfies Catalog;

/** The chart's words in an edition. */
export const say = (words: Words): Say<typeof messages> => sayer(words, 'piracy-surge', messages);
