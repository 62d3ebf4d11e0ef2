/** The first hours in words: title, description and table of the rows a state reveals. */
import type { Words } from '../../i18n/words.ts';
import { countSentences } from '../core/prose.ts';
import type { SceneTable } from '../core/scene.ts';
import { say as sayIn } from './messages.ts';
import { clockAt, clockParts, HOUR_ZERO, whenClock, whenText, type HoursModel, type ReleaseHoursData } from './model.ts';
import type { ReleaseHoursParams } from './params.ts';

export function releaseHoursWords(
  m: HoursModel,
  data: ReleaseHoursData,
  state: ReleaseHoursParams,
  highlighted: Set<string>,
  words: Words,
): { title: string; description: string; table: SceneTable } {
  const say = sayIn(words);
  const { fmt } = words;
  const revealed = new Set(state.reveal);
  const shown = m.rows.filter((r) => revealed.has(r.id));
  const hiRows = shown.filter((r) => highlighted.has(r.id));
  const atRelease = data.platforms.filter((p) => p.hour === 0);
  const later = data.platforms.filter((p) => p.hour !== 0);
  const hours = m.maxHour;
  const title = hiRows.length
    ? say('title.highlighted', { hours, moments: hiRows.map((r) => r.label).join(say('title.separator')) })
    : say('title', { hours });
  const moments = shown.map((r) => say('description.moment', { label: r.label, when: whenText(r, words) }));
  const sentences: string[] = [
    say('description.intro', { hours, time: clockParts(0, words)[0], date: fmt.date(HOUR_ZERO.date) }),
    shown.length ? say('description.marks', { moments: fmt.list(moments) }) : say('description.none'),
  ];
  const panelWords = {
    platforms: fmt.list(atRelease.map((p) => p.platform)),
    prices: data.prices
      .map((p) => say(`description.price.${p.option}`, { price: fmt.usd(p.price_usd) }))
      .join(say('description.price-separator')),
    later: fmt.list(later.map((p) => say('description.later-item', { platform: p.platform, date: fmt.date(p.added, { year: false }) }))),
  };
  const platformSentence = state.platforms ? say(later.length ? 'description.panel-later' : 'description.panel', panelWords) : '';
  const [oneHi] = hiRows;
  if (hiRows.length === 1 && oneHi) {
    const detail = say('description.highlight', { detail: oneHi.detail.replace(/\.?$/, '.') });
    if (countSentences([...sentences, detail, platformSentence].join(' ')) <= 4) sentences.push(detail);
    else sentences.push(say('description.highlight-short', { label: oneHi.label, when: whenText(oneHi, words) }));
  } else if (hiRows.length > 1) {
    sentences.push(say('description.highlights', { labels: fmt.list(hiRows.map((r) => r.label)) }));
  }
  if (platformSentence) sentences.push(platformSentence);

  const rows = shown.map((r) => [whenText(r, words), whenClock(r, words), say(`table.kind.${r.kind}`), r.detail]);
  if (state.platforms) {
    for (const p of data.platforms) {
      rows.push([
        p.hour !== undefined ? say('when.hour', { hour: fmt.decimal(p.hour) }) : '',
        p.hour !== undefined ? clockAt(p.hour, words) : fmt.date(p.added),
        say('table.kind.platform'),
        say('table.platform', { platform: p.platform }),
      ]);
    }
    for (const p of data.prices)
      rows.push(['', '', say('table.kind.price'), say(`table.price.${p.option}`, { price: fmt.usd(p.price_usd) })]);
  }
  return {
    title,
    description: sentences.join(' '),
    table: {
      caption: say(state.platforms ? 'table.caption-platforms' : 'table.caption', { hours }),
      columns: [say('table.hours'), say('table.time'), say('table.kind'), say('table.what')],
      rows,
    },
  };
}
