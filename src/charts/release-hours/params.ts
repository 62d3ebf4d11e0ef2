/** State parameters of the first hours of the online release (content/charts.yaml). */
import { z } from 'zod';
import { ids } from '../core/param-types.ts';

export const releaseHoursParams = z.strictObject({
  /** release-hours row ids shown; the rest are left out until a later step reveals them. */
  reveal: ids,
  /** release-hours row ids to emphasise. */
  highlight: ids,
  /** Show the platforms and prices panel. */
  platforms: z.boolean().default(false),
});
export type ReleaseHoursParams = z.output<typeof releaseHoursParams>;
