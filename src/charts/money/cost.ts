/**
 * The disputed cost: a hatched band across the plot from the lowest to the highest whole-film
 * figure, and a column at the right with each outlet's figure as a labelled tick.
 */
import { formatUsdMillions, withQualifier } from '../core/format.ts';
import { dodge } from '../core/placer/dodge.ts';
import type { Placer } from '../core/placer/index.ts';
import { round1 } from '../core/round.ts';
import type { Mark } from '../core/scene.ts';
import { BOLD_WIDTH, FONT, wrapText } from '../core/text.ts';
import { blockBox, blockHeight, blockMarks, textBlock } from '../core/text-block.ts';
import type { Frame } from './frame.ts';
import { MARGIN, outletOf, WHOLE_COST, type CostRow, type MoneyData, type MoneyModel } from './model.ts';

const COVERS: Record<CostRow['covers'], string> = {
  production: 'production only',
  marketing: 'marketing only',
  'production and marketing': 'with marketing',
  'budget (unspecified)': 'budget',
};

/** Band, column bar, ticks, leaders and labels; the band's label is reserved in `placer`. */
export function costMarks(m: MoneyModel, f: Frame, data: MoneyData, width: number, placer: Placer): { shapes: Mark[]; texts: Mark[] } {
  const shapes: Mark[] = [];
  const texts: Mark[] = [];
  const colX = width - MARGIN.right - f.columnW + 8;
  if (m.band) {
    const y0 = f.y(m.band.high);
    const h = round1(Math.max(0, f.y(m.band.low) - y0));
    shapes.push(
      {
        type: 'rect',
        key: 'cost:band',
        className: 'cost-band is-range',
        x: round1(f.plotL),
        y: round1(y0),
        width: round1(Math.max(0, f.plotR - f.plotL)),
        height: h,
      },
      { type: 'rect', key: 'cost:bar', className: 'cost-bar is-range', x: round1(colX - 4), y: round1(y0), width: 8, height: h },
    );
    const label = textBlock(
      wrapText(
        `Reported cost, disputed: ${formatUsdMillions(m.band.low)} to ${formatUsdMillions(m.band.high)}`,
        Math.max(80, (width - MARGIN.right - f.columnW - 8 - f.plotL) * 0.75),
        FONT.small,
      ),
      'small',
    );
    placer.reserve(blockBox(label, f.plotL + 6, y0 + 4, 'start'));
    texts.push(...blockMarks('cost:band-label', label, f.plotL + 6, y0 + 4, 'start', 'cost-band-label'));
  }
  const labelW = f.columnW - 24;
  const blocks = m.costs.map((c) =>
    textBlock(
      // Wrapped narrow enough to stay inside even when set bold.
      wrapText(
        `${outletOf(c, data.sources)}: ${withQualifier(c.qualifier, formatUsdMillions(c.amount_usd))}, ${COVERS[c.covers]}`,
        labelW / BOLD_WIDTH,
        FONT.small,
      ),
      'small',
      m.highlighted.has(c.id),
    ),
  );
  const tops = dodge(
    m.costs.map((c, i) => f.y(c.amount_usd) - blockHeight(blocks[i] ?? textBlock([], 'small')) / 2),
    blocks.map((b) => blockHeight(b) + 3),
    2,
    f.axisY + 4,
  );
  m.costs.forEach((c, i) => {
    const b = blocks[i] ?? textBlock([], 'small');
    const emphasis = m.highlighted.has(c.id) ? 'is-highlight' : m.highlighted.size ? 'is-muted' : '';
    const cls = [WHOLE_COST.includes(c.covers) ? '' : 'is-partial', c.qualifier === 'about' ? 'is-estimate' : '', emphasis]
      .filter(Boolean)
      .join(' ');
    const ty = f.y(c.amount_usd);
    const top = tops[i] ?? ty;
    const labelX = colX + 14;
    shapes.push(
      {
        type: 'line',
        key: `cost:${c.id}:tick`,
        datum: `cost-estimates/${c.id}`,
        className: `cost-tick ${cls}`.trim(),
        x1: round1(colX - 7),
        y1: round1(ty),
        x2: round1(colX + 7),
        y2: round1(ty),
      },
      {
        type: 'line',
        key: `cost:${c.id}:leader`,
        className: `cost-leader ${cls}`.trim(),
        x1: round1(colX + 7),
        y1: round1(ty),
        x2: round1(labelX - 2),
        y2: round1(top + blockHeight(b) / 2),
      },
    );
    texts.push(...blockMarks(`cost:${c.id}:label`, b, labelX, top, 'start', `cost-label ${cls}`.trim()));
  });
  return { shapes, texts };
}
