/** Money: online sales, box office and the disputed cost, in dollars (datasets: legal-sales, box-office, cost-estimates). */
import { defineChart } from '../core/define.ts';
import { moneyKeys } from './keys.ts';
import { layoutMoney } from './layout.ts';
import { messages } from './messages.ts';
import { moneyParams } from './params.ts';
import { moneyTips } from './tips.ts';

export const money = defineChart({
  id: 'money',
  params: moneyParams,
  datasets: ['legal-sales', 'box-office', 'cost-estimates'],
  references: { highlight: { datasets: ['legal-sales', 'box-office', 'cost-estimates'] } },
  messages,
  layout: (d, opts) =>
    layoutMoney(
      {
        'legal-sales': d['legal-sales'].rows,
        'box-office': d['box-office'].rows,
        'cost-estimates': d['cost-estimates'].rows,
        sources: [...opts.sources],
      },
      opts,
    ),
  keys: moneyKeys,
  tips: moneyTips,
});
