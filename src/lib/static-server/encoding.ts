/**
 * Content negotiation and compression for the static server. Text is sent as Brotli where the
 * client accepts it (every current browser does), else gzip, else as it is, as static hosts and
 * CDNs do. Brotli bodies are compressed once at the highest quality and kept in memory: the
 * server's files are a built site that does not change while it runs, and a file that does
 * change (its size or time) is compressed again.
 */
import { readFile, stat } from 'node:fs/promises';
import { promisify } from 'node:util';
import { brotliCompress, constants } from 'node:zlib';

export type Encoding = 'br' | 'gzip' | 'identity';

/**
 * The encoding to send for an Accept-Encoding header: Brotli before gzip before none, each
 * only if the header accepts it (a q-value of 0 refuses; `*` stands for any encoding not named).
 * Malformed parts are ignored, so a hostile header can only lead to an uncompressed reply.
 */
export function chooseEncoding(header: string | undefined): Encoding {
  const q = new Map<string, number>();
  for (const part of (header ?? '').slice(0, 1024).split(',')) {
    const [name = '', ...params] = part.trim().toLowerCase().split(';');
    if (!/^[a-z0-9*-]+$/.test(name)) continue;
    const qParam = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    const value = qParam === undefined ? 1 : Number(qParam.slice(2));
    q.set(name, Number.isFinite(value) ? value : 0);
  }
  const accepts = (name: string) => (q.get(name) ?? q.get('*') ?? 0) > 0;
  if (accepts('br')) return 'br';
  if (accepts('gzip')) return 'gzip';
  return 'identity';
}

/** Files above this size are streamed with gzip instead of held in memory. */
export const MAX_CACHED = 4 * 1024 * 1024;

const compress = promisify(brotliCompress);
const cache = new Map<string, { version: string; body: Promise<Buffer> }>();

/** The Brotli body of `file` (quality 11), compressed on first use and then kept. */
export async function brotliBody(file: string): Promise<Buffer> {
  const { size, mtimeMs } = await stat(file);
  const version = `${String(size)}:${String(mtimeMs)}`;
  const hit = cache.get(file);
  if (hit?.version === version) return hit.body;
  const body = readFile(file).then((raw) =>
    compress(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: raw.length } }),
  );
  cache.set(file, { version, body });
  // A failed read is not kept: the next request tries again.
  body.catch(() => {
    if (cache.get(file)?.body === body) cache.delete(file);
  });
  return body;
}
