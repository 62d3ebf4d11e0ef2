/**
 * The piracy surge's labels: notes on highlighted points first (they carry the step), then series
 * names at series ends, then Sony's reports; each beside its point, on a leader when set apart.
 */
import { nearestOnBox, type Box } from '../core/box.ts';
import type { Words } from '../../i18n/words.ts';
import { Obstacles, placeNear, type Side } from '../core/placer/near.ts';
import { round1 } from '../core/round.ts';
import type { Mark, TextMark } from '../core/scene.ts';
import { FONT, wrapText } from '../core/text.ts';
import { blockMarks, textBox, type TextBlock, type TextLine } from '../core/text-block.ts';
import { seriesClass } from './marks.ts';
import { say as sayIn } from './messages.ts';
import { countWords, hoursWords, legalHour, MARKER, PAD, type SurgeModel } from './model.ts';

interface Job {
  key: string;
  block: TextBlock;
  at: [number, number];
  sides: Side[];
  className: string;
}

function jobs(m: SurgeModel, compact: boolean, words: Words): Job[] {
  const say = sayIn(words);
  const wrapWidth = compact ? 120 : 170;
  const out: Job[] = [];
  for (const s of m.shown) {
    for (const r of s.rows.filter((row) => m.highlighted.has(row.id))) {
      out.push({
        key: `note:${r.id}`,
        block: {
          lines: [
            { text: countWords(r.count, r.qualifier, words), size: 'label', className: 'note-count' },
            { text: say('note.when', { hours: hoursWords(r, words) }), size: 'small', className: 'note-when' },
          ],
          bold: true,
        },
        at: [m.x(r.hours), m.y(r.count)],
        sides: ['above-left', 'left', 'below-right', 'right', 'above', 'below'],
        className: `note tracker-${s.slug} is-estimate is-highlight`,
      });
    }
  }
  for (const s of m.shown) {
    const last = s.rows.at(-1);
    if (!last) continue;
    out.push({
      key: `series:${s.slug}:label`,
      block: {
        lines: wrapText(words.name(s.tracker), wrapWidth, FONT.label).map((text): TextLine => ({ text, size: 'label' })),
        bold: false,
      },
      at: [m.x(last.hours), m.y(last.count)],
      sides: ['right', 'below-right', 'above-right', 'below', 'left', 'above', 'below-left', 'above-left'],
      className: `series-label ${seriesClass(m, s).replace(' is-estimate', '')}`,
    });
  }
  for (const r of m.legal) {
    const lines: TextLine[] = [
      { text: say('legal.count', { count: countWords(r.transactions, r.transactions_qualifier, words) }), size: 'label' },
      ...wrapText(say('legal.what'), wrapWidth + 20, FONT.small).map((text): TextLine => ({ text, size: 'small' })),
      { text: say('legal.through', { date: words.fmt.date(r.through, { year: false }) }), size: 'small' },
    ];
    out.push({
      key: `legal:${r.id}:label`,
      block: { lines, bold: false },
      at: [m.x(legalHour(r)), m.y(r.transactions)],
      sides: ['left', 'below-left', 'below', 'above-left', 'right'],
      className: 'legal-label is-legal',
    });
  }
  return out;
}

/** Leaders and label texts, in job order; `drawn` are the marks already in the scene (axes, data). */
export function labelMarks(m: SurgeModel, drawn: Mark[], width: number, compact: boolean, words: Words): Mark[] {
  const obstacles = new Obstacles();
  for (const d of drawn) {
    if (d.type === 'text') obstacles.text(textBox(d));
  }
  for (const s of m.shown) {
    const pts = s.rows.map((r): [number, number] => [m.x(r.hours), m.y(r.count)]);
    pts.slice(1).forEach(([bx, by], i) => {
      const [ax, ay] = pts[i] ?? [bx, by];
      obstacles.segment(ax, ay, bx, by);
    });
    for (const [a, b] of pts) obstacles.mark({ x0: a - MARKER - 1, y0: b - MARKER - 1, x1: a + MARKER + 1, y1: b + MARKER + 1 });
  }
  for (const r of m.legal) {
    const [a, b] = [m.x(legalHour(r)), m.y(r.transactions)];
    obstacles.mark({ x0: a - MARKER - 2, y0: b - MARKER - 2, x1: a + MARKER + 2, y1: b + MARKER + 2 });
  }
  const bounds: Box = { x0: PAD, y0: m.plotTop - 4, x1: width - PAD, y1: m.plotBottom - 2 };
  const out: Mark[] = [];
  for (const j of jobs(m, compact, words)) {
    const [a, b] = j.at;
    // On a crowded plot (every Sony report on one axis) a label may stand far off, on its leader.
    const p = placeNear(j.block, a, b, j.sides, obstacles, bounds, { gap: MARKER + 5, maxNudge: 24 });
    const texts: TextMark[] = blockMarks(j.key, j.block, p.x, p.top, p.anchor, j.className);
    const [ex, ey] = nearestOnBox(p.box, a, b);
    if (Math.hypot(ex - a, ey - b) > MARKER + 8) {
      out.push({
        type: 'line',
        key: `${j.key}:leader`,
        x1: round1(a),
        y1: round1(b),
        x2: round1(ex),
        y2: round1(ey),
        className: `label-leader ${j.className}`,
      });
      obstacles.segment(a, b, ex, ey);
    }
    obstacles.text(...texts.map(textBox));
    out.push(...texts);
  }
  return out;
}
