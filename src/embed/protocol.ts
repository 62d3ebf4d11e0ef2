/**
 * The messages an embed and its host exchange, in the formats publishing systems already read:
 * pym.js (`pymxPYMx<id>xPYMx<type>xPYMx<value>`, exactly as pym.js 1.x builds them: its Parent
 * sends `width`, its Child answers with `height`) and AMP's `embed-size` object, which amp-iframe
 * reads. Parsing is strict: anything that is not exactly one of these shapes, for the expected
 * id, with a sane number, is ignored.
 */
export const MIN_HEIGHT = 120;
export const MAX_HEIGHT = 4000;
/** pym.js joins its message parts with this. */
const DELIMITER = 'xPYMx';

export function pymMessage(id: string, type: 'height' | 'width', value: number): string {
  return ['pym', id, type, String(value)].join(DELIMITER);
}

export function ampMessage(height: number): { sentinel: 'amp'; type: 'embed-size'; height: number } {
  return { sentinel: 'amp', type: 'embed-size', height };
}

/** The number in a pym.js message of `type` for `id`, or undefined. The id is compared as text, never as a pattern. */
function pymValue(data: unknown, id: string, type: 'height' | 'width'): number | undefined {
  const prefix = ['pym', id, type, ''].join(DELIMITER);
  if (typeof data !== 'string' || !data.startsWith(prefix)) return undefined;
  const rest = data.slice(prefix.length);
  return /^\d{1,5}$/.test(rest) ? Number(rest) : undefined;
}

function sane(h: number): number | undefined {
  return Number.isInteger(h) && h >= MIN_HEIGHT && h <= MAX_HEIGHT ? h : undefined;
}

/** The height a message asks for, or undefined when the message is not a valid height message for `id`. */
export function parseHeightMessage(data: unknown, id: string): number | undefined {
  if (typeof data === 'string') {
    const h = pymValue(data, id, 'height');
    return h === undefined ? undefined : sane(h);
  }
  if (typeof data === 'object' && data !== null) {
    const o = data as Record<string, unknown>;
    const keys = Object.keys(o).sort().join(',');
    if (keys !== 'height,sentinel,type' || o['sentinel'] !== 'amp' || o['type'] !== 'embed-size' || typeof o['height'] !== 'number')
      return undefined;
    return sane(o['height']);
  }
  return undefined;
}

/** The width in a pym.js Parent's width message for `id`, or undefined. */
export function parseWidthMessage(data: unknown, id: string): number | undefined {
  return pymValue(data, id, 'width');
}
