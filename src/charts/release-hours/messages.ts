/** Every English word the release-hours chart writes (global keys `release-hours.<key>`; src/charts/core/say.ts). */
import type { Catalog, Words } from '../../i18n/words.ts';
import { sayer, type Say } from '../core/say.ts';

export const messages = {
  /** Lane names, one per kind of moment (the data's `kind`). */
  'lane.legal': 'Legal, online',
  'lane.piracy': 'Pirated copies',
  'lane.theatre': 'In theaters',
  /** A clock time and its day: "1 pm Dec. 24". */
  'clock.at': '{time} {date}',
  'clock.approx': 'about {time}',
  'clock.range': '{from} to {to}',
  'clock.range-approx': 'about {from} to {to}',
  /** Hours since the online release (hour 0). */
  'when.hour': 'hour {hour}',
  'when.hour-approx': 'about hour {hour}',
  'when.range': 'hours {from}–{to}',
  'when.range-approx': 'hours {from}–{to}, approximate',
  /** A moment's label on the chart: what happened, then `when.*`. */
  label: '{label}, {when}',
  /** Under the hour axis; `{time}` is hour 0 as a clock time and day. */
  'axis.title': 'Hours since the online release (hour 0 = {time}, ET)',
  'panel.heading': 'On sale at hour 0 ({time}):',
  'panel.separator': ' · ',
  'panel.price.rent': 'Rent {price}',
  'panel.price.buy': 'Buy {price}',
  'panel.later': 'Added later: {platforms}',
  'panel.later-item': '{platform} ({date})',
  'panel.later-separator': ', ',
  title: 'The first {hours} hours of the online release',
  /** `{moments}`: the highlighted moments' labels, joined by `title.separator`. */
  'title.highlighted': 'The first {hours} hours of the online release: {moments}',
  'title.separator': '; ',
  'description.intro':
    'A timeline of the {hours} hours after the online release at {time} ET on {date}, with lanes for the legal release, piracy and theaters.',
  /** `{moments}`: a list of `description.moment`. */
  'description.marks': 'It marks {moments}.',
  'description.moment': '{label} ({when})',
  'description.none': 'No moments are marked yet.',
  /** One highlighted moment: its sentence from the data, or when that makes the description too long, its label. */
  'description.highlight': 'Highlighted: {detail}',
  'description.highlight-short': 'Highlighted: {label}, {when}.',
  'description.highlights': 'Highlighted: {labels}.',
  /** `{platforms}`: a list; `{prices}`: `description.price.*` joined by `description.price-separator`. */
  'description.panel': 'A panel lists where it was on sale at hour 0, {platforms}, at {prices}.',
  /** The same with `{later}`, a list of `description.later-item`. */
  'description.panel-later': 'A panel lists where it was on sale at hour 0, {platforms}, at {prices}; {later}.',
  'description.later-item': '{platform} followed on {date}',
  'description.price.rent': '{price} to rent',
  'description.price.buy': '{price} to buy',
  'description.price-separator': ' or ',
  'table.caption': 'The first {hours} hours after the online release',
  'table.caption-platforms': 'The first {hours} hours after the online release, with platforms and prices',
  'table.hours': 'Hours since release',
  'table.time': 'Time (ET)',
  'table.kind': 'Kind',
  'table.what': 'What happened',
  'table.kind.legal': 'legal',
  'table.kind.piracy': 'piracy',
  'table.kind.theatre': 'theaters',
  'table.kind.platform': 'platform',
  'table.kind.price': 'price',
  'table.platform': '{platform} begins offering the film',
  'table.price.rent': 'Rent: {price}',
  'table.price.buy': 'Buy: {price}',
  /** A moment's tip: `{when}` is `clock.*`, set as a sentence (first letter capitalised). */
  'tip.when': '{when} ET',
  'tip.added': 'Added {date}',
  'tip.added-hours': 'Added {date}, {hours} after the online release',
  'tip.option.rent': 'Rent',
  'tip.option.buy': 'Buy',
} satisfies Catalog;

/** The chart's words in an edition. */
export const say = (words: Words): Say<typeof messages> => sayer(words, 'release-hours', messages);
