/** Metadata beside each dataset: content/datasets/<id>.meta.yaml. */
import { z } from 'zod';
import { isIsoDate } from './cells.ts';

const isoDate = z.string().refine(isIsoDate, 'expected a date written YYYY-MM-DD');

/**
 * What kind of change a version records. Corrections and updates are listed for readers under
 * "Updates and corrections"; an internal change (housekeeping: a second source, a placeholder
 * instead of a typed figure) is kept in the changelog and the archive but not listed.
 */
export const changeKinds = ['correction', 'update', 'internal'] as const;
export type ChangeKind = (typeof changeKinds)[number];

export const changelogEntrySchema = z.strictObject({
  /** The version this entry describes. */
  version: z.int().positive(),
  /** Day the version was recorded, YYYY-MM-DD. */
  date: isoDate,
  /** What changed and why, in a sentence readers can follow. */
  change: z.string().min(1),
  /** correction, update or internal; the first version has none. */
  kind: z.enum(changeKinds).optional(),
});

export const datasetMetaSchema = z.strictObject({
  /** Must equal the file name (timeline.meta.yaml has id: timeline). */
  id: z.string(),
  /** Title shown with charts and downloads. */
  title: z.string().min(1),
  /** Whole number, raised by one for every change to the CSV (npm run data:version). */
  version: z.int().positive(),
  /** Day of the current version, YYYY-MM-DD. */
  updated: isoDate,
  /** Source ids the dataset as a whole draws on. */
  sources: z.array(z.string()).min(1),
  /** Units of the measured columns, by column name. */
  units: z.record(z.string(), z.string()),
  /** Method notes and caveats, shown with the data. */
  notes: z.string().optional(),
  /** Newest first or oldest first; one entry per version, the current one included. */
  changelog: z.array(changelogEntrySchema).min(1),
});
export type DatasetMeta = z.output<typeof datasetMetaSchema>;
