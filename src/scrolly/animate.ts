/**
 * Moves a live SVG to the state drawn in another SVG of the same chart and size (one of the
 * build's static figures), matching marks by data-key. Only attributes move; the build already
 * computed every position, so the browser runs no layout code.
 */
import { easeCubicInOut } from 'd3-ease';
import { select } from 'd3-selection';
import 'd3-transition';

const GEOMETRY = ['x', 'y', 'width', 'height', 'rx', 'x1', 'y1', 'x2', 'y2', 'd', 'cx', 'cy', 'r', 'opacity'] as const;
const INSTANT = ['class', 'text-anchor', 'dominant-baseline'] as const;

function keyed(root: Element): Map<string, Element> {
  const map = new Map<string, Element>();
  for (const el of root.querySelectorAll('[data-key]')) map.set(el.getAttribute('data-key') ?? '', el);
  return map;
}

/** Animates `live` to look like `target` over `duration` ms (0: at once). */
export function morph(live: SVGSVGElement, target: SVGSVGElement, duration: number): void {
  const current = keyed(live);
  let previous: Element | null = null;
  for (const t of target.querySelectorAll('[data-key]')) {
    const key = t.getAttribute('data-key') ?? '';
    let el = current.get(key);
    current.delete(key);
    if (!el) {
      el = t.cloneNode(true) as Element;
      el.setAttribute('opacity', '0');
      if (previous?.nextSibling) previous.after(el);
      else live.append(el);
    }
    previous = el;
    for (const a of INSTANT) {
      const v = t.getAttribute(a);
      if (v === null) el.removeAttribute(a);
      else el.setAttribute(a, v);
    }
    if (el.textContent !== t.textContent && t.tagName === 'text') el.textContent = t.textContent;
    const node = el;
    // A new state supersedes any transition still running on this mark (fast scrolling).
    const sel = select(node).interrupt();
    const changes = GEOMETRY.flatMap((a) => {
      const v = t.getAttribute(a) ?? (a === 'opacity' ? '1' : null);
      return v === null || node.getAttribute(a) === v ? [] : [[a, v] as const];
    });
    if (changes.length === 0) continue;
    // Marks hidden before and after (e.g. axis ticks of another zoom level) move at once: animating
    // what no one can see only costs frames.
    const unseen = (node.getAttribute('opacity') ?? '1') === '0' && (t.getAttribute('opacity') ?? '1') === '0';
    if (duration > 0 && !unseen) {
      const tr = sel.transition().duration(duration).ease(easeCubicInOut);
      for (const [a, v] of changes) tr.attr(a, v);
    } else {
      for (const [a, v] of changes) node.setAttribute(a, v);
    }
  }
  // Marks the target does not have (none, when layouts keep keys stable) fade out.
  for (const el of current.values()) {
    if (duration > 0) select(el).transition().duration(duration).attr('opacity', '0').remove();
    else el.remove();
  }
}
