/**
 * Writes a scene as SVG markup (build time). The browser never builds SVG from scratch: it
 * animates the build's markup from one state's scene to the next (src/scrolly/animate.ts).
 */
import { escapeHtml as esc } from '../../core/escape.ts';
import type { Mark, Scene } from './scene.ts';

function attrs(pairs: Record<string, string | number | undefined>): string {
  return Object.entries(pairs)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => ` ${k}="${typeof v === 'number' ? v : esc(v as string)}"`)
    .join('');
}

function common(m: Mark): Record<string, string | number | undefined> {
  return {
    'data-key': m.key,
    'data-datum': m.datum,
    class: m.className,
    opacity: m.opacity === undefined || m.opacity === 1 ? undefined : m.opacity,
  };
}

export function markToSvg(m: Mark): string {
  switch (m.type) {
    case 'rect':
      return `<rect${attrs({ ...common(m), x: m.x, y: m.y, width: m.width, height: m.height, rx: m.rx })}/>`;
    case 'line':
      return `<line${attrs({ ...common(m), x1: m.x1, y1: m.y1, x2: m.x2, y2: m.y2 })}/>`;
    case 'path':
      return `<path${attrs({ ...common(m), d: m.d })}/>`;
    case 'circle':
      return `<circle${attrs({ ...common(m), cx: m.cx, cy: m.cy, r: m.r })}/>`;
    case 'text':
      return `<text${attrs({
        ...common(m),
        x: m.x,
        y: m.y,
        'text-anchor': m.anchor,
        'dominant-baseline': m.baseline === 'auto' ? undefined : m.baseline,
      })}>${esc(m.text)}</text>`;
  }
}

export interface SvgOptions {
  /** Prefix for the ids of the title and description, unique in the page. */
  idPrefix: string;
  /** Extra classes on the root element. */
  className?: string;
  /** Hide from assistive technology (e.g. the animated copy of a figure that is described elsewhere). */
  decorative?: boolean;
}

/** The scene as a standalone, self-describing SVG element. */
export function sceneToSvg(scene: Scene, opts: SvgOptions): string {
  const t = `${opts.idPrefix}-title`;
  const d = `${opts.idPrefix}-desc`;
  const a11y = opts.decorative ? ' aria-hidden="true" focusable="false"' : ` role="img" aria-labelledby="${t}" aria-describedby="${d}"`;
  const head = opts.decorative ? '' : `<title id="${t}">${esc(scene.title)}</title><desc id="${d}">${esc(scene.description)}</desc>`;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" class="${esc(['chart', opts.className].filter(Boolean).join(' '))}" ` +
    `viewBox="0 0 ${scene.width} ${scene.height}" width="${scene.width}" height="${scene.height}"${a11y}>` +
    head +
    scene.marks.map(markToSvg).join('') +
    `</svg>`
  );
}
