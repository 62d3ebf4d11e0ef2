/**
 * Colour keys: the words in a step's text that name a series of its chart (a tracker, the legal
 * sales, the U.S. on the map) take that series' colour and a swatch of its mark's shape, so the
 * prose is the chart's legend. Editors write `:key[TorrentFreak]{mark=torrentfreak}`; each chart
 * says which keys a state draws (its `keys` hook, src/charts/<id>/keys.ts), so a key the chart
 * does not show is an error. Colours are the chart tokens of src/styles/charts.css (the swatch
 * uses `colour`, the word `text`, or ink where the series colour is too light for text); shapes
 * match the marks (test/content/keys-drawn.test.ts renders every state and checks both).
 */

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

/** A key whose word takes `text` (default: its swatch colour); `text` null keeps the word in ink. */
export const chartKey = (id: string, colour: string, shape: KeyShape, marks: string, text: string | null = colour): ChartKey => ({
  id,
  colour,
  text: text ?? undefined,
  shape,
  marks,
});
