/**
 * Moves a live SVG to a state by joining its marks with the state's marks by data-key, as d3's
 * selection.join does: entering marks fade in, updated marks tween to their new attributes
 * (attributes the target lacks are removed), leaving marks fade out and are removed, and the
 * DOM order becomes the state's paint order. Only attributes move: the build computed every
 * position, so the browser runs no layout code. All of a step's moves run as one animation
 * (src/scrolly/tween.ts), and runs of new marks go into the SVG as one fragment each: a dense
 * chart changing step stays one short task.
 *
 * Others may have changed the marks (extensions add attributes and inline styles, translators
 * replace text, Dark Reader restyles): marks are matched by data-key alone, and only the page's
 * own attributes (MARK_ATTRIBUTES) are read, set and removed, each by name; any others stay.
 */
import { MARK_ATTRIBUTES, type MarkTuple } from '../lib/state-data.ts';
import { createMark, givenText, setText } from './render.ts';
import { Animation } from './tween.ts';

/** Attributes that change at once rather than tween. */
const INSTANT = new Set(['data-key', 'class', 'text-anchor', 'dominant-baseline']);

/** The animation each SVG is running: a new state interrupts it. */
const running = new WeakMap<Element, Animation>();

/** Sets the target's exact attribute values (after a tween, or instead of one). */
function settle(el: Element, attrs: MarkTuple[1]): void {
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, String(value));
  if (!('opacity' in attrs)) el.removeAttribute('opacity');
}

function update(el: Element, [, attrs, text]: MarkTuple, anim: Animation | undefined): void {
  for (const name of MARK_ATTRIBUTES) if (!(name in attrs) && name !== 'opacity') el.removeAttribute(name);
  // A new text replaces what the mark shows; the same text again leaves it (a translation stays).
  if (text !== undefined && text !== (givenText(el) ?? el.textContent)) setText(el, text);
  const changes = Object.entries(attrs).filter(([name, v]) => !INSTANT.has(name) && el.getAttribute(name) !== String(v));
  for (const name of INSTANT) if (name in attrs) el.setAttribute(name, String(attrs[name]));
  const opacityGone = !('opacity' in attrs) && el.hasAttribute('opacity');
  if (!anim || (changes.length === 0 && !opacityGone)) {
    settle(el, attrs);
    return;
  }
  for (const [name, v] of changes) anim.attr(el, name, String(v));
  if (opacityGone) anim.attr(el, 'opacity', '1');
  anim.onEnd(() => {
    settle(el, attrs);
  });
}

function enter(mark: MarkTuple, anim: Animation | undefined): Element {
  const el = createMark(mark);
  if (anim) {
    el.setAttribute('opacity', '0');
    anim.attr(el, 'opacity', String(mark[1]['opacity'] ?? 1));
    anim.onEnd(() => {
      settle(el, mark[1]);
    });
  }
  return el;
}

function exit(el: Element, anim: Animation | undefined): void {
  if (!anim) {
    el.remove();
    return;
  }
  if (!el.hasAttribute('opacity')) el.setAttribute('opacity', '1');
  anim.attr(el, 'opacity', '0');
  anim.onEnd(() => {
    el.remove();
  });
}

/** Animates `svg` to show exactly `marks` over `duration` ms (0: at once). */
export function join(svg: SVGSVGElement, marks: readonly MarkTuple[], duration: number): void {
  // A state arriving mid-transition starts from wherever the marks are now.
  running.get(svg)?.stop();
  const anim = duration > 0 ? new Animation(duration) : undefined;
  const current = new Map<string, Element>();
  for (const el of svg.querySelectorAll(':scope > [data-key]')) current.set(el.getAttribute('data-key') ?? '', el);
  // Marks go after the accessible title and description, if the SVG has them.
  let prev: Element | null = svg.querySelector(':scope > desc') ?? svg.querySelector(':scope > title');
  // New marks wait in a fragment and go in together, before the next placed mark.
  const entering = document.createDocumentFragment();
  const flush = (): void => {
    const last = entering.lastElementChild;
    if (!last) return;
    svg.insertBefore(entering, prev ? prev.nextSibling : svg.firstChild);
    prev = last;
  };
  for (const mark of marks) {
    const key = String(mark[1]['data-key']);
    let el = current.get(key);
    current.delete(key);
    if (el && el.tagName !== mark[0]) {
      el.remove();
      el = undefined;
    }
    if (!el) {
      entering.append(enter(mark, anim));
      continue;
    }
    flush();
    update(el, mark, anim);
    // Leaving marks drift behind the placed ones; once they are gone, DOM order is paint order.
    const want = prev ? prev.nextSibling : svg.firstChild;
    if (el !== want) svg.insertBefore(el, want);
    prev = el;
  }
  flush();
  for (const el of current.values()) exit(el, anim);
  if (anim) {
    running.set(svg, anim);
    anim.start();
  }
}
