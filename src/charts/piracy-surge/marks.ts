/** The piracy surge's marks: axes, one line and marker shape per tracker, and Sony's reports as diamonds. */
import { bottomAxis, leftAxis } from '../core/axis.ts';
import type { Words } from '../../i18n/words.ts';
import { round1 } from '../core/round.ts';
import type { Mark, TextMark } from '../core/scene.ts';
import { FONT } from '../core/text.ts';
import { markerPath, TRACKER_SHAPES } from './markers.ts';
import { say } from './messages.ts';
import { hoursTick, legalHour, MARKER, PAD, Y_TITLE_LEADING, type Series, type SurgeModel } from './model.ts';

export function axes(m: SurgeModel, width: number, height: number, words: Words): Mark[] {
  const title = (key: string, x: number, y: number, text: string, anchor: 'start' | 'end'): TextMark => ({
    type: 'text',
    key,
    x: round1(x),
    y: round1(y),
    text,
    anchor,
    className: 'text-axis axis-title',
  });
  return [
    ...leftAxis({
      from: m.plotLeft,
      to: m.plotRight,
      gap: 8,
      ticks: m.yTicks.map((v) => ({ value: v, at: m.y(v), text: words.fmt.countShort(v) })),
    }),
    ...bottomAxis({
      y: m.plotBottom,
      ticks: m.xTicks.map((v) => ({ value: v, at: m.x(v), lines: [hoursTick(v, words)] })),
      min: PAD,
      max: width - PAD,
    }),
    title('axis-x:title', m.plotRight, height - PAD - FONT.axis * 0.25, say(words)('axis.x'), 'end'),
    ...m.yTitle.map((line, i) =>
      title(i === 0 ? 'axis-y:title' : `axis-y:title:${i}`, PAD, PAD + FONT.axis * 0.8 + i * Y_TITLE_LEADING, line, 'start'),
    ),
  ];
}

export function seriesClass(m: SurgeModel, s: Series): string {
  const muted = m.anyHighlight && !s.rows.some((r) => m.highlighted.has(r.id)) ? ' is-muted' : '';
  return `tracker-${s.slug} is-estimate${muted}`;
}

/** Lines under markers; every point of a shown tracker, and each legal report shown. */
export function dataMarks(m: SurgeModel): Mark[] {
  const lines: Mark[] = [];
  const points: Mark[] = [];
  for (const s of m.shown) {
    const cls = seriesClass(m, s);
    const pts = s.rows.map((r): [number, number] => [m.x(r.hours), m.y(r.count)]);
    if (pts.length >= 2) {
      lines.push({
        type: 'path',
        key: `series:${s.slug}:line`,
        d: `M${pts.map(([a, b]) => `${round1(a)},${round1(b)}`).join('L')}`,
        className: `series-line ${cls}`,
      });
    }
    const shape = TRACKER_SHAPES[s.index % TRACKER_SHAPES.length] ?? 'circle';
    s.rows.forEach((r, i) => {
      const [a, b] = pts[i] ?? [0, 0];
      const extra = `${r.hours_approx ? ' is-approx' : ''}${m.highlighted.has(r.id) ? ' is-highlight' : ''}`;
      points.push({
        type: 'path',
        key: `series:${s.slug}:point:${r.id}`,
        datum: `piracy-estimates/${r.id}`,
        d: markerPath(shape, a, b, MARKER),
        className: `point shape-${shape} ${cls}${extra}`,
      });
    });
  }
  const legal = m.legal.map((r): Mark => ({
    type: 'path',
    key: `legal:${r.id}:point`,
    datum: `legal-sales/${r.id}`,
    d: markerPath('diamond', m.x(legalHour(r)), m.y(r.transactions), MARKER),
    className: 'point shape-diamond is-legal',
  }));
  return [...lines, ...points, ...legal];
}
