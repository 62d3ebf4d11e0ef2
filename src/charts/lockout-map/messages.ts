/**
 * Every English word the lockout map writes (global keys `lockout-map.<key>`; src/charts/core/say.ts).
 * Keys ending `-s` are used when the tracker's name ends in "s" (English writes "Excipios' count"
 * there, "Excipio's count" otherwise); a language without that rule gives both the same text.
 */
import type { Catalog, Words } from '../../i18n/words.ts';
import { sayer, type Say } from '../core/say.ts';

export const messages = {
  /** A region drawn locked out whose own row says it opened later. */
  'label.not-yet': 'not yet available online',
  /** A share bar's label: where the downloaders were, and their share. */
  'share.label': '{location} {pct}',
  /** Under the share bar: `{count}` is the tracker's estimate with its qualifier. */
  'share.caption': "of {tracker}'s {count} estimated downloaders",
  'share.caption-s': "of {tracker}' {count} estimated downloaders",
  title: 'Where “The Interview” could be bought or rented online',
  'title.share': 'Where “The Interview” could be bought online, and where its pirates were',
  /** `{regions}`: a list of `description.legal-item` (`{when}`: the data's words for when). */
  'description.legal': 'Legally available online: {regions}.',
  'description.legal-item': '{region} ({when})',
  'description.no-legal': 'No region is shown as legally available online.',
  'description.locked': 'Locked out, with no legal online release: {regions}.',
  'description.highlight': 'Highlighted: {region}, {when}.',
  /** `{shares}`: a list of `description.share-item*`. */
  'description.share':
    "Of {tracker}'s {count} estimated downloaders: {shares}; the sources give no country-by-country figures, so the map shows none.",
  'description.share-s':
    "Of {tracker}' {count} estimated downloaders: {shares}; the sources give no country-by-country figures, so the map shows none.",
  'description.share-item': '{location} {pct}',
  'description.share-item-derived': '{location} {pct} (derived, not reported)',
  'table.caption': 'Legal online availability of “The Interview” by region',
  'table.region': 'Region or group',
  'table.shown': 'Shown as',
  'table.detail': 'Detail',
  'table.legal': 'legal online release',
  'table.locked': 'locked out',
  'table.share-name': 'Pirate downloaders: {location}',
  'table.share.reported': "of {tracker}'s {count} estimated downloaders; reported",
  'table.share.reported-s': "of {tracker}' {count} estimated downloaders; reported",
  'table.share.derived': "of {tracker}'s {count} estimated downloaders; derived (not reported by the source)",
  'table.share.derived-s': "of {tracker}' {count} estimated downloaders; derived (not reported by the source)",
  'tip.status.legal': 'Could be rented or bought online',
  'tip.status.locked': 'No legal online release',
  'tip.share': '{pct} of downloaders',
  'tip.share-derived': '{pct} of downloaders (derived from the reported share)',
  /** `{count}`: the tracker's estimate with its qualifier. */
  'tip.of': "Of {tracker}'s count of {count}",
} satisfies Catalog;

/** The chart's words in an edition. */
export const say = (words: Words): Say<typeof messages> => sayer(words, 'lockout-map', messages);

/** The suffix of the keys above for a tracker's name (see the comment at the top). */
export const possessive = (name: string): '' | '-s' => (name.endsWith('s') ? '-s' : '');
