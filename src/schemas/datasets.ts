/**
 * One row schema per dataset. The CSV file `content/datasets/<id>.csv` must have exactly these
 * columns (in any order); each cell is parsed by the cell type named here. Every row has an `id`
 * (unique in its file) and `sources` (ids from content/sources.yaml, separated by semicolons).
 *
 * `formats` says how a column's values read in prose and labels when the story cites them as
 * `{{dataset:row.column}}`.
 */
import { z } from 'zod';
import * as cell from './cells.ts';

/** How a value is written for readers. */
export type ValueFormat = 'count' | 'usd' | 'usd-millions' | 'pct' | 'hours' | 'date' | 'text';

interface DatasetDefinition<S extends z.ZodObject> {
  row: S;
  formats: Partial<Record<keyof z.output<S> & string, ValueFormat>>;
}

function define<S extends z.ZodObject>(d: DatasetDefinition<S>): DatasetDefinition<S> {
  return d;
}

const base = {
  /** Row id, unique in the file; the story cites a figure as {{dataset:id.column}}. */
  id: cell.id,
  /** Source ids (content/sources.yaml), separated by semicolons. */
  sources: cell.sourceList,
};

export const datasetDefinitions = {
  /** Dated events from the hack (Nov 24, 2014) to Sony's January sales reports. */
  timeline: define({
    row: z.object({
      ...base,
      /** Calendar date (ET), YYYY-MM-DD. */
      date: cell.date,
      /** Clock time (ET, HH:MM) when reported; empty when only the day is known. */
      time: cell.optionalTime,
      /** Short label shown on the chart, a few words. */
      label: cell.text,
      /** One sentence on what happened, for the data table and description. */
      detail: cell.text,
      /** Which phase of the story the event belongs to. */
      phase: cell.oneOf(['hack', 'cancellation', 'release', 'aftermath']),
    }),
    formats: { date: 'date' },
  }),

  /** What happened in the first hours of the online release; hour 0 = 1 pm ET, Dec 24, 2014. */
  'release-hours': define({
    row: z.object({
      ...base,
      /** Hours since the online release when it began. */
      hour: cell.number,
      /** When the moment is a span (e.g. "that afternoon"), the hour it ended by; else empty. */
      hour_end: cell.optionalNumber,
      /** yes when the time is approximate (sources say "about" or disagree). */
      approx: cell.flag,
      /** Short label for the chart. */
      label: cell.text,
      /** One sentence for the table and description, naming any disagreement between sources. */
      detail: cell.text,
      /** legal: the authorised release; piracy: unauthorised copies; theatre: cinemas. */
      kind: cell.oneOf(['legal', 'piracy', 'theatre']),
    }),
    formats: { hour: 'hours', hour_end: 'hours' },
  }),

  /** Where the film could be rented or bought online, and from when. */
  platforms: define({
    row: z.object({
      ...base,
      /** Service name as readers know it. */
      platform: cell.text,
      /** Date it began offering the film (ET). */
      added: cell.date,
      /** Hours since the online release when it began; empty when only the day is known. */
      hour: cell.optionalNumber,
    }),
    formats: { added: 'date', hour: 'hours' },
  }),

  /** Prices of the online release in U.S. dollars. */
  prices: define({
    row: z.object({
      ...base,
      /** rent or buy. */
      option: cell.oneOf(['rent', 'buy']),
      /** Price in U.S. dollars, e.g. 5.99. */
      price_usd: cell.number,
    }),
    formats: { price_usd: 'usd' },
  }),

  /** Legal online availability by region: the lockout. */
  availability: define({
    row: z.object({
      ...base,
      /** Region name as shown to readers. */
      region: cell.text,
      /** ISO 3166-1 numeric code of the country (840 = U.S.); empty for "rest of the world". */
      iso_numeric: cell.optionalNumber,
      /** legal: could rent or buy online; locked: no legal online release. */
      status: cell.oneOf(['legal', 'locked']),
      /** Hours since release when it became available; empty when not reported or never. */
      from_hour: cell.optionalNumber,
      /** Words for when it became available, as sources put it (e.g. "that afternoon"). */
      when: cell.text,
    }),
    formats: { from_hour: 'hours' },
  }),

  /** Share of pirate downloaders by location, from a single tracker's count. */
  'downloader-share': define({
    row: z.object({
      ...base,
      /** Location group as shown to readers. */
      location: cell.text,
      /** Share of the tracker's downloaders, in percent. */
      share_pct: cell.number,
      /** Row id in piracy-estimates of the count the share is of. */
      of_estimate: cell.id,
      /** yes when the share is derived (e.g. 100 minus a reported share) rather than reported. */
      derived: cell.flag,
    }),
    formats: { share_pct: 'pct' },
  }),

  /** Cumulative pirate downloads, by tracker. Never merge trackers: methods differ. */
  'piracy-estimates': define({
    row: z.object({
      ...base,
      /** Who counted, as readers should see it named; one series per tracker. */
      tracker: cell.text,
      /** Hours since the online release (1 pm ET, Dec 24) at the time of the count. */
      hours: cell.number,
      /** yes when the hour is approximate. */
      hours_approx: cell.flag,
      /** The count (cumulative downloads, estimated). */
      count: cell.number,
      /** How the source qualifies the count. */
      qualifier: cell.qualifier,
      /** What was counted and how, in a few words. */
      method: cell.text,
      /** Caveats from the sources; shown in the table. */
      note: cell.optionalText,
    }),
    formats: { count: 'count', hours: 'hours' },
  }),

  /** Sony's cumulative online rentals and purchases, as Sony reported them. */
  'legal-sales': define({
    row: z.object({
      ...base,
      /** Last day covered by the report (ET). */
      through: cell.date,
      /** Days since the online release covered. */
      days: cell.number,
      /** Rentals and purchases; empty when not reported. */
      transactions: cell.optionalNumber,
      /** How the source qualifies transactions. */
      transactions_qualifier: cell.qualifier,
      /** Consumer spending in U.S. dollars. */
      spending_usd: cell.number,
      /** How the source qualifies spending. */
      spending_qualifier: cell.qualifier,
    }),
    formats: { through: 'date', transactions: 'count', spending_usd: 'usd-millions', days: 'count' },
  }),

  /** Cumulative U.S. box office. */
  'box-office': define({
    row: z.object({
      ...base,
      /** Last day covered (ET). */
      through: cell.date,
      /** Days since the Dec 25 theatrical opening covered (1 = opening day). */
      days: cell.number,
      /** Gross in U.S. dollars. */
      gross_usd: cell.number,
      /** How the source qualifies the gross. */
      qualifier: cell.qualifier,
    }),
    formats: { through: 'date', gross_usd: 'usd-millions', days: 'count' },
  }),

  /** What the film cost, as different outlets reported it. Disputed: show as a range. */
  'cost-estimates': define({
    row: z.object({
      ...base,
      /** Amount in U.S. dollars. */
      amount_usd: cell.number,
      /** How the source qualifies the amount. */
      qualifier: cell.qualifier,
      /** What the amount covers, as the source says. */
      covers: cell.oneOf(['production', 'marketing', 'production and marketing', 'budget (unspecified)']),
      /** Outlet wording or caveat. */
      note: cell.optionalText,
    }),
    formats: { amount_usd: 'usd-millions' },
  }),

  /** Theatre counts: planned, opening, expanded. */
  theaters: define({
    row: z.object({
      ...base,
      /** Date the count applies to (ET). */
      date: cell.date,
      /** Number of theatres or screens. */
      count: cell.number,
      /** Lowest figure reported when sources disagree; else empty. */
      count_low: cell.optionalNumber,
      /** How the source qualifies the count. */
      qualifier: cell.qualifier,
      /** What the count is, in a few words. */
      label: cell.text,
    }),
    formats: { date: 'date', count: 'count', count_low: 'count' },
  }),
} as const;

export type DatasetId = keyof typeof datasetDefinitions;
export const datasetIds = Object.keys(datasetDefinitions) as DatasetId[];
export type RowOf<K extends DatasetId> = z.output<(typeof datasetDefinitions)[K]['row']>;
export type DatasetRows = { [K in DatasetId]: RowOf<K>[] };

export function isDatasetId(s: string): s is DatasetId {
  return Object.hasOwn(datasetDefinitions, s);
}
