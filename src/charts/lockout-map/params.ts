/** State parameters of the world map of legal availability (content/charts.yaml). */
import { z } from 'zod';
import { ids } from '../core/param-types.ts';

export const lockoutMapParams = z.strictObject({
  /** availability row ids drawn as legally available; every other region is drawn locked out. */
  legal: ids,
  /** availability row id to emphasise. */
  emphasize: z.string().optional(),
  /** Show the share of pirate downloaders inside and outside the U.S. as a bar (not per country). */
  share: z.boolean().default(false),
});
export type LockoutMapParams = z.output<typeof lockoutMapParams>;
