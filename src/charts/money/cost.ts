/**
 * The disputed cost: a hatched band across the plot from the lowest to the highest whole-film
 * figure, and a narrow column at the right with each outlet's figure as a tick; the step's reports
 * are named beside their ticks, the others are in the data table (a legend line says so).
 */
import type { Words } from '../../i18n/words.ts';
import { placeFirst } from '../core/placer/first-fit.ts';
import type { Placer } from '../core/placer/index.ts';
import { round1 } from '../core/round.ts';
import type { Mark } from '../core/scene.ts';
import { FONT, wrapText } from '../core/text.ts';
import { blockBox, blockHeight, blockMarks, textBlock, type TextBlock, type TextLine } from '../core/text-block.ts';
import type { Frame } from './frame.ts';
import { COVERS_KEY, say as sayIn } from './messages.ts';
import { MARGIN, outletOf, WHOLE_COST, type MoneyData, type MoneyModel } from './model.ts';

/** Band, column bar, ticks, leaders and labels, all reserved in `placer` (which already holds the series). */
export function costMarks(
  m: MoneyModel,
  f: Frame,
  data: MoneyData,
  width: number,
  placer: Placer,
  words: Words,
): { shapes: Mark[]; texts: Mark[] } {
  const say = sayIn(words);
  const { fmt } = words;
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
    const wrapW = Math.max(80, (width - MARGIN.right - f.columnW - 8 - f.plotL) * 0.75);
    const label: TextBlock = {
      lines: [
        ...wrapText(say('cost.band', { low: fmt.usdMillions(m.band.low), high: fmt.usdMillions(m.band.high) }), wrapW, FONT.small).map(
          (text): TextLine => ({ text, size: 'small' }),
        ),
        // The legend of the column: its ticks are not each labelled.
        ...wrapText(say('cost.legend'), wrapW, FONT.small).map((text): TextLine => ({
          text,
          size: 'small',
          className: 'cost-legend',
        })),
      ],
      bold: false,
    };
    // Inside the band at its lower left, clear of the named reports at the right and of the sales line, which rises later.
    const top = y0 + h - blockHeight(label) - 6;
    placer.reserve(blockBox(label, f.plotL + 6, top, 'start'));
    texts.push(...blockMarks('cost:band-label', label, f.plotL + 6, top, 'start', 'cost-band-label'));
  }
  // Every outlet's figure is a tick in the column; only the step's reports (or, with none
  // highlighted, the band's two ends) are named, left of the column: the rest are in the table.
  const named = m.costs.filter((c) => m.highlighted.has(c.id));
  const ends = m.band
    ? m.costs.filter((c) => WHOLE_COST.includes(c.covers) && (c.amount_usd === m.band?.low || c.amount_usd === m.band?.high))
    : [];
  const labelled = new Set((named.length ? named : ends).map((c) => c.id));
  const wrapW = f.compact ? 150 : 220;
  // Highest first: the top of the band has the most room.
  for (const c of [...m.costs].sort((a, b) => b.amount_usd - a.amount_usd)) {
    const emphasis = m.highlighted.has(c.id) ? 'is-highlight' : m.highlighted.size ? 'is-muted' : '';
    const cls = [WHOLE_COST.includes(c.covers) ? '' : 'is-partial', c.qualifier === 'about' ? 'is-estimate' : '', emphasis]
      .filter(Boolean)
      .join(' ');
    const ty = f.y(c.amount_usd);
    shapes.push({
      type: 'line',
      key: `cost:${c.id}:tick`,
      datum: `cost-estimates/${c.id}`,
      className: `cost-tick ${cls}`.trim(),
      x1: round1(colX - 7),
      y1: round1(ty),
      x2: round1(colX + 7),
      y2: round1(ty),
    });
    if (!labelled.has(c.id)) continue;
    const hi = m.highlighted.has(c.id);
    const figure = fmt.qualified(c.qualifier, fmt.usdMillions(c.amount_usd));
    const text = say(`cost.label.${COVERS_KEY[c.covers]}`, { outlet: outletOf(c, data.sources), figure });
    const b = textBlock(wrapText(text, wrapW, hi ? FONT.focus : FONT.small, hi), 'small', hi);
    const h = blockHeight(b);
    const x = colX - 12;
    const spots = [0, 8, -8, 16, -16, 28, -28, 44, -44, 64, -64].map((d): [number, number, 'end'] => [x, ty - h / 2 + d, 'end']);
    const found = placeFirst(placer, b, spots);
    if (!found) continue;
    const midY = found.top + h / 2;
    shapes.push({
      type: 'line',
      key: `cost:${c.id}:leader`,
      className: `cost-leader ${cls}`.trim(),
      x1: round1(colX - 7),
      y1: round1(ty),
      x2: round1(x + 3),
      y2: round1(midY),
    });
    texts.push(...blockMarks(`cost:${c.id}:label`, b, found.x, found.top, 'end', `cost-label ${cls}`.trim()));
  }
  return { shapes, texts };
}
