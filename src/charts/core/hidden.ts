/** Hidden marks stay in the scene (see scene.ts), so that a later state can fade them in. */
import type { Mark } from './scene.ts';
import { round1 } from './round.ts';
import { textBox, type TextMetrics } from './text-box.ts';

/**
 * Hidden marks drop their state classes: a stylesheet rule such as `.is-muted { opacity: 0.35 }`
 * outranks the opacity="0" attribute and would bring a hidden mark back.
 * Hidden text waits inside the canvas, so a fade-in never starts from outside it.
 */
export function clearHiddenStates(marks: Mark[], width: number, height: number, metrics: TextMetrics): Mark[] {
  return marks.map((m) => {
    if (m.opacity !== 0) return m;
    const className = (m.className ?? '')
      .split(' ')
      .filter((c) => c !== 'is-muted' && c !== 'is-highlight')
      .join(' ');
    const out: Mark = m.className === undefined ? { ...m } : { ...m, className };
    if (out.type === 'text') {
      const b = textBox(out, metrics);
      const dx = b.x0 < 0 ? -b.x0 : b.x1 > width ? width - b.x1 : 0;
      const dy = b.y0 < 0 ? -b.y0 : b.y1 > height ? height - b.y1 : 0;
      out.x = round1(out.x + dx + Math.sign(dx) * 0.1);
      out.y = round1(out.y + dy + Math.sign(dy) * 0.1);
    }
    return out;
  });
}
