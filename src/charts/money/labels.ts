/**
 * Money's labels, placed in order of importance and never overlapping: highlighted points (with
 * their note, on a leader if they must stand off), then each series' name by its line, then the
 * other values beside their points; a label that finds no room is left out.
 */
import type { Words } from '../../i18n/words.ts';
import { placeFirst, spotsAround, type Leader } from '../core/placer/first-fit.ts';
import type { Placer } from '../core/placer/index.ts';
import { round1 } from '../core/round.ts';
import type { Mark } from '../core/scene.ts';
import { FONT, wrapText } from '../core/text.ts';
import { blockMarks, textBlock, type TextBlock } from '../core/text-block.ts';
import type { Frame } from './frame.ts';
import { say } from './messages.ts';
import { HIGHLIGHT_R, POINT_R, type MoneyModel, type Point } from './model.ts';
import { bounded } from './series.ts';

/** Leaders, and texts (series names, then point labels). */
export function pointLabels(m: MoneyModel, f: Frame, placer: Placer, compact: boolean, words: Words): { leaders: Mark[]; texts: Mark[] } {
  const at = new Map<
    string,
    { x: number; top: number; anchor: 'start' | 'middle' | 'end'; block: TextBlock; leader: Leader | undefined }
  >();
  const place = (p: Point) => {
    const hi = m.highlighted.has(p.id);
    const value = words.fmt.qualified(p.qualifier, words.fmt.usdMillions(p.usd));
    const block = textBlock(hi ? [value, ...wrapText(p.note, compact ? 150 : 190, FONT.focus, true)] : [value], 'small', hi);
    const r = hi ? HIGHLIGHT_R : POINT_R;
    const cx = f.x(p.day);
    const cy = f.y(p.usd);
    // Highlighted labels may stand off on a leader; plain values stay beside their point or give way.
    const found = placeFirst(
      placer,
      block,
      spotsAround(placer, cx, cy, r + (bounded(p) ? 9 : 4), block, hi ? [0, 10, 22, 36, 54, 76, 100, 130] : [0, 6]),
      [cx, cy, r],
    );
    if (found) at.set(p.id, { ...found, block });
  };
  for (const p of m.shown) if (m.highlighted.has(p.id)) place(p);
  // Series names sit by the middle of their line (or their only point), so each line is named in words.
  const names: Mark[] = [];
  for (const s of ['legal-sales', 'box-office'] as const) {
    const ps = m.shown.filter((p) => p.series === s);
    const block = textBlock([say(words)(`series.${s}`)], 'small');
    const spots = ps.flatMap((p, i) => {
      const next = ps[i + 1];
      const [mx, my] = next ? [(f.x(p.day) + f.x(next.day)) / 2, (f.y(p.usd) + f.y(next.usd)) / 2] : [f.x(p.day), f.y(p.usd)];
      return spotsAround(placer, mx, my, 6, block, [0, 6, 14]);
    });
    const found = placeFirst(placer, block, spots);
    if (found) names.push(...blockMarks(`series:${s}:name`, block, found.x, found.top, found.anchor, `series-name series-${s}`));
  }
  // Context values: with a highlight, only the online sales (the story's subject) keep theirs;
  // the rest are in the table, so a state carries few labels.
  for (const p of [...m.shown].reverse()) if (!m.highlighted.has(p.id) && (!m.anyHighlight || p.series === 'legal-sales')) place(p);

  const leaders: Mark[] = [];
  const texts: Mark[] = [...names];
  for (const p of m.shown) {
    const a = at.get(p.id);
    if (!a) continue;
    if (a.leader) {
      const [x1, y1, x2, y2] = a.leader;
      leaders.push({
        type: 'line',
        key: `${p.series}:${p.id}:leader`,
        className: `point-leader series-${p.series}`,
        x1: round1(x1),
        y1: round1(y1),
        x2: round1(x2),
        y2: round1(y2),
      });
    }
    const cls = [
      'point-label',
      `series-${p.series}`,
      p.qualifier === 'about' ? 'is-estimate' : '',
      m.highlighted.has(p.id) ? 'is-highlight' : m.anyHighlight ? 'is-muted' : '',
    ]
      .filter(Boolean)
      .join(' ');
    const lines = blockMarks(`${p.series}:${p.id}:label`, a.block, a.x, a.top, a.anchor, cls);
    lines.forEach((t, i) => {
      if (i > 0) t.className = `${t.className ?? ''} point-note`;
    });
    texts.push(...lines);
  }
  return { leaders, texts };
}
