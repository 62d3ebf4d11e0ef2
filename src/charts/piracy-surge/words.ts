/** The piracy surge in words: title, description and table of the trackers and reports shown. */
import type { Words } from '../../i18n/words.ts';
import type { SceneTable } from '../core/scene.ts';
import { say as sayIn } from './messages.ts';
import { countWords, hoursText, hoursWords, legalHour, type PiracySurgeData, type SurgeModel } from './model.ts';
import type { PiracySurgeParams } from './params.ts';

export function surgeWords(
  m: SurgeModel,
  data: PiracySurgeData,
  state: PiracySurgeParams,
  words: Words,
): { title: string; description: string; table: SceneTable } {
  const say = sayIn(words);
  const { fmt } = words;
  const sentences: string[] = [];
  if (m.shown.length) {
    sentences.push(say('description.intro', { trackers: fmt.list(m.shown.map((s) => words.name(s.tracker))) }));
    const counted = m.shown.map((s) =>
      say('description.counted', {
        tracker: words.name(s.tracker),
        counts: fmt.list(
          s.rows.map((r) => say('description.count-item', { count: countWords(r.count, r.qualifier, words), hours: hoursWords(r, words) })),
        ),
      }),
    );
    sentences.push(say('description.counts', { counts: counted.join(say('description.separator')) }));
  } else sentences.push(say('description.none'));
  const trackers = new Set(m.shown.map((s) => s.tracker));
  const notes = data['piracy-estimates'].filter((e) => m.highlighted.has(e.id) && trackers.has(e.tracker));
  if (notes.length) {
    const items = notes.map((e) =>
      say('description.highlight-item', {
        count: countWords(e.count, e.qualifier, words),
        tracker: words.name(e.tracker),
        hours: hoursWords(e, words),
      }),
    );
    sentences.push(say('description.highlights', { notes: fmt.list(items) }));
  }
  if (m.legal.length) {
    const sales = m.legal.map((r) =>
      say('description.legal-item', {
        count: countWords(r.transactions, r.transactions_qualifier, words),
        date: fmt.date(r.through),
        day: fmt.decimal(r.days),
      }),
    );
    sentences.push(say('description.legal', { sales: fmt.list(sales) }));
  }
  const rows: string[][] = [];
  for (const s of m.shown) {
    for (const r of s.rows)
      rows.push([
        words.name(s.tracker),
        hoursText(r, words),
        fmt.qualified(r.qualifier, fmt.count(r.count)),
        say('table.method', { method: r.method }),
        r.note ?? '',
      ]);
  }
  const legalIds = new Set(state.legal);
  for (const r of data['legal-sales'].filter((l) => legalIds.has(l.id))) {
    rows.push([
      say('table.sony'),
      say('table.legal-when', { hours: fmt.decimal(legalHour(r)), day: fmt.decimal(r.days), date: fmt.date(r.through) }),
      r.transactions === undefined ? say('table.not-reported') : fmt.qualified(r.transactions_qualifier, fmt.count(r.transactions)),
      say('table.legal-what'),
      '',
    ]);
  }
  return {
    title: say(m.legal.length ? 'title.legal' : 'title'),
    description: sentences.join(' '),
    table: {
      caption: say('table.caption'),
      columns: [say('table.series'), say('table.hours'), say('table.count'), say('table.what'), say('table.note')],
      rows,
    },
  };
}
