/**
 * Writes a scene as SVG markup (build time). Each mark's element is what markTuple
 * (./mark-tuple.ts) gives, the same tuple the page's state data ships: the browser joins the
 * build's marks with the next state's by data-key and draws new ones from those tuples
 * (src/scrolly/join.ts, render.ts).
 */
import { escapeHtml as esc } from '../../core/escape.ts';
import { markTuple } from './mark-tuple.ts';
import type { Mark, Scene } from './scene.ts';

/** The mark's element (its tag, attributes and text as markTuple gives them) as markup. */
export function markToSvg(m: Mark): string {
  const [tag, attrs, text] = markTuple(m);
  const written = Object.entries(attrs)
    .map(([k, v]) => ` ${k}="${typeof v === 'number' ? v : esc(v)}"`)
    .join('');
  return text === undefined ? `<${tag}${written}/>` : `<${tag}${written}>${esc(text)}</${tag}>`;
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
