/** State parameters of the money chart (content/charts.yaml). */
import { z } from 'zod';
import { ids } from '../core/param-types.ts';

export const moneyParams = z.strictObject({
  /** Which series are shown. */
  show: z.array(z.enum(['legal-sales', 'box-office', 'cost'])).default([]),
  /** Row ids (of any of the three datasets) to annotate. */
  highlight: ids,
});
export type MoneyParams = z.output<typeof moneyParams>;
