/** Tips of the money chart's points: sales, box office and cost estimates (src/charts/core/define.ts, Tips). */
import type { Tips } from '../core/define.ts';
import { estimate } from '../core/tip-words.ts';
import { COVERS_KEY, say } from './messages.ts';

export const moneyTips: Tips<'legal-sales' | 'box-office' | 'cost-estimates'> = {
  'legal-sales': (r, data, words) => {
    const { fmt } = words;
    return [
      data['legal-sales'].meta.title,
      [
        r.transactions === undefined
          ? ''
          : say(words)('tip.transactions', { count: estimate(words, r.transactions_qualifier, fmt.count(r.transactions)) }),
        say(words)('tip.spent', { amount: estimate(words, r.spending_qualifier, fmt.usdMillions(r.spending_usd)) }),
      ]
        .filter(Boolean)
        .join(say(words)('tip.separator')),
      say(words)('tip.through', { date: fmt.date(r.through), count: r.days }),
    ];
  },
  'box-office': (r, data, words) => [
    data['box-office'].meta.title,
    estimate(words, r.qualifier, words.fmt.usdMillions(r.gross_usd)),
    say(words)('tip.box-office', { date: words.fmt.date(r.through), count: r.days }),
  ],
  'cost-estimates': (r, _data, words) => [
    say(words)(`tip.covers.${COVERS_KEY[r.covers]}`),
    estimate(words, r.qualifier, words.fmt.usdMillions(r.amount_usd)),
    ...(r.note ? [r.note] : []),
  ],
};
