/**
 * Lighthouse through its Node API, mobile (default config, simulated throttling) and desktop
 * presets, one fresh Chromium per run. Extracts scores, metrics, requests and byte totals, and
 * estimates what each request would weigh compressed (the local server sends everything
 * uncompressed): text resources are fetched again and gzip -9'd, fonts and images count as is.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { get, type IncomingHttpHeaders } from 'node:http';
import { gunzipSync } from 'node:zlib';
import { join } from 'node:path';
import lighthouse, { desktopConfig } from 'lighthouse';
import { launchChrome } from './chrome.ts';
import { gzipSize, isCompressible, median } from './util.ts';

export type Preset = 'mobile' | 'desktop';
export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type Category = (typeof CATEGORIES)[number];

export interface Request {
  url: string;
  resourceType: string;
  mimeType: string;
  transferSize: number;
  resourceSize: number;
  /** Estimated transfer size if the host compressed text (gzip -9); fonts/images unchanged. */
  gzipTransfer: number;
  thirdParty: boolean;
}

export interface RunFigures {
  scores: Record<Category, number>;
  fcp: number;
  lcp: number;
  tbt: number;
  cls: number;
  speedIndex: number;
  /** Bytes over the wire as measured (uncompressed server). */
  totalBytes: number;
  /** The same requests as a compressing host would send them (estimate). */
  totalBytesGzip: number;
  jsBytes: number;
  jsBytesGzip: number;
  fontBytes: number;
  requestCount: number;
  thirdPartyRequests: string[];
  requests: Request[];
  benchmarkIndex: number;
  warnings: string[];
  runtimeError?: string;
  diagnostics: Diagnostics;
}

export interface Diagnostics {
  /** Performance audits scoring under 0.9: title and Lighthouse's own summary. */
  weakAudits: { id: string; title: string; score: number; displayValue: string }[];
  mainThread: { group: string; ms: number }[];
  bootup: { url: string; totalMs: number; scriptingMs: number }[];
  longTasks: { url: string; startMs: number; durationMs: number }[];
  /** Elements that shifted, with the causes Lighthouse found (e.g. "Web font loaded: inter-latin….woff2"). */
  layoutShifts: { node: string; score: number; causes: string[] }[];
  domSize: string;
}

export interface PresetResult {
  preset: Preset;
  runs: RunFigures[];
  /** Median of each figure over the runs. */
  median: Omit<RunFigures, 'requests' | 'warnings' | 'diagnostics' | 'thirdPartyRequests' | 'runtimeError'> & {
    thirdPartyRequests: number;
  };
}

interface AuditLite {
  id: string;
  title: string;
  score: number | null;
  scoreDisplayMode: string;
  numericValue?: number;
  displayValue?: string;
  details?: { items?: Record<string, unknown>[] };
}
interface LhrLite {
  categories: Record<string, { score: number | null; auditRefs: { id: string; weight: number }[] }>;
  audits: Record<string, AuditLite>;
  environment: { benchmarkIndex: number };
  runWarnings: string[];
  runtimeError?: { code: string; message: string };
}

interface Body {
  /** Decoded body size. */
  raw: number;
  /** Body bytes as the server sent them (compressed when it compressed). */
  wire: number;
  /** gzip -9 size for text, the body as is for fonts and images. */
  gzip: number;
  compressible: boolean;
  contentEncoding: string;
}

const bodyCache = new Map<string, Body>();

/** Fetches a URL again as a browser would (accepting gzip), keeping the bytes as sent. */
export async function fetchBody(url: string): Promise<Body> {
  const hit = bodyCache.get(url);
  if (hit) return hit;
  const { status, headers, body } = await new Promise<{ status: number; headers: IncomingHttpHeaders; body: Buffer }>((resolve, reject) => {
    get(url, { headers: { 'accept-encoding': 'gzip' } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) });
      });
      res.on('error', reject);
    }).on('error', reject);
  });
  const contentEncoding = headers['content-encoding'] ?? '';
  const decoded = contentEncoding === 'gzip' ? gunzipSync(body) : body;
  const compressible = status < 300 && isCompressible(headers['content-type'] ?? '');
  const r: Body = {
    raw: decoded.length,
    wire: body.length,
    gzip: compressible ? gzipSize(decoded) : decoded.length,
    compressible,
    contentEncoding,
  };
  bodyCache.set(url, r);
  return r;
}

function originOf(url: string): string {
  try {
    return new URL(url).origin;
  } catch {
    return '';
  }
}

const num = (v: unknown): number => (typeof v === 'number' ? v : Number.NaN);
const str = (v: unknown): string => (typeof v === 'string' ? v : '');

function items(lhr: LhrLite, id: string): Record<string, unknown>[] {
  return lhr.audits[id]?.details?.items ?? [];
}

function diagnostics(lhr: LhrLite): Diagnostics {
  const perfRefs = new Set((lhr.categories['performance']?.auditRefs ?? []).map((r) => r.id));
  const weakAudits = Object.values(lhr.audits)
    .filter(
      (a) =>
        (perfRefs.has(a.id) || a.id.endsWith('-insight')) &&
        a.score !== null &&
        a.score < 0.9 &&
        !['informative', 'notApplicable', 'manual'].includes(a.scoreDisplayMode),
    )
    .map((a) => ({ id: a.id, title: a.title, score: a.score ?? 0, displayValue: a.displayValue ?? '' }))
    .sort((a, b) => a.score - b.score);
  return {
    weakAudits,
    mainThread: items(lhr, 'mainthread-work-breakdown').map((i) => ({
      group: str(i['groupLabel']) || str(i['group']),
      ms: num(i['duration']),
    })),
    bootup: items(lhr, 'bootup-time').map((i) => ({ url: str(i['url']), totalMs: num(i['total']), scriptingMs: num(i['scripting']) })),
    longTasks: items(lhr, 'long-tasks').map((i) => ({ url: str(i['url']), startMs: num(i['startTime']), durationMs: num(i['duration']) })),
    layoutShifts: items(lhr, 'layout-shifts').map((i) => {
      const node = i['node'] as { snippet?: string; selector?: string; nodeLabel?: string } | undefined;
      const sub = (i['subItems'] as { items?: { cause?: string; extra?: { value?: unknown } }[] } | undefined)?.items ?? [];
      const causes = sub.map((s) =>
        [s.cause ?? '', typeof s.extra?.value === 'string' ? (s.extra.value.split('/').pop() ?? '') : ''].filter(Boolean).join(': '),
      );
      return { node: node?.selector ?? node?.snippet ?? node?.nodeLabel ?? '(unknown)', score: num(i['score']), causes };
    }),
    domSize: lhr.audits['dom-size-insight']?.displayValue ?? lhr.audits['dom-size']?.displayValue ?? '',
  };
}

async function figures(lhr: LhrLite, origin: string): Promise<RunFigures> {
  const requests: Request[] = [];
  for (const i of items(lhr, 'network-requests')) {
    const url = str(i['url']);
    if (!/^https?:/.test(url)) continue;
    const transferSize = num(i['transferSize']) || 0;
    const resourceSize = num(i['resourceSize']) || 0;
    const est = originOf(url) === origin ? await fetchBody(url) : undefined;
    // Response headers as measured: what Lighthouse saw minus the body bytes as sent.
    const headerBytes = Math.max(0, transferSize - (est?.wire ?? resourceSize));
    requests.push({
      url,
      resourceType: str(i['resourceType']),
      mimeType: str(i['mimeType']),
      transferSize,
      resourceSize,
      gzipTransfer: est ? headerBytes + est.gzip : transferSize,
      thirdParty: originOf(url) !== origin,
    });
  }
  const audit = (id: string): number => lhr.audits[id]?.numericValue ?? Number.NaN;
  const total = (f: (r: Request) => boolean, k: 'transferSize' | 'gzipTransfer'): number =>
    requests.filter(f).reduce((a, r) => a + r[k], 0);
  const isJs = (r: Request): boolean => r.resourceType === 'Script';
  const scores = Object.fromEntries(CATEGORIES.map((c) => [c, Math.round((lhr.categories[c]?.score ?? Number.NaN) * 100)])) as Record<
    Category,
    number
  >;
  return {
    scores,
    fcp: audit('first-contentful-paint'),
    lcp: audit('largest-contentful-paint'),
    tbt: audit('total-blocking-time'),
    cls: audit('cumulative-layout-shift'),
    speedIndex: audit('speed-index'),
    totalBytes: total(() => true, 'transferSize'),
    totalBytesGzip: total(() => true, 'gzipTransfer'),
    jsBytes: total(isJs, 'transferSize'),
    jsBytesGzip: total(isJs, 'gzipTransfer'),
    fontBytes: total((r) => r.resourceType === 'Font', 'transferSize'),
    requestCount: requests.length,
    thirdPartyRequests: requests.filter((r) => r.thirdParty).map((r) => r.url),
    requests,
    benchmarkIndex: lhr.environment.benchmarkIndex,
    warnings: lhr.runWarnings,
    ...(lhr.runtimeError ? { runtimeError: `${lhr.runtimeError.code}: ${lhr.runtimeError.message}` } : {}),
    diagnostics: diagnostics(lhr),
  };
}

/** One Lighthouse run in a fresh Chromium. Writes the full report JSON to `saveAs` when given. */
export async function runLighthouse(url: string, preset: Preset, saveAs?: string): Promise<RunFigures> {
  const chrome = await launchChrome();
  try {
    const result = await lighthouse(
      url,
      { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] },
      preset === 'desktop' ? desktopConfig : undefined,
    );
    if (!result) throw new Error(`Lighthouse returned no result for ${url}`);
    const lhr = result.lhr as unknown as LhrLite;
    if (saveAs) {
      mkdirSync(join(saveAs, '..'), { recursive: true });
      writeFileSync(saveAs, JSON.stringify(result.lhr));
    }
    return await figures(lhr, new URL(url).origin);
  } finally {
    await chrome.stop();
  }
}

export function summarize(preset: Preset, runs: RunFigures[]): PresetResult {
  const m = (f: (r: RunFigures) => number): number => median(runs.map(f));
  return {
    preset,
    runs,
    median: {
      scores: Object.fromEntries(CATEGORIES.map((c) => [c, m((r) => r.scores[c])])) as Record<Category, number>,
      fcp: m((r) => r.fcp),
      lcp: m((r) => r.lcp),
      tbt: m((r) => r.tbt),
      cls: m((r) => r.cls),
      speedIndex: m((r) => r.speedIndex),
      totalBytes: m((r) => r.totalBytes),
      totalBytesGzip: m((r) => r.totalBytesGzip),
      jsBytes: m((r) => r.jsBytes),
      jsBytesGzip: m((r) => r.jsBytesGzip),
      fontBytes: m((r) => r.fontBytes),
      requestCount: m((r) => r.requestCount),
      benchmarkIndex: m((r) => r.benchmarkIndex),
      thirdPartyRequests: Math.max(0, ...runs.map((r) => r.thirdPartyRequests.length)),
    },
  };
}
