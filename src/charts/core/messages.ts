/**
 * Words every chart shares (tips' source lines, the estimate mark), under the global prefix
 * `chart.` (e.g. `chart.tip.sources`); each chart's own words are in src/charts/<id>/messages.ts.
 */
import type { Catalog } from '../../i18n/words.ts';

export const CORE_PREFIX = 'chart';

export const messages = {
  /** The last line of every tip: the outlets a point comes from, `{outlets}` joined by `tip.outlet-separator`. */
  'tip.sources.one': 'Source: {outlets}',
  'tip.sources.other': 'Sources: {outlets}',
  'tip.outlet-separator': ', ',
  /** "about" figures are the sources' estimates; the tip says so in words, not only by the figure. */
  'tip.estimate': '{figure} (estimate)',
} satisfies Catalog;
