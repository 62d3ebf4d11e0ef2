/** Every English word the money chart writes (global keys `money.<key>`; src/charts/core/say.ts). */
import type { Catalog, Words } from '../../i18n/words.ts';
import type { RowOf } from '../../schemas/datasets.ts';
import { sayer, type Say } from '../core/say.ts';

export const messages = {
  /** Series names, by a series' line. */
  'series.legal-sales': 'Online sales',
  'series.box-office': 'Box office',
  /** A point's note (shown when highlighted); `{count}` days of sales. */
  'note.sales.one': '{count} day through {date}',
  'note.sales.other': '{count} days through {date}',
  /** The same with `{transactions}`, a count with its qualifier. */
  'note.sales-transactions.one': '{count} day through {date}; {transactions} rentals and purchases',
  'note.sales-transactions.other': '{count} days through {date}; {transactions} rentals and purchases',
  'note.box-office.one': 'U.S. theaters, {count} day through {date}',
  'note.box-office.other': 'U.S. theaters, {count} days through {date}',
  /** The hatched band of the disputed cost and the legend of its column of ticks. */
  'cost.band': 'Reported cost, disputed: {low} to {high}',
  'cost.legend': 'Each tick at right: one outlet’s figure',
  /** A named cost report, by what its figure covers (the data's `covers`). */
  'cost.label.production': '{outlet}: {figure}, production only',
  'cost.label.marketing': '{outlet}: {figure}, marketing only',
  'cost.label.production-and-marketing': '{outlet}: {figure}, with marketing',
  'cost.label.budget': '{outlet}: {figure}, budget',
  'axis.x': 'Days since the online release on {date}',
  'axis.day': 'day {day}',
  title: 'Money in U.S. dollars',
  /** `{series}`: a list of `shown.*`. */
  'title.shown': 'Money in U.S. dollars: {series}',
  'shown.legal-sales': 'online sales',
  'shown.box-office': 'box office',
  'shown.cost': 'reported cost',
  'description.intro': 'Dollars by day since the online release on {from}, up to {to}.',
  'description.sales-rise': "Sony's reported online sales rise from {from} through {fromDate} to {to} through {toDate}.",
  'description.sales-one': 'Sony reported online sales of {figure} through {date}.',
  'description.box-rise': 'The U.S. box office goes from {from} through {fromDate} to {to} through {toDate}.',
  'description.box-one': 'The U.S. box office was {figure} through {date}.',
  /** `{lowOutlets}`, `{highOutlets}`: lists of outlets; `{count}` figures in all. */
  'description.cost.one':
    'A hatched band marks the disputed cost, from {low} ({lowOutlets}) to {high} ({highOutlets}), with {count} outlet figure beside it, some for production or marketing only.',
  'description.cost.other':
    'A hatched band marks the disputed cost, from {low} ({lowOutlets}) to {high} ({highOutlets}), with {count} outlet figures beside it, some for production or marketing only.',
  /** `{items}`: a list of `description.highlight.*`. */
  'description.highlights': 'Highlighted: {items}.',
  'description.highlight.legal-sales': 'online sales of {figure} through {date}',
  'description.highlight.box-office': 'box office of {figure} through {date}',
  'description.highlight.cost': "{outlet}'s {figure}",
  'description.empty': 'No figures are shown in this step.',
  'table.caption': 'Reported figures',
  'table.caption-shown': 'Reported figures: {series}',
  'table.series': 'Series',
  'table.through': 'Through / outlet',
  'table.amount': 'Amount (U.S. dollars)',
  'table.notes': 'Notes',
  'table.series.legal-sales': 'Online sales (Sony)',
  'table.series.box-office': 'Box office (U.S.)',
  'table.series.cost': 'Reported cost',
  /** What a cost figure covers, when its row has no note. */
  'table.covers.production': 'production',
  'table.covers.marketing': 'marketing',
  'table.covers.production-and-marketing': 'production and marketing',
  'table.covers.budget': 'budget (unspecified)',
  /** Tips: `{count}`, `{amount}` carry their qualifier (and "(estimate)"). */
  'tip.transactions': '{count} rentals and purchases',
  'tip.spent': '{amount} spent',
  'tip.separator': '; ',
  'tip.through.one': 'Through {date} ({count} day)',
  'tip.through.other': 'Through {date} ({count} days)',
  'tip.box-office.one': 'Through {date} ({count} day in theaters)',
  'tip.box-office.other': 'Through {date} ({count} days in theaters)',
  'tip.covers.production': 'Production',
  'tip.covers.marketing': 'Marketing',
  'tip.covers.production-and-marketing': 'Production and marketing',
  'tip.covers.budget': 'Budget (unspecified)',
} satisfies Catalog;

/** The chart's words in an edition. */
export const say = (words: Words): Say<typeof messages> => sayer(words, 'money', messages);

/** A cost row's `covers` as it is spelled in the keys above. */
export const COVERS_KEY = {
  production: 'production',
  marketing: 'marketing',
  'production and marketing': 'production-and-marketing',
  'budget (unspecified)': 'budget',
} as const satisfies Record<RowOf<'cost-estimates'>['covers'], string>;
