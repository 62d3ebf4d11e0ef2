/** The registry of cited sources, content/sources.yaml: a list of these. */
import { z } from 'zod';
import { isIsoDate } from './cells.ts';

export const sourceSchema = z.strictObject({
  /** Short id cited by dataset rows and story figures, e.g. `variety-15m`. */
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'expected an id of lower-case letters, digits and hyphens'),
  /** Publication, as readers know it. */
  outlet: z.string().min(1),
  /** Headline, or a description in parentheses when the headline is not known. */
  title: z.string().min(1),
  /** Byline, where known. */
  author: z.string().min(1).optional(),
  /** Publication date: YYYY-MM-DD, or YYYY-MM when only the month is known. */
  date: z
    .string()
    .refine((s) => isIsoDate(s) || /^\d{4}-(0[1-9]|1[0-2])$/.test(s), 'expected a date written YYYY-MM-DD or YYYY-MM')
    .optional(),
  /** Address of the article, only where it was seen. Never invent one. */
  url: z.url({ protocol: /^https?$/, error: 'expected a full http(s) address' }).optional(),
  /** Anything readers should know (e.g. syndication, updates). */
  note: z.string().optional(),
});
export type Source = z.output<typeof sourceSchema>;

export const sourcesFileSchema = z.array(sourceSchema);
