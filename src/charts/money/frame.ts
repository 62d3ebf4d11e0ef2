/** Money's frame: plot area, scales, and the axes (dollars at the left, weekly days below). */
import { scaleLinear, type ScaleLinear } from 'd3-scale';
import { bottomAxis, bottomAxisHeight, leftAxis, thinTicks, type AxisTick } from '../core/axis.ts';
import type { Words } from '../../i18n/words.ts';
import type { Mark } from '../core/scene.ts';
import { FONT, textWidth, wrapText } from '../core/text.ts';
import { blockHeight, blockMarks, blockWidth, textBlock } from '../core/text-block.ts';
import { addDays } from '../core/time.ts';
import { say } from './messages.ts';
import { MARGIN, type MoneyModel } from './model.ts';

export interface Frame {
  plotL: number;
  plotR: number;
  plotTop: number;
  axisY: number;
  /** Laid out at the registry's compact size. */
  compact: boolean;
  /** Width of the cost column at the right. */
  columnW: number;
  x: ScaleLinear<number, number>;
  y: ScaleLinear<number, number>;
}

function axisTitle(m: MoneyModel, width: number, compact: boolean, words: Words) {
  // On narrow charts the title keeps clear of the cost column on the right.
  const title = say(words)('axis.x', { date: words.fmt.date(m.origin) });
  return textBlock(wrapText(title, compact ? width * 0.6 : width - 2 * MARGIN.left, FONT.axis), 'axis');
}

export function moneyFrame(m: MoneyModel, width: number, height: number, compact: boolean, words: Words): Frame {
  const yLabelW = Math.max(...m.yTicks.map((v) => textWidth(words.fmt.usdShort(v), FONT.axis)));
  const plotL = MARGIN.left + yLabelW + 8;
  // The cost column holds ticks only; the named reports sit left of it, inside the plot.
  const columnW = compact ? 28 : 36;
  const plotR = width - MARGIN.right - (m.showCost ? columnW : 0) - 8;
  const x = scaleLinear()
    .domain([0, m.xMax])
    .range([plotL + 4, plotR]);
  const axisY = height - MARGIN.bottom - blockHeight(axisTitle(m, width, compact, words)) - 5 - bottomAxisHeight(2);
  const y = m.y0.copy().range([axisY, MARGIN.top]).clamp(true);
  return { plotL, plotR, plotTop: MARGIN.top, axisY, compact, columnW, x, y };
}

export function moneyAxes(m: MoneyModel, f: Frame, width: number, words: Words): Mark[] {
  const tick = (d: number): AxisTick => ({
    value: d,
    at: f.x(d),
    lines: [words.fmt.date(addDays(m.origin, d), { year: false }), say(words)('axis.day', { day: words.fmt.decimal(d) })],
  });
  // Weekly, or every other week when the plot is narrow (the cost column shown).
  const widest = (s: number) => Math.max(...[0, s, 2 * s].map((d) => blockWidth(textBlock(tick(d).lines, 'axis'))));
  const step = [7, 14].find((s) => f.x(s) - f.x(0) >= widest(s) + 10) ?? 14;
  const ticks: AxisTick[] = [];
  for (let d = 0; d <= m.xMax; d += step) ticks.push(tick(d));
  return [
    ...leftAxis({ from: f.plotL, to: f.plotR, ticks: m.yTicks.map((v) => ({ value: v, at: f.y(v), text: words.fmt.usdShort(v) })) }),
    ...bottomAxis({ y: f.axisY, ticks: thinTicks(ticks, f.axisY, 0, width - 2, 4), min: 0, max: width - 2, edgeShift: 0 }),
    ...blockMarks(
      'axis-x:title',
      axisTitle(m, width, f.compact, words),
      MARGIN.left,
      f.axisY + bottomAxisHeight(2) + 5,
      'start',
      'axis-title',
    ),
  ];
}
