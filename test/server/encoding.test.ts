/** Which encoding the static server picks for an Accept-Encoding header, hostile ones included. */
import { describe, expect, it } from 'vitest';
import { chooseEncoding } from '../../src/lib/static-server/encoding.ts';

describe('chooseEncoding', () => {
  it.each([
    ['gzip, deflate, br, zstd', 'br'],
    ['gzip', 'gzip'],
    ['br;q=0, gzip', 'gzip'],
    ['gzip;q=0.5, br;q=0.1', 'br'],
    ['br;q=0, gzip;q=0', 'identity'],
    ['*', 'br'],
    ['*;q=0, gzip', 'gzip'],
    ['identity', 'identity'],
    [undefined, 'identity'],
    ['', 'identity'],
    ['BR', 'br'],
  ] as const)('%s → %s', (header, expected) => {
    expect(chooseEncoding(header)).toBe(expected);
  });

  it('ignores malformed parts and never throws', () => {
    expect(chooseEncoding(';;;,,q=x')).toBe('identity');
    expect(chooseEncoding('br;q=abc, gzip')).toBe('gzip');
    expect(chooseEncoding('gz<ip>, br')).toBe('br');
    expect(chooseEncoding(`${'x,'.repeat(100_000)}br`)).toBe('identity');
  });
});
