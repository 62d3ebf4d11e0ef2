/**
 * A small static server for dist/, used by `npm run preview`, the browser tests and the
 * benchmark. It serves files the way a static host does (directory URLs → index.html, Brotli or
 * gzip for text, 404.html for what is missing) and applies `_headers`, so tests see the response
 * headers readers will. Hostile requests get an answer, never a crash: undecodable URLs 400, anything
 * outside the root 404, methods other than GET/HEAD 405, a failed read 500.
 */
import { createReadStream, existsSync, readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { extname, join, resolve } from 'node:path';
import { pipeline } from 'node:stream';
import { createGzip } from 'node:zlib';
import { brotliBody, chooseEncoding, MAX_CACHED } from './encoding.ts';
import { headersFor, parseHeaders, type HeaderRule } from './headers.ts';
import { isInside, resolveRequest } from './resolve.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml',
};

/** Types sent compressed, as static hosts and CDNs do. */
const COMPRESSIBLE = /^(text\/|application\/json|application\/xml|image\/svg)/;

const isFile = (f: string) => existsSync(f) && statSync(f).isFile();

function plain(res: ServerResponse, status: number, text: string): void {
  res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8' }).end(text);
}

/** The request handler for the folder `root` (absolute), with its `_headers` rules. */
export function createHandler(root: string, rules: HeaderRule[]): (req: IncomingMessage, res: ServerResponse) => void {
  const realRoot = realpathSync(root);
  const send = (req: IncomingMessage, res: ServerResponse, path: string, file: string) => {
    for (const [k, v] of headersFor(rules, path)) res.setHeader(k, v);
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    res.setHeader('content-type', type);
    // Compress text as static hosts and CDNs do, so tests and the benchmark see real transfer sizes.
    const compressible = COMPRESSIBLE.test(type);
    const encoding = compressible ? chooseEncoding(req.headers['accept-encoding']) : 'identity';
    if (compressible) res.setHeader('vary', 'Accept-Encoding');
    const done = (err: Error | null) => {
      // A read that fails half-way cannot change the status any more: end the connection.
      if (err && !res.headersSent) plain(res, 500, 'Read error');
      else if (err) res.destroy();
    };
    if (encoding === 'br' && statSync(file).size <= MAX_CACHED) {
      brotliBody(file).then(
        (body) => {
          res.setHeader('content-encoding', 'br');
          res.setHeader('content-length', body.length);
          res.end(body);
        },
        (err: unknown) => {
          done(err instanceof Error ? err : new Error(String(err)));
        },
      );
    } else if (encoding !== 'identity') {
      res.setHeader('content-encoding', 'gzip');
      pipeline(createReadStream(file), createGzip(), res, done);
    } else pipeline(createReadStream(file), res, done);
  };
  const notFound = (req: IncomingMessage, res: ServerResponse) => {
    const page = join(root, '404.html');
    res.statusCode = 404;
    if (isFile(page)) send(req, res, '/404.html', page);
    else plain(res, 404, 'Not found');
  };

  return (req, res) => {
    try {
      if (req.method !== 'GET' && req.method !== 'HEAD') {
        res.setHeader('allow', 'GET, HEAD');
        plain(res, 405, 'Method not allowed');
        return;
      }
      const r = resolveRequest(root, req.url ?? '/');
      if (r.kind === 'bad') {
        plain(res, 400, 'Bad request: the URL is not valid percent-encoded UTF-8');
        return;
      }
      if (r.kind === 'outside' || (existsSync(r.file) && !isInside(realRoot, realpathSync(r.file)))) {
        notFound(req, res);
        return;
      }
      let { file } = r;
      if (existsSync(file) && statSync(file).isDirectory()) {
        if (!r.trailingSlash) {
          // Built from the normalised segments, re-encoded: never a bare `//host` redirect.
          const location = `/${r.segments.map(encodeURIComponent).join('/')}/${r.search}`;
          res.writeHead(301, { location }).end();
          return;
        }
        file = join(file, 'index.html');
      }
      if (!isFile(file)) {
        notFound(req, res);
        return;
      }
      send(req, res, r.path, file);
    } catch (err) {
      if (!res.headersSent) plain(res, 500, 'Server error');
      else res.destroy();
      console.error(err);
    }
  };
}

/** Every file under `dir` that the server compresses, for warming its cache. */
function compressibleFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && COMPRESSIBLE.test(TYPES[extname(e.name)] ?? ''))
    .map((e) => join(e.parentPath, e.name))
    .filter((f) => statSync(f).size <= MAX_CACHED);
}

/**
 * Serves `dir` on 127.0.0.1:`port` (0: any free port). Throws on a malformed `_headers`. It
 * listens once every text file is compressed, so that no reply, the first included, waits for
 * Brotli (which a static host does ahead of time too); the server's 'listening' event says so.
 */
export function startServer(dir: string, port: number): Server {
  const root = resolve(dir);
  const headersFile = join(root, '_headers');
  const rules = existsSync(headersFile) ? parseHeaders(readFileSync(headersFile, 'utf8'), headersFile) : [];
  const server = createServer(createHandler(root, rules));
  const warm = compressibleFiles(root).map((f) => brotliBody(f).catch(() => undefined));
  void Promise.all(warm).then(() => server.listen(port, '127.0.0.1'));
  return server;
}
