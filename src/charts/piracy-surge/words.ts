/** The piracy surge in words: title, description and table of the trackers and reports shown. */
import { formatCount, formatDate, withQualifier } from '../core/format.ts';
import { joinList } from '../core/prose.ts';
import type { SceneTable } from '../core/scene.ts';
import { countWords, hoursText, hoursWords, legalHour, type PiracySurgeData, type SurgeModel } from './model.ts';
import type { PiracySurgeParams } from './params.ts';

export function surgeWords(
  m: SurgeModel,
  data: PiracySurgeData,
  state: PiracySurgeParams,
): { title: string; description: string; table: SceneTable } {
  const sentences: string[] = [];
  if (m.shown.length) {
    sentences.push(
      `Estimated pirate downloads of “The Interview” after its online release, one series per tracker because their methods differ: ${joinList(m.shown.map((s) => s.tracker))}.`,
    );
    sentences.push(
      `${m.shown.map((s) => `${s.tracker} counted ${joinList(s.rows.map((r) => `${countWords(r.count, r.qualifier)} after ${hoursWords(r)}`))}`).join('; ')}.`,
    );
  } else sentences.push('No tracker’s estimates are shown yet.');
  const trackers = new Set(m.shown.map((s) => s.tracker));
  const notes = data['piracy-estimates'].filter((e) => m.highlighted.has(e.id) && trackers.has(e.tracker));
  if (notes.length) {
    sentences.push(
      `Highlighted: ${joinList(notes.map((e) => `${countWords(e.count, e.qualifier)} by ${e.tracker} after ${hoursWords(e)}`))}.`,
    );
  }
  if (m.legal.length) {
    sentences.push(
      `For comparison, Sony counted ${joinList(m.legal.map((r) => `${countWords(r.transactions, r.transactions_qualifier)} legal rentals and purchases through ${formatDate(r.through)} (day ${r.days})`))}: a different measure from downloads, by Sony’s own count.`,
    );
  }
  const rows: string[][] = [];
  for (const s of m.shown) {
    for (const r of s.rows)
      rows.push([s.tracker, hoursText(r), withQualifier(r.qualifier, formatCount(r.count)), `${r.method} (estimate)`, r.note ?? '']);
  }
  const legalIds = new Set(state.legal);
  for (const r of data['legal-sales'].filter((l) => legalIds.has(l.id))) {
    rows.push([
      'Sony (legal sales)',
      `${legalHour(r)} h (day ${r.days}, through ${formatDate(r.through)})`,
      r.transactions === undefined ? 'not reported' : withQualifier(r.transactions_qualifier, formatCount(r.transactions)),
      'legal rentals and purchases, by Sony’s own count: a different measure from downloads',
      '',
    ]);
  }
  return {
    title: m.legal.length ? 'Pirate downloads by tracker, and Sony’s legal sales' : 'Pirate downloads of “The Interview”, by tracker',
    description: sentences.join(' '),
    table: {
      caption: 'Cumulative pirate downloads of “The Interview” by tracker (estimates), by hours since the online release',
      columns: ['Series', 'Hours since release', 'Count', 'What was counted', 'Note'],
      rows,
    },
  };
}
