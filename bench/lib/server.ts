/**
 * Serving dist/ for the benchmark: the project's own static server (startServer, applying
 * dist/_headers) on a free port, and, for one reference run, a gzip front for it that behaves
 * like a compressing host or CDN (text gzipped, fonts and images passed through).
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import { startServer } from '../../src/cli/serve.ts';
import { isCompressible } from './util.ts';

export interface Served {
  origin: string;
  close: () => Promise<void>;
}

function listening(server: Server): Promise<number> {
  return new Promise((resolve, reject) => {
    const done = (): void => {
      resolve((server.address() as AddressInfo).port);
    };
    if (server.listening) done();
    else {
      server.once('listening', done);
      server.once('error', reject);
    }
  });
}

function closer(server: Server): () => Promise<void> {
  return () =>
    new Promise((resolve) => {
      server.closeAllConnections();
      server.close(() => {
        resolve();
      });
    });
}

/** dist/ through startServer on a free localhost port (port 0: the system picks one). */
export async function serveDist(dist: string): Promise<Served> {
  const server = startServer(dist, 0);
  const port = await listening(server);
  return { origin: `http://127.0.0.1:${port}`, close: closer(server) };
}

/** A compressing front for `upstream` (gzip level 6, as hosts commonly use). */
export async function serveGzip(upstream: string): Promise<Served> {
  const server = createServer((req, res) => {
    void (async () => {
      try {
        const up = await fetch(`${upstream}${req.url ?? '/'}`, { redirect: 'manual' });
        const body = Buffer.from(await up.arrayBuffer());
        const headers: Record<string, string> = {};
        up.headers.forEach((v, k) => {
          if (!['content-length', 'transfer-encoding', 'connection', 'keep-alive'].includes(k)) headers[k] = v;
        });
        const accepts = /\bgzip\b/.test(req.headers['accept-encoding'] ?? '');
        if (accepts && isCompressible(up.headers.get('content-type') ?? '') && body.length > 0) {
          const gz = gzipSync(body, { level: 6 });
          res.writeHead(up.status, {
            ...headers,
            'content-encoding': 'gzip',
            vary: 'Accept-Encoding',
            'content-length': String(gz.length),
          });
          res.end(gz);
        } else {
          res.writeHead(up.status, { ...headers, 'content-length': String(body.length) });
          res.end(body);
        }
      } catch (err) {
        res.writeHead(502).end(String(err));
      }
    })();
  });
  server.listen(0, '127.0.0.1');
  const port = await listening(server);
  return { origin: `http://127.0.0.1:${port}`, close: closer(server) };
}
