/**
 * Money, in U.S. dollars, by day since the online release (day 0 = Dec. 24, 2014): Sony's reported
 * online sales and the U.S. box office as cumulative series on one calendar axis, and the disputed
 * cost of the film as a hatched band across the plot, with each outlet's figure as a labelled tick
 * in a column at the right.
 */
import { Placer } from '../core/placer/index.ts';
import type { LayoutOptions } from '../core/layout-options.ts';
import type { Scene } from '../core/scene.ts';
import { costMarks } from './cost.ts';
import { moneyAxes, moneyFrame } from './frame.ts';
import { pointLabels } from './labels.ts';
import { moneyModel, type MoneyData } from './model.ts';
import type { MoneyParams } from './params.ts';
import { seriesMarks } from './series.ts';
import { moneyWords } from './words.ts';

export { outletOf, type MoneyData } from './model.ts';

export function layoutMoney(data: MoneyData, { width, height, size, state, words }: LayoutOptions<MoneyParams>): Scene {
  const m = moneyModel(data, state, words);
  const f = moneyFrame(m, width, height, size === 'compact', words);
  const placer = new Placer({ x0: f.plotL, y0: 2, x1: m.showCost ? f.plotR + 4 : width - 2, y1: f.axisY - 2 });
  const series = seriesMarks(m, f);
  placer.reserve(...series.obstacles);
  const cost = m.showCost ? costMarks(m, f, data, width, placer, words) : { shapes: [], texts: [] };
  const labels = pointLabels(m, f, placer, f.compact, words);
  return {
    width,
    height,
    ...moneyWords(m, data, words),
    marks: [...moneyAxes(m, f, width, words), ...cost.shapes, ...series.marks, ...labels.leaders, ...cost.texts, ...labels.texts],
  };
}
