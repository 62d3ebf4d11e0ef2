/** Money in words: what each shown series reports, the disputed cost, and a table of the figures. */
import { formatDate, formatUsdMillions, withQualifier } from '../core/format.ts';
import { countSentences, joinList } from '../core/prose.ts';
import type { SceneTable } from '../core/scene.ts';
import { addDays } from '../core/time.ts';
import { outletOf, SERIES_NAME, WHOLE_COST, type MoneyData, type MoneyModel, type Point } from './model.ts';

export function moneyWords(m: MoneyModel, data: MoneyData): { title: string; description: string; table: SceneTable } {
  const dateOf = (p: Point) => formatDate(p.through, { year: false });
  const figure = (p: Point) => withQualifier(p.qualifier, formatUsdMillions(p.usd));
  const sentences: string[] = [
    `Dollars by day since the online release on ${formatDate(m.origin)}, up to ${formatDate(addDays(m.origin, m.xMax))}.`,
  ];
  const legal = m.shown.filter((p) => p.series === 'legal-sales');
  const [legalFirst] = legal;
  const legalLast = legal.at(-1);
  if (legalFirst && legalLast) {
    sentences.push(
      legal.length > 1
        ? `Sony's reported online sales rise from ${figure(legalFirst)} through ${dateOf(legalFirst)} to ${figure(legalLast)} through ${dateOf(legalLast)}.`
        : `Sony reported online sales of ${figure(legalFirst)} through ${dateOf(legalFirst)}.`,
    );
  }
  const boxes = m.shown.filter((p) => p.series === 'box-office');
  const [boxFirst] = boxes;
  const boxLast = boxes.at(-1);
  if (boxFirst && boxLast) {
    sentences.push(
      boxes.length > 1
        ? `The U.S. box office goes from ${figure(boxFirst)} through ${dateOf(boxFirst)} to ${figure(boxLast)} through ${dateOf(boxLast)}.`
        : `The U.S. box office was ${figure(boxFirst)} through ${dateOf(boxFirst)}.`,
    );
  }
  if (m.showCost && m.band) {
    const whole = m.costs.filter((c) => WHOLE_COST.includes(c.covers));
    const named = (amount: number) => joinList(whole.filter((c) => c.amount_usd === amount).map((c) => outletOf(c, data.sources)));
    sentences.push(
      `A hatched band marks the disputed cost, from ${formatUsdMillions(m.band.low)} (${named(m.band.low)}) to ${formatUsdMillions(m.band.high)} (${named(m.band.high)}), with ${m.costs.length} outlet figures beside it, some for production or marketing only.`,
    );
  }
  const hiWords = [
    ...m.shown
      .filter((p) => m.highlighted.has(p.id))
      .map((p) => `${SERIES_NAME[p.series].toLowerCase()} of ${figure(p)} through ${dateOf(p)}`),
    ...(m.showCost
      ? m.costs
          .filter((c) => m.highlighted.has(c.id))
          .map((c) => `${outletOf(c, data.sources)}'s ${withQualifier(c.qualifier, formatUsdMillions(c.amount_usd))}`)
      : []),
  ];
  const hiSentence = hiWords.length ? `Highlighted: ${joinList(hiWords)}.` : '';
  if (hiSentence && countSentences([...sentences, hiSentence].join(' ')) <= 4) sentences.push(hiSentence);
  if (sentences.length < 2) sentences.push('No figures are shown in this step.');

  const shownNames = [
    ...(legal.length ? ['online sales'] : []),
    ...(boxes.length ? ['box office'] : []),
    ...(m.showCost ? ['reported cost'] : []),
  ];
  const rows: string[][] = [
    ...legal.map((p) => ['Online sales (Sony)', formatDate(p.through), figure(p), p.note]),
    ...boxes.map((p) => ['Box office (U.S.)', formatDate(p.through), figure(p), p.note]),
    ...(m.showCost
      ? m.costs.map((c) => [
          'Reported cost',
          outletOf(c, data.sources),
          withQualifier(c.qualifier, formatUsdMillions(c.amount_usd)),
          c.note ?? c.covers,
        ])
      : []),
  ];
  return {
    title: `Money in U.S. dollars${shownNames.length ? `: ${joinList(shownNames)}` : ''}`,
    description: sentences.join(' '),
    table: {
      caption: shownNames.length ? `Reported figures: ${joinList(shownNames)}` : 'Reported figures',
      columns: ['Series', 'Through / outlet', 'Amount (U.S. dollars)', 'Notes'],
      rows,
    },
  };
}
