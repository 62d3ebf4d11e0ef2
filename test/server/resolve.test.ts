/** resolveRequest: which raw request URLs name a file inside the root, and which do not. */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isInside, resolveRequest } from '../../src/lib/static-server/resolve.ts';

const root = '/srv/site/dist';
const fileOf = (url: string) => {
  const r = resolveRequest(root, url);
  return r.kind === 'inside' ? r.file : r.kind;
};

describe('resolveRequest', () => {
  it('maps ordinary paths into the root, decoded', () => {
    expect(fileOf('/')).toBe(root);
    expect(fileOf('/embed/money/?childId=x')).toBe(join(root, 'embed/money'));
    expect(fileOf('/data/a%20b.csv')).toBe(join(root, 'data/a b.csv'));
    expect(fileOf('/./embed//money/')).toBe(join(root, 'embed/money'));
    expect(fileOf('/embed/../data/x.csv')).toBe(join(root, 'data/x.csv'));
  });

  it('keeps the query and the normalised path for _headers', () => {
    const r = resolveRequest(root, '/embed//money/?childId=a&b=c');
    expect(r).toMatchObject({ kind: 'inside', path: '/embed/money/', trailingSlash: true, search: '?childId=a&b=c' });
    expect(resolveRequest(root, '/embed.js')).toMatchObject({ path: '/embed.js', trailingSlash: false });
  });

  it('answers "bad" for URLs that are not valid percent-encoded UTF-8', () => {
    for (const url of ['/%E0%A4%A', '/%', '/%zz', '/%C0%AF', '/a%ED%A0%80']) expect(fileOf(url), url).toBe('bad');
  });

  it('refuses every way of climbing out of the root', () => {
    for (const url of [
      '/..%2fdist-secret/secret.txt',
      '/..%2Fdist-secret/secret.txt',
      '/..%5cdist-secret%5csecret.txt',
      '/a/..%2f..%2fdist-secret/secret.txt',
      '/%2e%2e%2f%2e%2e%2fetc/passwd',
      '/index.html%00.png',
      '/%00',
    ]) {
      expect(fileOf(url), url).toBe('outside');
    }
  });

  it('clamps literal dot segments at the root, as browsers do before sending them', () => {
    expect(fileOf('/../dist-secret/secret.txt')).toBe(join(root, 'dist-secret/secret.txt'));
    expect(fileOf('/%2e%2e/dist-secret/secret.txt')).toBe(join(root, 'dist-secret/secret.txt'));
    expect(fileOf('/..\\dist-secret\\secret.txt')).toBe(join(root, 'dist-secret/secret.txt'));
  });

  it('never turns a path into another host', () => {
    expect(fileOf('//evil.example/x')).toBe(join(root, 'evil.example/x'));
  });
});

describe('isInside', () => {
  it('compares path segments, not string prefixes', () => {
    expect(isInside(root, root)).toBe(true);
    expect(isInside(root, join(root, 'a/b'))).toBe(true);
    expect(isInside(root, '/srv/site/dist-secret/secret.txt')).toBe(false);
    expect(isInside(root, '/srv/site/dist/../dist-secret')).toBe(false);
    expect(isInside(root, join(root, '..foo'))).toBe(true);
  });
});
