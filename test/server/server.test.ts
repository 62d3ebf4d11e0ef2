/**
 * The preview server over real HTTP, with raw request paths (as an attacker would send them, not
 * as a browser would normalise them): it answers hostile requests and keeps serving, never reads
 * outside its folder, and keeps its compression and `_headers` behaviour.
 */
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer } from '../../src/lib/static-server/server.ts';

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

let server: Server;
let port = 0;
let base = '';

/** One request with `path` sent byte for byte. */
function get(path: string, headers: Record<string, string> = {}, method = 'GET'): Promise<Reply> {
  return new Promise((done, fail) => {
    const req = request({ host: '127.0.0.1', port, path, method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        const raw = Buffer.concat(chunks);
        const encoding = raw.length > 0 ? res.headers['content-encoding'] : undefined;
        const body = encoding === 'gzip' ? gunzipSync(raw) : encoding === 'br' ? brotliDecompressSync(raw) : raw;
        done({ status: res.statusCode ?? 0, headers: res.headers, body: body.toString('utf8') });
      });
    });
    req.on('error', fail);
    req.end();
  });
}

beforeAll(async () => {
  base = mkdtempSync(join(tmpdir(), 'static-server-'));
  const dist = join(base, 'dist');
  mkdirSync(join(dist, 'embed/money'), { recursive: true });
  writeFileSync(join(dist, 'index.html'), '<!doctype html><title>home</title>');
  writeFileSync(join(dist, '404.html'), '<!doctype html><title>not found</title>');
  writeFileSync(join(dist, 'embed/money/index.html'), '<!doctype html><title>money</title>');
  writeFileSync(join(dist, 'data.csv'), 'a,b\n1,2\n');
  writeFileSync(join(dist, '_headers'), '/*\n  X-Content-Type-Options: nosniff\n/embed/*\n  Content-Security-Policy: frame-ancestors *\n');
  // Beside dist/, with a name that starts with "dist": must never be served.
  mkdirSync(join(base, 'dist-secret'));
  writeFileSync(join(base, 'dist-secret/secret.txt'), 'SECRET');
  symlinkSync(join(base, 'dist-secret'), join(dist, 'linked'));
  server = startServer(dist, 0);
  await new Promise<void>((done) => server.once('listening', done));
  port = (server.address() as AddressInfo).port;
});

afterAll(() => {
  server.close();
  rmSync(base, { recursive: true, force: true });
});

describe('the preview server', () => {
  it('answers a malformed URL with 400 and keeps serving', async () => {
    for (const path of ['/%E0%A4%A', '/%', '/embed/%ZZ/', '/%C0%AF']) {
      const r = await get(path);
      expect(r.status, path).toBe(400);
    }
    expect((await get('/')).status).toBe(200);
  });

  it('never serves a file from outside dist/, however the path is spelled', async () => {
    for (const path of [
      '/..%2fdist-secret/secret.txt',
      '/..%2Fdist-secret%2Fsecret.txt',
      '/..%5cdist-secret%5csecret.txt',
      '/..\\dist-secret\\secret.txt',
      '/../dist-secret/secret.txt',
      '/%2e%2e/dist-secret/secret.txt',
      '/embed/..%2f..%2fdist-secret/secret.txt',
      '/secret.txt%00',
      '/linked/secret.txt',
      '//dist-secret/secret.txt',
    ]) {
      const r = await get(path);
      expect(r.status, path).toBe(404);
      expect(r.body, path).not.toContain('SECRET');
      expect(r.body, path).toContain('not found');
    }
    expect((await get('/')).status).toBe(200);
  });

  it('serves directories as index.html and redirects them to their slash form, keeping the query', async () => {
    expect((await get('/embed/money/')).body).toContain('money');
    const r = await get('/embed//money?childId=a');
    expect(r.status).toBe(301);
    expect(r.headers['location']).toBe('/embed/money/?childId=a');
    expect((await get('//embed')).headers['location']).toBe('/embed/');
  });

  it('compresses text with Brotli, else gzip, as the client accepts, and applies _headers', async () => {
    const plain = await get('/data.csv');
    expect(plain.headers['content-encoding']).toBeUndefined();
    const br = await get('/data.csv', { 'accept-encoding': 'gzip, deflate, br, zstd' });
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers['vary']).toBe('Accept-Encoding');
    expect(br.body).toBe(plain.body);
    const zipped = await get('/data.csv', { 'accept-encoding': 'gzip, br;q=0' });
    expect(zipped.headers['content-encoding']).toBe('gzip');
    expect(zipped.body).toBe(plain.body);
    expect((await get('/data.csv', { 'accept-encoding': 'br;q=0, gzip;q=0' })).headers['content-encoding']).toBeUndefined();
    const head = await get('/', { 'accept-encoding': 'br' }, 'HEAD');
    expect(head.headers['content-encoding']).toBe('br');
    expect(head.body).toBe('');
    const embed = await get('/embed/money/');
    expect(embed.headers['content-security-policy']).toBe('frame-ancestors *');
    expect(embed.headers['x-content-type-options']).toBe('nosniff');
    expect((await get('/')).headers['content-security-policy']).toBeUndefined();
  });

  it('answers other methods with 405 and HEAD like GET without a body', async () => {
    expect((await get('/', {}, 'POST')).status).toBe(405);
    const head = await get('/data.csv', {}, 'HEAD');
    expect(head.status).toBe(200);
    expect(head.body).toBe('');
  });
});
