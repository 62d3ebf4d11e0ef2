/**
 * A small static server for dist/, used by the browser tests and the benchmark. It serves files
 * the way a static host does (directory URLs → index.html, gzip for text) and applies
 * public/_headers, so the tests see the same response headers as readers will.
 *
 *   node src/cli/serve.ts [--port 4390] [--dir dist]
 */
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { createGzip } from 'node:zlib';

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

interface HeaderRule {
  pattern: RegExp;
  headers: [string, string][];
}

/** Parses the Netlify/Cloudflare `_headers` format: a path pattern line, then indented headers. */
export function parseHeaders(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const line of text.split('\n')) {
    if (line.trim() === '' || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      const pattern = new RegExp(
        `^${line
          .trim()
          .replace(/[.+?^${}()|[\]\\]/g, '\\$&')
          .replace(/\*/g, '.*')}$`,
      );
      rules.push({ pattern, headers: [] });
    } else {
      const i = line.indexOf(':');
      const rule = rules.at(-1);
      if (i > 0 && rule) rule.headers.push([line.slice(0, i).trim(), line.slice(i + 1).trim()]);
    }
  }
  return rules;
}

export function startServer(dir: string, port: number): ReturnType<typeof createServer> {
  const root = resolve(dir);
  const headersFile = join(root, '_headers');
  const rules = existsSync(headersFile) ? parseHeaders(readFileSync(headersFile, 'utf8')) : [];
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    let path = decodeURIComponent(url.pathname);
    let file = normalize(join(root, path));
    if (!file.startsWith(root)) {
      res.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) {
      if (!path.endsWith('/')) {
        res.writeHead(301, { location: `${path}/${url.search}` }).end();
        return;
      }
      file = join(file, 'index.html');
    }
    if (!existsSync(file)) {
      path = '/404.html';
      file = join(root, '404.html');
      res.statusCode = 404;
      if (!existsSync(file)) {
        res.end('Not found');
        return;
      }
    }
    for (const rule of rules) {
      if (rule.pattern.test(path)) for (const [k, v] of rule.headers) res.setHeader(k, v);
    }
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    res.setHeader('content-type', type);
    // Compress text as static hosts and CDNs do, so tests and the benchmark see real transfer sizes.
    const compressible = /^(text\/|application\/json|application\/xml|image\/svg)/.test(type);
    if (compressible && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '')) {
      res.setHeader('content-encoding', 'gzip');
      res.setHeader('vary', 'Accept-Encoding');
      createReadStream(file).pipe(createGzip()).pipe(res);
    } else {
      createReadStream(file).pipe(res);
    }
  });
  server.listen(port, '127.0.0.1');
  return server;
}

if (import.meta.main) {
  const arg = (name: string, fallback: string) => {
    const i = process.argv.indexOf(`--${name}`);
    return i > 0 ? (process.argv[i + 1] ?? fallback) : fallback;
  };
  const port = Number(arg('port', '4321'));
  const dir = arg('dir', 'dist');
  if (!existsSync(join(dir, 'index.html'))) {
    console.error(`${dir}/ has no built site; run npm run build first.`);
    process.exit(1);
  }
  startServer(dir, port).on('listening', () => {
    console.log(`Serving ${dir}/ at http://localhost:${port}/ (Ctrl+C to stop)`);
  });
}
