/**
 * The one attribute writer of a mark: which element, which attributes in which order (with which
 * defaults left out), and its text. svg.ts serialises this tuple at build time and the page's
 * state data (src/lib/state-data.ts) ships it, so the SVG written at build time and the marks the
 * browser draws cannot disagree.
 */
import type { Mark } from './scene.ts';

/** Every attribute a mark can have: the page owns these on its marks (and leaves any others alone). */
export const MARK_ATTRIBUTES = [
  'data-key',
  'data-datum',
  'class',
  'opacity',
  'x',
  'y',
  'width',
  'height',
  'rx',
  'x1',
  'y1',
  'x2',
  'y2',
  'd',
  'cx',
  'cy',
  'r',
  'text-anchor',
  'dominant-baseline',
] as const;

export type MarkAttribute = (typeof MARK_ATTRIBUTES)[number];

/** An SVG element as data: tag, attributes in the order they are written, and text for `<text>`. */
export type MarkTuple = [tag: Mark['type'], attrs: Record<string, string | number>, text?: string];

/** The attributes with a value, in the order given. */
function defined(pairs: Partial<Record<MarkAttribute, string | number | undefined>>): Record<string, string | number> {
  const out: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(pairs)) if (value !== undefined) out[name] = value;
  return out;
}

export function markTuple(m: Mark): MarkTuple {
  const common = {
    'data-key': m.key,
    'data-datum': m.datum,
    class: m.className,
    opacity: m.opacity === undefined || m.opacity === 1 ? undefined : m.opacity,
  };
  switch (m.type) {
    case 'rect':
      return ['rect', defined({ ...common, x: m.x, y: m.y, width: m.width, height: m.height, rx: m.rx })];
    case 'line':
      return ['line', defined({ ...common, x1: m.x1, y1: m.y1, x2: m.x2, y2: m.y2 })];
    case 'path':
      return ['path', defined({ ...common, d: m.d })];
    case 'circle':
      return ['circle', defined({ ...common, cx: m.cx, cy: m.cy, r: m.r })];
    case 'text': {
      const baseline = m.baseline === 'auto' ? undefined : m.baseline;
      return ['text', defined({ ...common, x: m.x, y: m.y, 'text-anchor': m.anchor, 'dominant-baseline': baseline }), m.text];
    }
  }
}
