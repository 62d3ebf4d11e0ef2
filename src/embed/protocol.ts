/**
 * The messages an embed and its host exchange, in the formats publishing systems already read:
 * pym.js (`pymxPYMx<id>xPYMx<type>xPYMx<value>`, exactly as pym.js 1.x builds them: its Parent
 * sends `width`, its Child answers with `height`) and AMP's `embed-size` object, which amp-iframe
 * reads. Parsing is strict: anything that is not exactly one of these shapes, for the expected
 * id, with a sane number, is ignored. Every byte here ships in an embed's budget (JS under 1 KB
 * with /embed.js), so the helpers are small and the loader imports only the pym.js reader.
 */
export const MIN_HEIGHT = 120;
export const MAX_HEIGHT = 4000;

export function pymMessage(id: string, type: 'height' | 'width', value: number): string {
  // pym.js joins its message parts with 'xPYMx'.
  return `pymxPYMx${id}xPYMx${type}xPYMx${String(value)}`;
}

export function ampMessage(height: number): { sentinel: 'amp'; type: 'embed-size'; height: number } {
  return { sentinel: 'amp', type: 'embed-size', height };
}

/** The number in a pym.js message of `type` for `id`, or undefined. The id is compared as text, never as a pattern. */
function pymValue(data: unknown, id: string, type: 'height' | 'width'): number | undefined {
  const prefix = pymMessage(id, type, NaN).slice(0, -3);
  if (typeof data !== 'string' || !data.startsWith(prefix)) return undefined;
  const rest = data.slice(prefix.length);
  return /^\d{1,5}$/.test(rest) ? +rest : undefined;
}

/** The height in a pym.js height message for `id` (what /embed.js reads), or undefined. */
export function parsePymHeight(data: unknown, id: string): number | undefined {
  // pymValue reads digits only: an integer (or nothing, which fails the range).
  const h = pymValue(data, id, 'height') ?? 0;
  return h >= MIN_HEIGHT && h <= MAX_HEIGHT ? h : undefined;
}

/** The height a message asks for, in either format, or undefined when it is not a valid height message for `id`. */
export function parseHeightMessage(data: unknown, id: string): number | undefined {
  if (typeof data !== 'object' || data === null) return parsePymHeight(data, id);
  const o = data as Record<string, unknown>;
  const keys = Object.keys(o).sort().join(',');
  if (keys !== 'height,sentinel,type' || o['sentinel'] !== 'amp' || o['type'] !== 'embed-size' || typeof o['height'] !== 'number')
    return undefined;
  const h = o['height'];
  return Number.isInteger(h) && h >= MIN_HEIGHT && h <= MAX_HEIGHT ? h : undefined;
}

/** The width in a pym.js Parent's width message for `id`, or undefined. */
export function parseWidthMessage(data: unknown, id: string): number | undefined {
  return pymValue(data, id, 'width');
}
