/**
 * One graphic's layer of tooltip targets (tooltip.ts sets one up per graphic): a real button per
 * data point of the state shown, each a 44 px target centred on its point, rebuilt whenever the
 * graphic changes state or size, and the tooltip they open. One Tab stop per chart: the arrow
 * keys move between its points.
 */
import type { MarkTuple } from '../lib/state-data.ts';
import { stateMarks, statesOf } from './render.ts';
import type { Scope } from './scope.ts';
import type { ChartState } from './steps.ts';
import { fitTransform, markBox, placeTip, type Box } from './tip-place.ts';

/** Size of each target, in CSS px (WCAG 2.5.5). */
const TARGET = 44;
/** Distance from the viewport's edges a tooltip keeps. */
const MARGIN = 8;

/** The tip text of each data point, by datum: its lines, the first the point's name. */
export type Tips = Record<string, string[] | undefined>;

const rect = (el: Element): Box => {
  const r = el.getBoundingClientRect();
  return { x0: r.left, y0: r.top, x1: r.right, y1: r.bottom };
};
const shift = (b: Box, dx: number, dy: number): Box => ({ x0: b.x0 + dx, y0: b.y0 + dy, x1: b.x1 + dx, y1: b.y1 + dy });

/** The data points of the state the graphic shows, in px from the graphic's corner (which scrolling does not change), left to right. */
function currentPoints(graphic: HTMLElement, { chart, state }: ChartState, tips: Tips): { datum: string; box: Box }[] {
  const live = graphic.querySelector(`.live-figure[data-chart="${chart}"]`);
  const svg = [...(live?.querySelectorAll<SVGSVGElement>('svg[data-size]') ?? [])].find((s) => s.getBoundingClientRect().width > 0);
  const data = live && svg ? statesOf(live, svg.dataset['size'] ?? '') : undefined;
  if (!svg || !data) return [];
  const origin = rect(graphic);
  const toPage = fitTransform(rect(svg), data.width, data.height);
  const seen = new Set<string>();
  return stateMarks(data, state)
    .flatMap((m: MarkTuple) => {
      const datum = String(m[1]['data-datum'] ?? '');
      const box = markBox(m);
      if (!datum || !box || !tips[datum] || seen.has(datum)) return [];
      seen.add(datum);
      return [{ datum, box: shift(toPage(box), -origin.x0, -origin.y0) }];
    })
    .sort((a, b) => a.box.x0 + a.box.x1 - (b.box.x0 + b.box.x1));
}

/**
 * Sets up the layer of `graphic` (the `n`th of the page), showing the points of `current()`, until
 * `scope` is destroyed. Returns what to call when the graphic's state changes.
 */
export function tipLayer(graphic: HTMLElement, tips: Tips, n: number, current: () => ChartState, scope: Scope): () => void {
  const { signal } = scope;
  // The live figures are hidden from screen readers (Chapter.astro); the layer, beside them, is not.
  const layer = document.createElement('div');
  layer.className = 'tips';
  layer.setAttribute('role', 'group');
  const tip = document.createElement('div');
  tip.className = 'tip';
  tip.id = `tip-${String(n)}`;
  tip.setAttribute('role', 'tooltip');
  tip.hidden = true;
  graphic.append(layer, tip);

  const buttons = new Map<string, { button: HTMLButtonElement; box: Box }>();
  let shown: HTMLButtonElement | undefined;

  const hide = (): void => {
    shown?.removeAttribute('aria-describedby');
    shown?.classList.remove('is-open');
    shown = undefined;
    tip.hidden = true;
  };

  const show = (button: HTMLButtonElement): void => {
    const entry = buttons.get(button.dataset['datum'] ?? '');
    const lines = tips[button.dataset['datum'] ?? ''];
    if (!entry || !lines) return;
    if (shown !== button) hide();
    tip.replaceChildren(
      ...lines.map((line, i) => {
        const p = document.createElement(i === 0 ? 'strong' : 'span');
        p.textContent = line;
        return p;
      }),
    );
    tip.hidden = false;
    const view = { x0: MARGIN, y0: MARGIN, x1: document.documentElement.clientWidth - MARGIN, y1: window.innerHeight - MARGIN };
    const origin = rect(graphic);
    const at = placeTip(shift(entry.box, origin.x0, origin.y0), tip.offsetWidth, tip.offsetHeight, view);
    tip.style.left = `${String(at.x0 - origin.x0)}px`;
    tip.style.top = `${String(at.y0 - origin.y0)}px`;
    button.setAttribute('aria-describedby', tip.id);
    button.classList.add('is-open');
    shown = button;
  };

  const rebuild = (): void => {
    const focused =
      document.activeElement instanceof HTMLButtonElement && layer.contains(document.activeElement) ? document.activeElement : undefined;
    const open = focused !== undefined && shown === focused;
    hide();
    const points = currentPoints(graphic, current(), tips);
    const keep = new Set(points.map((p) => p.datum));
    for (const [datum, { button }] of buttons) {
      if (keep.has(datum)) continue;
      button.remove();
      buttons.delete(datum);
    }
    const chart = graphic.querySelector('.live-figure:not([hidden]) .figure-title')?.textContent;
    // The layer's name, in the page's language, from the tips' own element (src/components/Article.astro).
    const label = document.getElementById('tips')?.dataset['label'] ?? '';
    layer.setAttribute('aria-label', `${label}${chart ? `: ${chart}` : ''}`);
    points.forEach(({ datum, box }, i) => {
      let button = buttons.get(datum)?.button;
      if (!button) {
        button = document.createElement('button');
        button.type = 'button';
        button.className = 'tips__target';
        button.dataset['datum'] = datum;
        const [what = '', value = ''] = tips[datum] ?? [];
        button.setAttribute('aria-label', `${what}: ${value}`);
      }
      button.style.left = `${String((box.x0 + box.x1) / 2 - TARGET / 2)}px`;
      button.style.top = `${String((box.y0 + box.y1) / 2 - TARGET / 2)}px`;
      buttons.set(datum, { button, box });
      // Left to right, so Tab and the arrows follow the chart; a button already in place stays put.
      const want = layer.children[i];
      if (want !== button) layer.insertBefore(button, want ?? null);
      button.tabIndex = (focused ? button === focused : i === 0) ? 0 : -1;
    });
    // A focused point whose tooltip was open keeps it open, beside its new place (Escape had closed
    // it otherwise); if the point is gone, the first point takes the focus and opens its own.
    if (open && focused.isConnected) show(focused);
    else if (focused && !focused.isConnected) (layer.querySelector<HTMLButtonElement>('button') ?? undefined)?.focus();
  };

  const targetOf = (e: Event): HTMLButtonElement | undefined =>
    e.target instanceof HTMLButtonElement && layer.contains(e.target) ? e.target : undefined;
  // Targets of close points overlap; the pointer picks the nearest point, not the topmost button.
  const nearest = (e: MouseEvent): HTMLButtonElement | undefined => {
    const origin = rect(graphic);
    let best: { button: HTMLButtonElement; d: number } | undefined;
    for (const { button, box } of buttons.values()) {
      const d = Math.hypot((box.x0 + box.x1) / 2 + origin.x0 - e.clientX, (box.y0 + box.y1) / 2 + origin.y0 - e.clientY);
      if (!best || d < best.d) best = { button, d };
    }
    return best?.button;
  };
  layer.addEventListener('pointermove', (e) => {
    const b = targetOf(e) && nearest(e);
    if (b && e.pointerType === 'mouse' && b !== shown) show(b);
  });
  layer.addEventListener('pointerout', (e) => {
    const to = e.relatedTarget;
    if (e.pointerType === 'mouse' && !(to instanceof Node && layer.contains(to)) && !(shown && document.activeElement === shown)) hide();
  });
  layer.addEventListener('click', (e) => {
    // A keyboard's click (Enter, Space) has no position: it opens the focused point.
    const b = targetOf(e) && (e.detail > 0 ? nearest(e) : targetOf(e));
    if (b) show(b);
  });
  layer.addEventListener('focusin', (e) => {
    const b = targetOf(e);
    if (!b) return;
    for (const other of layer.querySelectorAll('button')) other.tabIndex = other === b ? 0 : -1;
    show(b);
  });
  layer.addEventListener('focusout', (e) => {
    if (!(e.relatedTarget instanceof Node && layer.contains(e.relatedTarget))) hide();
  });
  layer.addEventListener('keydown', (e) => {
    const all = [...layer.querySelectorAll('button')];
    const i = all.findIndex((b) => b === document.activeElement);
    const next = { ArrowRight: i + 1, ArrowDown: i + 1, ArrowLeft: i - 1, ArrowUp: i - 1, Home: 0, End: all.length - 1 }[e.key];
    if (next === undefined || i < 0) return;
    e.preventDefault();
    all[Math.max(0, Math.min(next, all.length - 1))]?.focus();
  });
  document.addEventListener(
    'keydown',
    (e) => {
      if (e.key === 'Escape' && shown) hide();
    },
    { signal },
  );
  document.addEventListener(
    'pointerdown',
    (e) => {
      if (shown && !(e.target instanceof Node && (layer.contains(e.target) || tip.contains(e.target)))) hide();
    },
    { signal },
  );

  // Rebuilt after the controller moves the graphic to a state (its statechange event) and on
  // resizes, a frame later so nothing forces a layout mid-scroll; only while the graphic is on
  // screen, so loading the page and scrolling past a chapter cost nothing.
  let frame = 0;
  let onScreen = false;
  const later = (): void => {
    scope.cancelFrame(frame);
    if (onScreen) frame = scope.frame(rebuild);
  };
  const seen = new IntersectionObserver((entries) => {
    onScreen = entries.at(-1)?.isIntersecting ?? false;
    later();
  });
  seen.observe(graphic);
  const resized = new ResizeObserver(later);
  resized.observe(graphic);
  scope.onDestroy(() => {
    seen.disconnect();
    resized.disconnect();
    layer.remove();
    tip.remove();
  });
  return later;
}
