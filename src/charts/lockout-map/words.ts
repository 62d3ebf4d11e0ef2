/** The lockout map in words: where the film could be bought, where not, and the downloader split. */
import type { Words } from '../../i18n/words.ts';
import type { SceneTable } from '../core/scene.ts';
import { possessive, say as sayIn } from './messages.ts';
import type { Availability } from './model.ts';
import type { LockoutMapParams } from './params.ts';
import type { SharePanel } from './share.ts';

/**
 * "From 1 p.m. ET" → "from 1 p.m. ET", for words set inside a sentence; acronyms stay. Not in
 * German, whose nouns keep their capital wherever they stand.
 */
function midSentence(s: string, words: Words): string {
  if (words.locale === 'de') return s;
  return /^\p{Lu}\p{Ll}/u.test(s) ? s.charAt(0).toLocaleLowerCase(words.tag) + s.slice(1) : s;
}

export function lockoutWords(
  regions: Availability[],
  isLegal: (r: Availability) => boolean,
  state: LockoutMapParams,
  share: SharePanel,
  words: Words,
): { title: string; description: string; table: SceneTable } {
  const say = sayIn(words);
  const { fmt } = words;
  const emphasized = regions.find((r) => r.id === state.emphasize);
  const legalRows = regions.filter(isLegal);
  const lockedRows = regions.filter((r) => !isLegal(r));
  const legalItems = legalRows.map((r) => say('description.legal-item', { region: r.region, when: midSentence(r.when, words) }));
  const sentences: string[] = [
    legalRows.length ? say('description.legal', { regions: fmt.list(legalItems) }) : say('description.no-legal'),
  ];
  if (lockedRows.length) sentences.push(say('description.locked', { regions: fmt.list(lockedRows.map((r) => r.region)) }));
  if (emphasized) {
    const when = isLegal(emphasized) || emphasized.status === 'locked' ? midSentence(emphasized.when, words) : say('label.not-yet');
    sentences.push(say('description.highlight', { region: emphasized.region, when }));
  }
  const { estimate, estimateWords } = share;
  if (state.share && share.rows.length && estimate) {
    const parts = share.rows.map((r) =>
      say(r.derived ? 'description.share-item-derived' : 'description.share-item', { location: r.location, pct: fmt.pct(r.share_pct) }),
    );
    sentences.push(
      say(`description.share${possessive(estimate.tracker)}`, {
        tracker: words.name(estimate.tracker),
        count: estimateWords,
        shares: fmt.list(parts),
      }),
    );
  }
  const rows: string[][] = regions.map((r) => [r.region, say(isLegal(r) ? 'table.legal' : 'table.locked'), r.when]);
  if (state.share && estimate) {
    for (const r of share.rows) {
      const detail = `table.share.${r.derived ? 'derived' : 'reported'}${possessive(estimate.tracker)}` as const;
      rows.push([
        say('table.share-name', { location: r.location }),
        fmt.pct(r.share_pct),
        say(detail, { tracker: words.name(estimate.tracker), count: estimateWords }),
      ]);
    }
  }
  return {
    title: say(state.share ? 'title.share' : 'title'),
    description: sentences.join(' '),
    table: { caption: say('table.caption'), columns: [say('table.region'), say('table.shown'), say('table.detail')], rows },
  };
}
