/**
 * The editions' header rules: `_headers` is written for the English paths (`/`, `/embed/*`, …);
 * each edition serves the same pages under its prefix (`/es/`, `/es/embed/*`), which must get the
 * same headers (the article never framed, embeds framable, images cached). The build adds, for
 * each edition, a copy of every rule but the site-wide `/*` under its prefix, where the built
 * site has such a path. Hosts match rules as written, so each is spelled out.
 */
import { parseHeaders } from './headers.ts';

const MARK = '# The editions: the rules above, under each edition’s prefix (written by npm run build).';

/** `text` with the editions' rules appended; `has(path)` says whether the built site has a rule's folder or page. */
export function withEditionRules(text: string, prefixes: readonly string[], has: (path: string) => boolean): string {
  const base = text.includes(MARK) ? text.slice(0, text.indexOf(`\n${MARK}`)) : text;
  const rules = parseHeaders(base).filter((r) => r.path !== '/*');
  const out: string[] = [];
  for (const prefix of prefixes) {
    for (const r of rules) {
      const path = `${prefix}${r.path}`;
      // `/embed/*` → the folder /es/embed; `/` → /es/ (its index.html); `/embed.js` → a file there.
      if (!has(path.replace(/\*$/, ''))) continue;
      out.push(path, ...r.headers.map(([k, v]) => `  ${k}: ${v}`), '');
    }
  }
  return out.length === 0 ? base : `${base.replace(/\n*$/, '\n')}\n${MARK}\n${out.join('\n')}`;
}
