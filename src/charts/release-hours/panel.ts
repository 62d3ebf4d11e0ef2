/** The platforms panel: where the film was on sale at hour 0, at what prices, and who added it later. */
import type { Words } from '../../i18n/words.ts';
import { round1 } from '../core/round.ts';
import type { Mark } from '../core/scene.ts';
import { FONT, wrapText } from '../core/text.ts';
import { blockHeight, blockMarks, textBlock } from '../core/text-block.ts';
import { say as sayIn } from './messages.ts';
import { clockAt, HIGHLIGHT_R, MARGIN, type ReleaseHoursData } from './model.ts';

const PAD = 8;

/** The panel's marks at the top of the canvas, and its height. */
export function platformsPanel(data: ReleaseHoursData, plotR: number, words: Words): { height: number; marks: Mark[] } {
  const say = sayIn(words);
  const { fmt } = words;
  const atRelease = data.platforms.filter((p) => p.hour === 0);
  const later = data.platforms.filter((p) => p.hour !== 0);
  const width = plotR + HIGHLIGHT_R - MARGIN.left - 2 * PAD;
  const prices = data.prices.map((p) => say(`panel.price.${p.option}`, { price: fmt.usd(p.price_usd) })).join(say('panel.separator'));
  const laterItems = later.map((p) => say('panel.later-item', { platform: p.platform, date: fmt.date(p.added, { year: false }) }));
  const lines = [
    say('panel.heading', { time: clockAt(0, words) }),
    ...wrapText(atRelease.map((p) => p.platform).join(say('panel.separator')), width, FONT.small),
    ...(prices ? [prices] : []),
    ...(later.length ? wrapText(say('panel.later', { platforms: laterItems.join(say('panel.later-separator')) }), width, FONT.small) : []),
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
