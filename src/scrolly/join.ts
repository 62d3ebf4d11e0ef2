/**
 * Moves a live SVG to a state by joining its marks with the state's marks by data-key, as d3's
 * selection.join does: entering marks fade in, updated marks tween to their new attributes
 * (attributes the target lacks are removed), leaving marks fade out and are removed, and the
 * DOM order becomes the state's paint order. Only attributes move: the build computed every
 * position, so the browser runs no layout code.
 */
import { easeCubicInOut } from 'd3-ease';
import { select } from 'd3-selection';
import 'd3-transition';
import type { MarkTuple } from '../lib/state-data.ts';
import { createMark } from './render.ts';

/** Attributes that change at once rather than tween. */
const INSTANT = new Set(['data-key', 'class', 'text-anchor', 'dominant-baseline']);

/** Sets the target's exact attribute values (after a tween, or instead of one). */
function settle(el: Element, attrs: MarkTuple[1]): void {
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, String(value));
  if (!('opacity' in attrs)) el.removeAttribute('opacity');
}

function update(el: Element, [, attrs, text]: MarkTuple, duration: number): void {
  const sel = select(el).interrupt();
  for (const a of [...el.attributes]) if (!(a.name in attrs) && a.name !== 'opacity') el.removeAttribute(a.name);
  if (text !== undefined && el.textContent !== text) el.textContent = text;
  const changes = Object.entries(attrs).filter(([name, v]) => !INSTANT.has(name) && el.getAttribute(name) !== String(v));
  for (const name of INSTANT) if (name in attrs) el.setAttribute(name, String(attrs[name]));
  const opacityGone = !('opacity' in attrs) && el.hasAttribute('opacity');
  if (duration === 0 || (changes.length === 0 && !opacityGone)) {
    settle(el, attrs);
    return;
  }
  const t = sel.transition().duration(duration).ease(easeCubicInOut);
  for (const [name, v] of changes) t.attr(name, String(v));
  if (opacityGone) t.attr('opacity', '1');
  t.on('end', () => {
    settle(el, attrs);
  });
}

function enter(mark: MarkTuple, duration: number): Element {
  const el = createMark(mark);
  if (duration > 0) {
    el.setAttribute('opacity', '0');
    select(el)
      .transition()
      .duration(duration)
      .attr('opacity', String(mark[1]['opacity'] ?? 1))
      .on('end', () => {
        settle(el, mark[1]);
      });
  }
  return el;
}

function exit(el: Element, duration: number): void {
  const sel = select(el).interrupt();
  if (duration === 0) {
    el.remove();
    return;
  }
  if (!el.hasAttribute('opacity')) el.setAttribute('opacity', '1');
  sel.transition().duration(duration).attr('opacity', '0').remove();
}

/** Animates `svg` to show exactly `marks` over `duration` ms (0: at once). */
export function join(svg: SVGSVGElement, marks: readonly MarkTuple[], duration: number): void {
  const current = new Map<string, Element>();
  for (const el of svg.querySelectorAll(':scope > [data-key]')) current.set(el.getAttribute('data-key') ?? '', el);
  // Marks go after the accessible title and description, if the SVG has them.
  let prev: Element | null = svg.querySelector(':scope > desc') ?? svg.querySelector(':scope > title');
  for (const mark of marks) {
    const key = String(mark[1]['data-key']);
    let el = current.get(key);
    current.delete(key);
    if (el && el.tagName !== mark[0]) {
      exit(el, 0);
      el = undefined;
    }
    if (el) update(el, mark, duration);
    else el = enter(mark, duration);
    // Leaving marks drift behind the placed ones; once they are gone, DOM order is paint order.
    const want = prev ? prev.nextSibling : svg.firstChild;
    if (el !== want) svg.insertBefore(el, want);
    prev = el;
  }
  for (const el of current.values()) exit(el, duration);
}
