/** State parameters of the piracy surge (content/charts.yaml). */
import { z } from 'zod';
import { ids } from '../core/param-types.ts';

export const piracySurgeParams = z.strictObject({
  /** Trackers shown, by name as in the tracker column; each is its own series. */
  trackers: ids,
  /** piracy-estimates row ids to annotate. */
  highlight: ids,
  /** legal-sales row ids whose transactions are set against the downloads. */
  legal: ids,
});
export type PiracySurgeParams = z.output<typeof piracySurgeParams>;
