/** The lockout map in words: where the film could be bought, where not, and the downloader split. */
import { formatPct } from '../core/format.ts';
import { joinList } from '../core/prose.ts';
import type { SceneTable } from '../core/scene.ts';
import { NOT_YET } from './labels.ts';
import type { Availability } from './model.ts';
import type { LockoutMapParams } from './params.ts';
import { possessive, type SharePanel } from './share.ts';

/** "From 1 p.m. ET" → "from 1 p.m. ET", for words set inside a sentence; acronyms stay. */
function midSentence(s: string): string {
  return /^[A-Z][a-z]/.test(s) ? s.charAt(0).toLowerCase() + s.slice(1) : s;
}

export function lockoutWords(
  regions: Availability[],
  isLegal: (r: Availability) => boolean,
  state: LockoutMapParams,
  share: SharePanel,
): { title: string; description: string; table: SceneTable } {
  const emphasized = regions.find((r) => r.id === state.emphasize);
  const legalRows = regions.filter(isLegal);
  const lockedRows = regions.filter((r) => !isLegal(r));
  const sentences: string[] = [
    legalRows.length
      ? `Legally available online: ${joinList(legalRows.map((r) => `${r.region} (${midSentence(r.when)})`))}.`
      : 'No region is shown as legally available online.',
  ];
  if (lockedRows.length) sentences.push(`Locked out, with no legal online release: ${joinList(lockedRows.map((r) => r.region))}.`);
  if (emphasized) {
    sentences.push(
      `Highlighted: ${emphasized.region}, ${isLegal(emphasized) || emphasized.status === 'locked' ? midSentence(emphasized.when) : NOT_YET}.`,
    );
  }
  const { estimate, estimateWords } = share;
  if (state.share && share.rows.length && estimate) {
    const parts = share.rows.map((r) => `${r.location} ${formatPct(r.share_pct)}${r.derived ? ' (derived, not reported)' : ''}`);
    sentences.push(
      `Of ${possessive(estimate.tracker)} ${estimateWords} estimated downloaders: ${joinList(parts)}; the sources give no country-by-country figures, so the map shows none.`,
    );
  }
  const rows: string[][] = regions.map((r) => [r.region, isLegal(r) ? 'legal online release' : 'locked out', r.when]);
  if (state.share && estimate) {
    for (const r of share.rows) {
      rows.push([
        `Pirate downloaders: ${r.location}`,
        formatPct(r.share_pct),
        `of ${possessive(estimate.tracker)} ${estimateWords} estimated downloaders; ${r.derived ? 'derived (not reported by the source)' : 'reported'}`,
      ]);
    }
  }
  return {
    title: state.share
      ? 'Where “The Interview” could be bought online, and where its pirates were'
      : 'Where “The Interview” could be bought or rented online',
    description: sentences.join(' '),
    table: { caption: 'Legal online availability of “The Interview” by region', columns: ['Region or group', 'Shown as', 'Detail'], rows },
  };
}
