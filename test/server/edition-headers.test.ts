/** The editions' header rules: the same headers for /es/ as for /, for /es/embed/* as for /embed/*. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { withEditionRules } from '../../src/lib/static-server/edition-headers.ts';
import { headersFor, parseHeaders } from '../../src/lib/static-server/headers.ts';

const REAL = readFileSync(join(import.meta.dirname, '../../public/_headers'), 'utf8');
// The folders an edition has in the built site (dist/es: index.html, embed/, images/, oembed/).
const built = new Set(['/es/', '/es/embed/', '/es/images/', '/es/oembed/', '/de/', '/de/embed/']);

describe('withEditionRules', () => {
  const text = withEditionRules(REAL, ['/es', '/de'], (p) => built.has(p));
  const rules = parseHeaders(text);
  it('gives each edition’s pages the headers of the English ones', () => {
    for (const [en, es] of [
      ['/', '/es/'],
      ['/embed/money/', '/es/embed/money/'],
      ['/images/hack.png', '/es/images/hack.png'],
      ['/oembed/money.json', '/es/oembed/money.json'],
      ['/embed/money/', '/de/embed/money/'],
    ] as const) {
      expect(Object.fromEntries(headersFor(rules, es)), es).toEqual(Object.fromEntries(headersFor(rules, en)));
    }
    expect(headersFor(rules, '/es/').get('content-security-policy')).toContain("frame-ancestors 'self'");
  });
  it('adds no rule for what an edition does not have, and none twice when run again', () => {
    expect(text).not.toContain('/es/_astro/*');
    expect(text).not.toContain('/de/images/*');
    expect(withEditionRules(text, ['/es', '/de'], (p) => built.has(p))).toBe(text);
  });
});
