/** Tips of the money chart's points: sales, box office and cost estimates (src/charts/core/define.ts, Tips). */
import type { Tips } from '../core/define.ts';
import { formatCount, formatDate, formatUsdMillions } from '../core/format.ts';
import { capital, estimate } from '../core/tip-words.ts';

export const moneyTips: Tips<'legal-sales' | 'box-office' | 'cost-estimates'> = {
  'legal-sales': (r, data) => [
    data['legal-sales'].meta.title,
    [
      r.transactions === undefined ? '' : `${estimate(r.transactions_qualifier, formatCount(r.transactions))} rentals and purchases`,
      `${estimate(r.spending_qualifier, formatUsdMillions(r.spending_usd))} spent`,
    ]
      .filter(Boolean)
      .join('; '),
    `Through ${formatDate(r.through)} (${formatCount(r.days)} days)`,
  ],
  'box-office': (r, data) => [
    data['box-office'].meta.title,
    estimate(r.qualifier, formatUsdMillions(r.gross_usd)),
    `Through ${formatDate(r.through)} (${formatCount(r.days)} ${r.days === 1 ? 'day' : 'days'} in theaters)`,
  ],
  'cost-estimates': (r) => [capital(r.covers), estimate(r.qualifier, formatUsdMillions(r.amount_usd)), ...(r.note ? [r.note] : [])],
};
