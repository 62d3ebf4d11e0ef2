/**
 * From a request's raw URL to a file inside the served folder, or a refusal. The path is decoded
 * once, backslashes count as separators (as `%5c` or `\` would on Windows), and `.`/`..` segments
 * are applied segment by segment: a path that climbs above the root, or names a NUL byte, is
 * outside. Containment is by path segments, never by string prefix (a sibling `dist-secret/`
 * starts with "dist" but is not inside `dist/`).
 */
import { isAbsolute, join, relative, sep } from 'node:path';

export type Resolved =
  /** The URL cannot be decoded: answer 400. */
  | { kind: 'bad' }
  /** The path resolves outside the root (or cannot name a file): answer 404. */
  | { kind: 'outside' }
  /** `path`: the normalised URL path (for `_headers`); `file`: inside root. */
  | { kind: 'inside'; path: string; file: string; segments: string[]; trailingSlash: boolean; search: string };

export function resolveRequest(root: string, rawUrl: string): Resolved {
  let pathname: string;
  let search: string;
  try {
    // Parse only the path: a request for `//host/x` must stay a path, not become another host.
    const url = new URL(`http://localhost${rawUrl.startsWith('/') ? rawUrl : `/${rawUrl}`}`);
    pathname = decodeURIComponent(url.pathname);
    search = url.search;
  } catch {
    return { kind: 'bad' };
  }
  if (pathname.includes('\0')) return { kind: 'outside' };
  const segments: string[] = [];
  for (const segment of pathname.replace(/\\/g, '/').split('/')) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..') {
      if (segments.length === 0) return { kind: 'outside' };
      segments.pop();
      continue;
    }
    segments.push(segment);
  }
  const file = join(root, ...segments);
  if (!isInside(root, file)) return { kind: 'outside' };
  const trailingSlash = pathname.endsWith('/') || pathname.endsWith('\\');
  const path = `/${segments.join('/')}${trailingSlash && segments.length > 0 ? '/' : ''}`;
  return { kind: 'inside', path, file, segments, trailingSlash, search };
}

/** Whether `file` is `root` or below it, compared by path segments. */
export function isInside(root: string, file: string): boolean {
  const rel = relative(root, file);
  return rel === '' || (!isAbsolute(rel) && rel.split(sep)[0] !== '..');
}
