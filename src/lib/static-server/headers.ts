/**
 * The Netlify / Cloudflare Pages `_headers` format: a path pattern at the start of a line, then
 * indented `Name: value` lines that apply to it. `*` matches any run of characters. Every rule
 * whose pattern matches a path applies, in file order, as those hosts do.
 */
export interface HeaderRule {
  /** The pattern as written, e.g. `/embed/*`. */
  path: string;
  pattern: RegExp;
  headers: [string, string][];
}

/** A `_headers` line that is neither a path, a header under a path, a comment nor blank. */
export class HeadersSyntaxError extends Error {
  constructor(file: string, line: number, found: string, expected: string) {
    super(`${file}:${line}: found ${JSON.stringify(found)}, expected ${expected}`);
    this.name = 'HeadersSyntaxError';
  }
}

function patternOf(path: string): RegExp {
  const escaped = path.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*');
  return new RegExp(`^${escaped}$`);
}

export function parseHeaders(text: string, file = '_headers'): HeaderRule[] {
  const rules: HeaderRule[] = [];
  text.split(/\r?\n/).forEach((line, i) => {
    const trimmed = line.trim();
    if (trimmed === '' || trimmed.startsWith('#')) return;
    if (!/^\s/.test(line)) {
      if (!trimmed.startsWith('/') || /\s/.test(trimmed)) {
        throw new HeadersSyntaxError(file, i + 1, trimmed, 'a path starting with "/" (no spaces)');
      }
      rules.push({ path: trimmed, pattern: patternOf(trimmed), headers: [] });
      return;
    }
    const rule = rules.at(-1);
    if (!rule) throw new HeadersSyntaxError(file, i + 1, trimmed, 'a path line before the first header');
    const colon = trimmed.indexOf(':');
    const name = trimmed.slice(0, colon).trim();
    const value = trimmed.slice(colon + 1).trim();
    if (colon <= 0 || !/^[A-Za-z0-9-]+$/.test(name) || value === '') {
      throw new HeadersSyntaxError(file, i + 1, trimmed, 'an indented "Name: value" header');
    }
    rule.headers.push([name, value]);
  });
  return rules;
}

/** The headers for a URL path: every matching rule's, in order (a later rule's value wins). */
export function headersFor(rules: HeaderRule[], path: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const rule of rules) {
    if (rule.pattern.test(path)) for (const [k, v] of rule.headers) out.set(k.toLowerCase(), v);
  }
  return out;
}
