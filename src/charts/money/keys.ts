/** The colour keys of the money chart's states: one per series shown (src/charts/core/keys.ts). */
import { chartKey, type ChartKey } from '../core/keys.ts';
import type { MoneyParams } from './params.ts';

export const moneyKeys = (p: MoneyParams): ChartKey[] =>
  p.show.map((s) =>
    s === 'legal-sales'
      ? chartKey('legal-sales', '--c-legal', 'circle', 'circle.point.series-legal-sales')
      : s === 'box-office'
        ? chartKey('box-office', '--c-theatre', 'square', 'rect.point.series-box-office')
        : chartKey('cost', '--c-range', 'area', '.cost-band, .cost-bar', '--c-cost-text'),
  );
