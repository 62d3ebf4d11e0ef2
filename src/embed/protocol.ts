/**
 * The height messages an embed sends its host, in the formats publishing systems already read:
 * pym.js (`<id>xPYMxheightxPYMx<px>`) and AMP's `embed-size`. Parsing is strict: anything that is
 * not exactly one of these shapes, with a sane height, is ignored.
 */
export const MIN_HEIGHT = 120;
export const MAX_HEIGHT = 4000;

export function pymMessage(id: string, height: number): string {
  return `${id}xPYMxheightxPYMx${height}`;
}

export function ampMessage(height: number): { sentinel: 'amp'; type: 'embed-size'; height: number } {
  return { sentinel: 'amp', type: 'embed-size', height };
}

function sane(h: number): number | undefined {
  return Number.isInteger(h) && h >= MIN_HEIGHT && h <= MAX_HEIGHT ? h : undefined;
}

/** The height a message asks for, or undefined when the message is not a valid height message for `id`. */
export function parseHeightMessage(data: unknown, id: string): number | undefined {
  if (typeof data === 'string') {
    const m = /^([A-Za-z0-9_-]{1,64})xPYMxheightxPYMx(\d{1,5})$/.exec(data);
    if (!m || m[1] !== id) return undefined;
    return sane(Number(m[2]));
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
