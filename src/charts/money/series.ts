/** Money's series marks: a line through each shown series' reported points, and the points (online sales circles, box office squares). */
import { round1 } from '../core/round.ts';
import type { Box } from '../core/box.ts';
import type { Mark } from '../core/scene.ts';
import { polylineBoxes } from '../core/segments.ts';
import type { Frame } from './frame.ts';
import { HIGHLIGHT_R, POINT_R, type MoneyModel, type Point } from './model.ts';

/** "over" and "at least" figures are lower bounds: the true value is higher. */
export function bounded(p: Point): boolean {
  return p.qualifier === 'over' || p.qualifier === 'at least';
}

/** Marks, and the boxes labels must keep off (lines, points, carets). */
export function seriesMarks(m: MoneyModel, f: Frame): { marks: Mark[]; obstacles: Box[] } {
  const marks: Mark[] = [];
  const obstacles: Box[] = [];
  for (const s of ['box-office', 'legal-sales'] as const) {
    const coords = m.shown.filter((p) => p.series === s).map((p): [number, number] => [round1(f.x(p.day)), round1(f.y(p.usd))]);
    if (coords.length >= 2)
      marks.push({
        type: 'path',
        key: `series:${s}:line`,
        className: `series-line series-${s}`,
        d: `M${coords.map(([a, b]) => `${a},${b}`).join('L')}`,
      });
    obstacles.push(...polylineBoxes(coords, 2));
  }
  for (const p of m.shown) {
    const hi = m.highlighted.has(p.id);
    const r = hi ? HIGHLIGHT_R : POINT_R;
    const cls = [
      `series-${p.series}`,
      p.qualifier === 'about' ? 'is-estimate' : '',
      bounded(p) ? 'is-lower-bound' : '',
      hi ? 'is-highlight' : m.anyHighlight ? 'is-muted' : '',
    ]
      .filter(Boolean)
      .join(' ');
    const cx = f.x(p.day);
    const cy = f.y(p.usd);
    // Online sales are circles, box office squares: the series differ in shape as well as colour.
    marks.push(
      p.series === 'legal-sales'
        ? {
            type: 'circle',
            key: `${p.series}:${p.id}:point`,
            datum: `${p.series}/${p.id}`,
            className: `point ${cls}`,
            cx: round1(cx),
            cy: round1(cy),
            r,
          }
        : {
            type: 'rect',
            key: `${p.series}:${p.id}:point`,
            datum: `${p.series}/${p.id}`,
            className: `point ${cls}`,
            x: round1(cx - r),
            y: round1(cy - r),
            width: 2 * r,
            height: 2 * r,
          },
    );
    const caretY = Math.max(cy - r - 2, 6);
    if (bounded(p)) {
      marks.push({
        type: 'path',
        key: `${p.series}:${p.id}:bound`,
        className: `bound-caret ${cls}`,
        d: `M${round1(cx - 4)},${round1(caretY)}L${round1(cx)},${round1(caretY - 4)}L${round1(cx + 4)},${round1(caretY)}`,
      });
    }
    obstacles.push({ x0: cx - r - 1, y0: bounded(p) ? caretY - 5 : cy - r - 1, x1: cx + r + 1, y1: cy + r + 1 });
  }
  return { marks, obstacles };
}
