/** The `_headers` parser: the format static hosts read, and clear errors for lines they would not. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { headersFor, parseHeaders } from '../../src/lib/static-server/headers.ts';

describe('parseHeaders', () => {
  it('reads path lines, indented headers, comments and blank lines', () => {
    const rules = parseHeaders(
      [
        '# a comment',
        '/*',
        '  X-One: 1',
        '',
        '/embed/*',
        "\tContent-Security-Policy: frame-ancestors *; base-uri 'self'",
        '  # indented comment',
        '/embed.js',
        '  Cache-Control: public, max-age=3600',
      ].join('\n'),
    );
    expect(rules.map((r) => [r.path, r.headers])).toEqual([
      ['/*', [['X-One', '1']]],
      ['/embed/*', [['Content-Security-Policy', "frame-ancestors *; base-uri 'self'"]]],
      ['/embed.js', [['Cache-Control', 'public, max-age=3600']]],
    ]);
  });

  it('matches `*` as any run of characters and everything else literally', () => {
    const rules = parseHeaders('/embed/*\n  A: embed\n/embed.js\n  B: loader\n/\n  C: home\n/a.b\n  D: dot\n');
    const names = (path: string) => [...headersFor(rules, path).keys()].join(',');
    expect(names('/embed/')).toBe('a');
    expect(names('/embed/money/online-sales/')).toBe('a');
    expect(names('/embed.js')).toBe('b');
    expect(names('/embedXjs')).toBe('');
    expect(names('/')).toBe('c');
    expect(names('/index.html')).toBe('');
    expect(names('/aXb')).toBe('');
    expect(names('/a.b')).toBe('d');
  });

  it('applies every matching rule in file order; a later value for the same header wins', () => {
    const rules = parseHeaders('/*\n  Cache-Control: no-cache\n  X-Frame-Options: DENY\n/_astro/*\n  cache-control: immutable\n');
    expect(Object.fromEntries(headersFor(rules, '/_astro/a.js'))).toEqual({ 'cache-control': 'immutable', 'x-frame-options': 'DENY' });
    expect(Object.fromEntries(headersFor(rules, '/x'))).toEqual({ 'cache-control': 'no-cache', 'x-frame-options': 'DENY' });
  });

  it('names the file, line, what it found and what it expected for a line it cannot read', () => {
    expect(() => parseHeaders('  X-Early: 1\n', 'dist/_headers')).toThrow(
      'dist/_headers:1: found "X-Early: 1", expected a path line before the first header',
    );
    expect(() => parseHeaders('/x\n  no colon here\n')).toThrow(
      '_headers:2: found "no colon here", expected an indented "Name: value" header',
    );
    expect(() => parseHeaders('/x\n  X-Empty:\n')).toThrow('_headers:2');
    expect(() => parseHeaders('/x\nembed/*\n')).toThrow('_headers:2: found "embed/*", expected a path starting with "/"');
  });

  it("reads the project's own public/_headers", () => {
    const rules = parseHeaders(readFileSync('public/_headers', 'utf8'), 'public/_headers');
    expect(headersFor(rules, '/').get('x-frame-options')).toBe('SAMEORIGIN');
    expect(headersFor(rules, '/embed/money/').get('content-security-policy')).toContain('frame-ancestors *');
    expect(headersFor(rules, '/embed/money/').has('x-frame-options')).toBe(false);
    expect(headersFor(rules, '/_astro/x.js').get('cache-control')).toContain('immutable');
  });
});
