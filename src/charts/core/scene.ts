/**
 * A scene is what a chart layout returns: every mark with its final geometry, already in pixels,
 * and nothing about the DOM. The same scene is written to SVG at build time (svg.ts) and, in the
 * browser, used to animate from one state to the next, matching marks by `key`.
 *
 * A scene holds only what its state shows. A mark keeps its key from state to state, so the
 * browser tweens a mark both states have, fades in one only the new state has and fades out one
 * it lacks; the order of `marks` is the paint order, and marks two states share keep it.
 */

/** Attributes common to all marks. */
export interface MarkBase {
  /** Stable identity across states of the same chart and size, e.g. "event:hack". */
  key: string;
  /** CSS classes (space-separated) from the chart's stylesheet: colour, weight, pattern. */
  className?: string;
  /** For partly transparent marks, between 0 and 1 (never 0: a mark not shown is left out); default 1. */
  opacity?: number;
  /**
   * The dataset row the mark draws, as "<dataset-id>/<row-id>", on the one mark per row a reader
   * would point at (a dot, a bar, a region's anchor): the page's tooltips find their rows by it.
   */
  datum?: string;
}

export interface RectMark extends MarkBase {
  type: 'rect';
  x: number;
  y: number;
  width: number;
  height: number;
  rx?: number;
}

export interface LineMark extends MarkBase {
  type: 'line';
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

export interface PathMark extends MarkBase {
  type: 'path';
  /** SVG path data. Paths animate by interpolating this string, so keep command sequences stable across states. */
  d: string;
}

export interface CircleMark extends MarkBase {
  type: 'circle';
  cx: number;
  cy: number;
  r: number;
}

export interface TextMark extends MarkBase {
  type: 'text';
  x: number;
  y: number;
  text: string;
  /** SVG text-anchor. */
  anchor?: 'start' | 'middle' | 'end';
  /** Vertical placement relative to y. */
  baseline?: 'auto' | 'middle' | 'hanging';
}

export type Mark = RectMark | LineMark | PathMark | CircleMark | TextMark;

/** A data table that describes the same state for screen readers and the "show the data" toggle. */
export interface SceneTable {
  caption: string;
  columns: string[];
  rows: string[][];
}

export interface Scene {
  width: number;
  height: number;
  /** Accessible title of the chart in this state. */
  title: string;
  /** Accessible description generated from the data and the state: what a sighted reader sees. */
  description: string;
  /** Drawn in order: later marks paint over earlier ones. */
  marks: Mark[];
  table: SceneTable;
}

/* What a layout is handed (size, state, sources, the edition's words) is core/layout-options.ts: the
   browser reads scenes, and this file stays free of the words layer it must not ship. */

/** An outlet's name by source id: labels may name who reported a figure. */
export interface SourceName {
  id: string;
  outlet: string;
}
