/** How one tracker split its downloaders between the U.S. and everywhere else: one bar, labelled directly above. */
import type { Words } from '../../i18n/words.ts';
import { overlaps, anchoredBox, type Box } from '../core/box.ts';
import { round1 } from '../core/round.ts';
import type { Mark } from '../core/scene.ts';
import { FONT, wrapText } from '../core/text.ts';
import { blockHeight, blockMarks, blockWidth, textBlock, type TextBlock } from '../core/text-block.ts';
import { possessive, say } from './messages.ts';
import type { LockoutMapData } from './model.ts';

const BAR_HEIGHT = 18;
/** Least room between two labels above the bar. */
const LABEL_GAP = 8;

export interface SharePanel {
  rows: LockoutMapData['downloader-share'];
  estimate: LockoutMapData['piracy-estimates'][number] | undefined;
  estimateWords: string;
  caption: TextBlock;
  /** Each share's label above the bar: one line, or wrapped when the labels side by side would not fit. */
  labels: TextBlock[];
  labelHeight: number;
  /** Room the panel takes (kept whether or not it is shown, so the map never jumps). */
  height: number;
}

export function sharePanel(data: LockoutMapData, barWidth: number, words: Words): SharePanel {
  const rows = data['downloader-share'];
  const estimate = data['piracy-estimates'].find((e) => e.id === rows[0]?.of_estimate);
  const estimateWords = estimate ? words.fmt.qualified(estimate.qualifier, words.fmt.count(estimate.count)) : '';
  const captionText = estimate
    ? say(words)(`share.caption${possessive(estimate.tracker)}`, { tracker: words.name(estimate.tracker), count: estimateWords })
    : '';
  const caption = textBlock(wrapText(captionText, barWidth, FONT.small), 'small');
  const texts = rows.map((r) => say(words)('share.label', { location: r.location, pct: words.fmt.pct(r.share_pct) }));
  // Labels stand side by side, LABEL_GAP apart; when they would not fit (long words), each wraps to its share of the width.
  const oneLine = texts.map((t) => textBlock([t], 'label'));
  const fits = oneLine.reduce((w, b) => w + blockWidth(b), 0) + LABEL_GAP * (rows.length - 1) <= barWidth;
  const wrapW = (barWidth - LABEL_GAP * (rows.length - 1)) / Math.max(1, rows.length);
  const labels = fits ? oneLine : texts.map((t) => textBlock(wrapText(t, wrapW, FONT.label), 'label'));
  const labelHeight = Math.max(blockHeight(textBlock(['x'], 'label')), ...labels.map(blockHeight));
  return {
    rows,
    estimate,
    estimateWords,
    caption,
    labels,
    labelHeight,
    height: rows.length ? labelHeight + 5 + BAR_HEIGHT + 6 + blockHeight(caption) : 0,
  };
}

export function shareMarks(p: SharePanel, left: number, right: number, top: number): Mark[] {
  const marks: Mark[] = [];
  const total = p.rows.reduce((s, r) => s + r.share_pct, 0) || 1;
  const barTop = top + p.labelHeight + 5;
  const barWidth = right - left;
  let x = left;
  let prev: Box | undefined;
  p.rows.forEach((r, i) => {
    const w = (r.share_pct / total) * barWidth;
    const derived = r.derived ? ' is-derived' : '';
    const last = i === p.rows.length - 1;
    marks.push({
      type: 'rect',
      key: `share:${r.id}:bar`,
      datum: `downloader-share/${r.id}`,
      x: round1(x + (i > 0 ? 1 : 0)),
      y: round1(barTop),
      width: round1(Math.max(0, w - (i > 0 ? 1 : 0) - (last ? 0 : 1))),
      height: BAR_HEIGHT,
      className: `share-seg share-${r.id}${derived}`,
    });
    const block = p.labels[i] ?? textBlock([], 'label');
    let lx = x + (i > 0 ? 4 : 0);
    let anchor: 'start' | 'end' = 'start';
    let box = anchoredBox(lx, top, blockWidth(block), blockHeight(block), anchor);
    if ((prev && overlaps(prev, box, LABEL_GAP)) || box.x1 > right) {
      lx = last ? right : x + w;
      anchor = 'end';
      box = anchoredBox(lx, top, blockWidth(block), blockHeight(block), anchor);
    }
    prev = box;
    marks.push(...blockMarks(`share:${r.id}:label`, block, lx, top, anchor, `share-label${derived}`));
    x += w;
  });
  if (p.rows.length) marks.push(...blockMarks('share:caption', p.caption, left, barTop + BAR_HEIGHT + 6, 'start', 'share-caption'));
  return marks;
}
