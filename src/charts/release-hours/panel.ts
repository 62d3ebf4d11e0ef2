/** The platforms panel: where the film was on sale at hour 0, at what prices, and who added it later. */
import { formatDate, formatUsd } from '../core/format.ts';
import { round1 } from '../core/round.ts';
import type { Mark } from '../core/scene.ts';
import { FONT, wrapText } from '../core/text.ts';
import { blockHeight, blockMarks, textBlock } from '../core/text-block.ts';
import { clockAt, HIGHLIGHT_R, MARGIN, type ReleaseHoursData } from './model.ts';

const PAD = 8;

export function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** The panel's marks at the top of the canvas, and its height. */
export function platformsPanel(data: ReleaseHoursData, plotR: number): { height: number; marks: Mark[] } {
  const atRelease = data.platforms.filter((p) => p.hour === 0);
  const later = data.platforms.filter((p) => p.hour !== 0);
  const width = plotR + HIGHLIGHT_R - MARGIN.left - 2 * PAD;
  const prices = data.prices.map((p) => `${capitalize(p.option)} ${formatUsd(p.price_usd)}`).join(' · ');
  const lines = [
    `On sale at hour 0 (${clockAt(0)}):`,
    ...wrapText(atRelease.map((p) => p.platform).join(' · '), width, FONT.small),
    ...(prices ? [prices] : []),
    ...(later.length
      ? wrapText(
          `Added later: ${later.map((p) => `${p.platform} (${formatDate(p.added, { year: false })})`).join(', ')}`,
          width,
          FONT.small,
        )
      : []),
  ];
  const block = textBlock(lines, 'small');
  const height = blockHeight(block) + 2 * PAD;
  const text = blockMarks('platforms:line', block, MARGIN.left + PAD, MARGIN.top + PAD, 'start', 'platforms-text');
  const [heading] = text;
  if (heading) heading.className = 'text-small platforms-heading';
  return {
    height,
    marks: [
      {
        type: 'rect',
        key: 'platforms:panel',
        className: 'platforms-panel panel',
        x: MARGIN.left,
        y: MARGIN.top,
        width: round1(width + 2 * PAD),
        height: round1(height),
        rx: 3,
      },
      ...text,
    ],
  };
}
