/** Money in words: what each shown series reports, the disputed cost, and a table of the figures. */
import type { Words } from '../../i18n/words.ts';
import { countSentences } from '../core/prose.ts';
import type { SceneTable } from '../core/scene.ts';
import { addDays } from '../core/time.ts';
import { COVERS_KEY, say as sayIn } from './messages.ts';
import { outletOf, WHOLE_COST, type MoneyData, type MoneyModel, type Point } from './model.ts';

export function moneyWords(m: MoneyModel, data: MoneyData, words: Words): { title: string; description: string; table: SceneTable } {
  const say = sayIn(words);
  const { fmt } = words;
  const dateOf = (p: Point) => fmt.date(p.through, { year: false });
  const figure = (p: Point) => fmt.qualified(p.qualifier, fmt.usdMillions(p.usd));
  /** The first and last point of a series, for "rises from … to …". */
  const span = (first: Point, last: Point) => ({ from: figure(first), fromDate: dateOf(first), to: figure(last), toDate: dateOf(last) });
  const sentences: string[] = [say('description.intro', { from: fmt.date(m.origin), to: fmt.date(addDays(m.origin, m.xMax)) })];
  const legal = m.shown.filter((p) => p.series === 'legal-sales');
  const [legalFirst] = legal;
  const legalLast = legal.at(-1);
  if (legalFirst && legalLast) {
    sentences.push(
      legal.length > 1
        ? say('description.sales-rise', span(legalFirst, legalLast))
        : say('description.sales-one', { figure: figure(legalFirst), date: dateOf(legalFirst) }),
    );
  }
  const boxes = m.shown.filter((p) => p.series === 'box-office');
  const [boxFirst] = boxes;
  const boxLast = boxes.at(-1);
  if (boxFirst && boxLast) {
    sentences.push(
      boxes.length > 1
        ? say('description.box-rise', span(boxFirst, boxLast))
        : say('description.box-one', { figure: figure(boxFirst), date: dateOf(boxFirst) }),
    );
  }
  if (m.showCost && m.band) {
    const whole = m.costs.filter((c) => WHOLE_COST.includes(c.covers));
    const named = (amount: number) => fmt.list(whole.filter((c) => c.amount_usd === amount).map((c) => outletOf(c, data.sources)));
    sentences.push(
      say('description.cost', {
        low: fmt.usdMillions(m.band.low),
        lowOutlets: named(m.band.low),
        high: fmt.usdMillions(m.band.high),
        highOutlets: named(m.band.high),
        count: m.costs.length,
      }),
    );
  }
  const hiWords = [
    ...m.shown
      .filter((p) => m.highlighted.has(p.id))
      .map((p) => say(`description.highlight.${p.series}`, { figure: figure(p), date: dateOf(p) })),
    ...(m.showCost
      ? m.costs
          .filter((c) => m.highlighted.has(c.id))
          .map((c) =>
            say('description.highlight.cost', {
              outlet: outletOf(c, data.sources),
              figure: fmt.qualified(c.qualifier, fmt.usdMillions(c.amount_usd)),
            }),
          )
      : []),
  ];
  const hiSentence = hiWords.length ? say('description.highlights', { items: fmt.list(hiWords) }) : '';
  if (hiSentence && countSentences([...sentences, hiSentence].join(' ')) <= 4) sentences.push(hiSentence);
  if (sentences.length < 2) sentences.push(say('description.empty'));

  const shownNames = [
    ...(legal.length ? [say('shown.legal-sales')] : []),
    ...(boxes.length ? [say('shown.box-office')] : []),
    ...(m.showCost ? [say('shown.cost')] : []),
  ];
  const rows: string[][] = [
    ...legal.map((p) => [say('table.series.legal-sales'), fmt.date(p.through), figure(p), p.note]),
    ...boxes.map((p) => [say('table.series.box-office'), fmt.date(p.through), figure(p), p.note]),
    ...(m.showCost
      ? m.costs.map((c) => [
          say('table.series.cost'),
          outletOf(c, data.sources),
          fmt.qualified(c.qualifier, fmt.usdMillions(c.amount_usd)),
          c.note ?? say(`table.covers.${COVERS_KEY[c.covers]}`),
        ])
      : []),
  ];
  const series = fmt.list(shownNames);
  return {
    title: shownNames.length ? say('title.shown', { series }) : say('title'),
    description: sentences.join(' '),
    table: {
      caption: shownNames.length ? say('table.caption-shown', { series }) : say('table.caption'),
      columns: [say('table.series'), say('table.through'), say('table.amount'), say('table.notes')],
      rows,
    },
  };
}
