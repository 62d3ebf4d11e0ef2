/** The first hours in words: title, description and table of the rows a state reveals. */
import { formatDate, formatUsd } from '../core/format.ts';
import { countSentences, joinList } from '../core/prose.ts';
import type { SceneTable } from '../core/scene.ts';
import { clockAt, clockParts, HOUR_ZERO, whenClock, whenText, type HoursModel, type ReleaseHoursData } from './model.ts';
import { capitalize } from './panel.ts';
import type { ReleaseHoursParams } from './params.ts';

export function releaseHoursWords(
  m: HoursModel,
  data: ReleaseHoursData,
  state: ReleaseHoursParams,
  highlighted: Set<string>,
): { title: string; description: string; table: SceneTable } {
  const revealed = new Set(state.reveal);
  const shown = m.rows.filter((r) => revealed.has(r.id));
  const hiRows = shown.filter((r) => highlighted.has(r.id));
  const atRelease = data.platforms.filter((p) => p.hour === 0);
  const later = data.platforms.filter((p) => p.hour !== 0);
  const title = hiRows.length
    ? `The first ${m.maxHour} hours of the online release: ${hiRows.map((r) => r.label).join('; ')}`
    : `The first ${m.maxHour} hours of the online release`;
  const sentences: string[] = [
    `A timeline of the ${m.maxHour} hours after the online release at ${clockParts(0)[0]} ET on ${formatDate(HOUR_ZERO.date)}, with lanes for the legal release, piracy and theaters.`,
    shown.length ? `It marks ${joinList(shown.map((r) => `${r.label} (${whenText(r)})`))}.` : 'No moments are marked yet.',
  ];
  const platformSentence = state.platforms
    ? `A panel lists where it was on sale at hour 0, ${joinList(atRelease.map((p) => p.platform))}, at ${data.prices.map((p) => `${formatUsd(p.price_usd)} to ${p.option}`).join(' or ')}${later.length ? `; ${joinList(later.map((p) => `${p.platform} followed on ${formatDate(p.added, { year: false })}`))}` : ''}.`
    : '';
  const [oneHi] = hiRows;
  if (hiRows.length === 1 && oneHi) {
    const detail = `Highlighted: ${oneHi.detail.replace(/\.?$/, '.')}`;
    if (countSentences([...sentences, detail, platformSentence].join(' ')) <= 4) sentences.push(detail);
    else sentences.push(`Highlighted: ${oneHi.label}, ${whenText(oneHi)}.`);
  } else if (hiRows.length > 1) {
    sentences.push(`Highlighted: ${joinList(hiRows.map((r) => r.label))}.`);
  }
  if (platformSentence) sentences.push(platformSentence);

  const rows = shown.map((r) => [whenText(r), whenClock(r), r.kind === 'theatre' ? 'theaters' : r.kind, r.detail]);
  if (state.platforms) {
    for (const p of data.platforms) {
      rows.push([
        p.hour !== undefined ? `hour ${p.hour}` : '',
        p.hour !== undefined ? clockAt(p.hour) : formatDate(p.added),
        'platform',
        `${p.platform} begins offering the film`,
      ]);
    }
    for (const p of data.prices) rows.push(['', '', 'price', `${capitalize(p.option)}: ${formatUsd(p.price_usd)}`]);
  }
  return {
    title,
    description: sentences.join(' '),
    table: {
      caption: `The first ${m.maxHour} hours after the online release${state.platforms ? ', with platforms and prices' : ''}`,
      columns: ['Hours since release', 'Time (ET)', 'Kind', 'What happened'],
      rows,
    },
  };
}
