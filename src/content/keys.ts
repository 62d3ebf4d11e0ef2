/**
 * Colour keys: the words in a step's text that name a series of its chart (a tracker, the legal
 * sales, the U.S. on the map) take that series' colour and a swatch of its mark's shape, so the
 * prose is the chart's legend. Editors write `:key[TorrentFreak]{mark=torrentfreak}`; this file
 * says which keys each chart state draws, so a key the chart does not show is an error.
 * Colours are the chart tokens of src/styles/charts.css (the swatch uses `colour`, the word
 * `text`, or ink where the series colour is too light for text); shapes match the marks
 * (test/content/keys-drawn.test.ts renders every state and checks both).
 */
import type { Datasets } from './load.ts';
import type { ChartId, StateParams } from '../schemas/charts.ts';

export type KeyShape = 'circle' | 'square' | 'triangle' | 'diamond' | 'bar' | 'area';

export interface ChartKey {
  /** What editors write after `mark=`. */
  id: string;
  /** The chart token (custom property of charts.css) the swatch is filled with. */
  colour: string;
  /** The token the word is set in; undefined keeps the word in ink (the colour is too light for text). */
  text: string | undefined;
  shape: KeyShape;
  /** CSS selector of the marks this key names, in the chart's SVG (checked by the test above). */
  marks: string;
}

/** `text` null keeps the word in ink (a default would also fill in an explicit undefined). */
const key = (id: string, colour: string, shape: KeyShape, marks: string, text: string | null = colour): ChartKey => ({ id, colour, text: text ?? undefined, shape, marks });

/** Trackers of the piracy surge by their name in the data; shapes follow the data's tracker order. */
const TRACKERS: Record<string, ChartKey> = {
  TorrentFreak: key('torrentfreak', '--c-tracker-1', 'circle', '.point.tracker-torrentfreak.shape-circle'),
  'Torrent-site counters (Variety)': key('counters', '--c-tracker-2', 'square', '.point.tracker-torrent-site-counters-variety.shape-square'),
  Excipio: key('excipio', '--c-tracker-3', 'triangle', '.point.tracker-excipio.shape-triangle'),
};

const LANES = {
  legal: key('online-release', '--c-legal', 'circle', '.marker.kind-legal'),
  piracy: key('piracy', '--c-piracy', 'circle', '.marker.kind-piracy'),
  theatre: key('theaters', '--c-theatre', 'circle', '.marker.kind-theatre'),
} as const;

type KeysOf<K extends ChartId> = (params: StateParams<K>, data: Partial<Datasets>) => ChartKey[];

const byChart: { [K in ChartId]: KeysOf<K> } = {
  timeline: (p) => (p.theaters.length > 0 ? [key('theaters', '--c-theatre', 'bar', '.theaters-bar')] : []),
  'release-hours': (p, data) => {
    // Rows of a dataset with a mistake are not known; its own message is the one to fix, so every lane counts.
    const rows = data['release-hours']?.rows;
    const kinds = new Set(rows ? rows.filter((r) => p.reveal.includes(r.id)).map((r) => r.kind) : ['legal', 'piracy', 'theatre']);
    return (['legal', 'piracy', 'theatre'] as const).filter((k) => kinds.has(k)).map((k) => LANES[k]);
  },
  'lockout-map': (p) => [
    ...(p.legal.length > 0 ? [key('legal', '--c-legal', 'square', '.geo.is-legal')] : []),
    key('locked', '--c-locked', 'square', '.geo.is-locked', null),
    ...(p.share ? [key('inside-us', '--c-legal', 'bar', '.share-seg.share-us'), key('outside-us', '--c-piracy', 'bar', '.share-seg.is-derived')] : []),
  ],
  'piracy-surge': (p) => [
    ...p.trackers.flatMap((t) => TRACKERS[t] ?? []),
    ...(p.legal.length > 0 ? [key('sony-sales', '--c-legal', 'diamond', '.point.shape-diamond.is-legal')] : []),
  ],
  money: (p) =>
    p.show.map((s) =>
      s === 'legal-sales'
        ? key('legal-sales', '--c-legal', 'circle', 'circle.point.series-legal-sales')
        : s === 'box-office'
          ? key('box-office', '--c-theatre', 'square', 'rect.point.series-box-office')
          : key('cost', '--c-range', 'area', '.cost-band, .cost-bar', '--c-cost-text'),
    ),
};

/** The keys a chart state draws, in the order the chart draws them. */
export function keysOf<K extends ChartId>(chart: K, params: StateParams<K>, data: Partial<Datasets>): ChartKey[] {
  // byChart is indexed by the same K as params; TypeScript cannot correlate the two through a union.
  return (byChart[chart] as unknown as KeysOf<K>)(params, data);
}
