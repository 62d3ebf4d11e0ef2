/**
 * `npm run edit`'s half inside the dev server (an Astro integration, only when STORY_CMS is set):
 * serves the admin at /admin/, Decap's local backend (decap-server's file-system middleware,
 * writing to content/ of the project), and the admin's own endpoints:
 *   POST /__cms/check  {file, text, version?}  what `npm run check` would say if it were saved
 *   POST /__cms/saved  {file, version?}        after a save: records a dataset's version
 *   POST /__cms/draft  {file?, text?}          the draft the preview shows (none: the saved files)
 *   GET  /__cms/pages                          the steps and chart states the preview can show
 *   GET  /__cms/status                         each edition's translations (npm run i18n:status)
 *   GET  /__cms/changes[.zip]                  what changed in content/, as a list or as a zip
 *   POST /__cms/handover {branch, message}     commits content/ on a new branch and pushes it
 * Only the admin's own page may call them: a request from another site (its Origin) is refused,
 * and every POST must be JSON, which a page elsewhere cannot send without the browser asking first.
 */
import type { AstroIntegration } from 'astro';
import { watch } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describeStatus, editionReport, summarize } from '../../src/content/edition-status.ts';
import { formatIssue } from '../../src/content/errors.ts';
import { diskFiles } from '../../src/content/files.ts';
import { loadContent } from '../../src/content/load.ts';
import { TARGET_LOCALES } from '../../src/i18n/locales.ts';
import { ADMIN_HTML, bundleAdmin } from './bundle.ts';
import { checkProposal, editableFile, recordSaved, type VersionNote } from './check.ts';
import { cmsConfig } from './config.ts';
import { changes, changesZip, handOver, snapshot } from './handover.ts';
import { syncMirror } from './mirror.ts';

type Next = (err?: unknown) => void;
type Handler = (req: IncomingMessage, res: ServerResponse, next: Next) => void;

const today = () => new Date().toISOString().slice(0, 10);

function send(res: ServerResponse, status: number, type: string, body: string | Uint8Array): void {
  res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' });
  res.end(body);
}

const json = (res: ServerResponse, value: unknown, status = 200) => {
  send(res, status, 'application/json; charset=utf-8', JSON.stringify(value));
};

const MAX_BODY = 8 * 1024 * 1024;

async function body(req: IncomingMessage): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const c of req) {
    size += (c as Buffer).length;
    if (size > MAX_BODY) throw new Error(`request larger than ${MAX_BODY / 1024 / 1024} MB`);
    chunks.push(c as Buffer);
  }
  const v: unknown = JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}');
  return typeof v === 'object' && v !== null ? (v as Record<string, unknown>) : {};
}

const str = (v: unknown) => (typeof v === 'string' ? v : undefined);

function note(v: unknown): VersionNote | undefined {
  if (typeof v !== 'object' || v === null) return undefined;
  const o = v as Record<string, unknown>;
  return { kind: str(o['kind']) ?? '', reason: str(o['reason']) ?? '' };
}

/** Whether a request comes from the admin's own page (same host), not from a page of another site. */
function sameOrigin(req: IncomingMessage): boolean {
  const origin = req.headers.origin;
  if (origin === undefined) return req.headers['sec-fetch-site'] !== 'cross-site';
  try {
    return new URL(origin).host === req.headers.host;
  } catch {
    return false;
  }
}

/** Each edition's translations, as `npm run i18n:status` lists them. */
function status(dir: string): { summary: string; items: string[]; errors: string[] }[] {
  return TARGET_LOCALES.map((locale) => {
    const r = editionReport(diskFiles(dir), locale);
    return {
      summary: summarize(r),
      items: r.status.filter((x) => x.state !== 'current').map(describeStatus),
      errors: r.issues.map(formatIssue),
    };
  });
}

/** The steps and chart states of the content as the preview has it. */
function pages(dir: string): { steps: { id: string; chapter: string }[]; states: { chart: string; state: string }[] } {
  try {
    const m = loadContent(dir, { preview: true });
    return {
      steps: m.chapters.flatMap((c) => c.steps.map((s) => ({ id: s.id, chapter: c.id }))),
      states: m.charts.flatMap((c) => c.states.map((s) => ({ chart: c.id, state: s.id }))),
    };
  } catch {
    return { steps: [], states: [] };
  }
}

export function cmsIntegration({ repo, mirror }: { repo: string; mirror: string }): AstroIntegration {
  // decap-server's file-system mode writes under GIT_REPO_DIRECTORY: the project, not the preview copy.
  process.env['GIT_REPO_DIRECTORY'] = repo;
  const previewing = mirror !== repo;
  let draft: Record<string, string> = {};
  const sync = () => {
    if (previewing) syncMirror(repo, mirror, draft);
  };
  let admin: Promise<Map<string, Uint8Array>> | undefined;
  // Outside git, "what changed" is measured from content/ as it was when the admin started.
  const start = snapshot(repo);
  return {
    name: 'story-cms',
    hooks: {
      'astro:server:setup': async ({ server, logger }) => {
        // Both are CommonJS.
        const require = createRequire(import.meta.url);
        const express = require('express') as typeof import('express').default;
        const { registerLocalFs } = require('decap-server/dist/middlewares.js') as typeof import('decap-server/dist/middlewares.js');
        const backend = express();
        await registerLocalFs(backend);
        sync();
        // Files changed outside the admin (a text editor, git) reach the preview too.
        let pending: ReturnType<typeof setTimeout> | undefined;
        if (previewing) {
          const watcher = watch(join(repo, 'content'), { recursive: true }, () => {
            clearTimeout(pending);
            pending = setTimeout(sync, 100);
          });
          server.httpServer?.once('close', () => {
            watcher.close();
          });
        }
        admin = bundleAdmin(repo);
        admin.then(
          () => {
            logger.info('admin ready at /admin/');
          },
          (err: unknown) => {
            logger.error(String(err));
          },
        );
        const handler: Handler = (req, res, next) => {
          const url = new URL(req.url ?? '/', 'http://localhost');
          const path = url.pathname;
          const fail = (err: unknown) => {
            json(
              res,
              { ok: false, errors: [`the admin's server: ${err instanceof Error ? err.message : String(err)}`], warnings: [] },
              500,
            );
          };
          const ours = path.startsWith('/api/v1') || path.startsWith('/__cms/') || path.startsWith('/admin');
          if (ours && !sameOrigin(req)) {
            json(res, { ok: false, errors: ['refused: the admin answers only its own page'], warnings: [] }, 403);
            return;
          }
          if (path.startsWith('/api/v1')) {
            backend(req, res, next);
            return;
          }
          if (path === '/admin' || path === '/admin/' || path === '/admin/index.html') {
            send(res, 200, 'text/html; charset=utf-8', ADMIN_HTML);
            return;
          }
          if (path === '/admin/config.json') {
            const origin = `http://${req.headers.host ?? 'localhost:4321'}`;
            json(res, cmsConfig({ root: repo, localBackend: `${origin}/api/v1` }));
            return;
          }
          if (path.startsWith('/admin/') && admin) {
            const name = path.slice('/admin/'.length);
            admin.then((files) => {
              const f = files.get(name);
              if (f) send(res, 200, name.endsWith('.js') ? 'text/javascript; charset=utf-8' : 'application/octet-stream', f);
              else next();
            }, fail);
            return;
          }
          if (path === '/__cms/pages' && req.method === 'GET') {
            json(res, pages(mirror));
            return;
          }
          if (path === '/__cms/status' && req.method === 'GET') {
            json(res, status(repo));
            return;
          }
          if (path === '/__cms/changes' && req.method === 'GET') {
            json(res, changes(repo, start));
            return;
          }
          if (path === '/__cms/changes.zip' && req.method === 'GET') {
            const zip = changesZip(repo, changes(repo, start));
            res.writeHead(200, {
              'content-type': 'application/zip',
              'content-disposition': `attachment; filename="content-changes-${today()}.zip"`,
              'cache-control': 'no-store',
            });
            res.end(zip);
            return;
          }
          if (!path.startsWith('/__cms/') || req.method !== 'POST') {
            next();
            return;
          }
          if (!(req.headers['content-type'] ?? '').startsWith('application/json')) {
            json(res, { ok: false, errors: ['expected a JSON request (content-type: application/json)'], warnings: [] }, 415);
            return;
          }
          body(req)
            .then((b) => {
              const file = str(b['file']) ?? '';
              if (path === '/__cms/check') {
                json(res, checkProposal(repo, { file, text: str(b['text']) ?? '', version: note(b['version']) }, today()));
              } else if (path === '/__cms/saved') {
                const v = note(b['version']);
                const message = v && !editableFile(file) ? recordSaved(repo, file, v, today()) : undefined;
                draft = {};
                sync();
                json(res, { ok: true, message });
              } else if (path === '/__cms/handover') {
                const name = str(b['name']);
                const email = str(b['email']);
                const author = name !== undefined || email !== undefined ? { name: name ?? '', email: email ?? '' } : undefined;
                json(res, handOver(repo, str(b['branch']) ?? '', str(b['message']) ?? '', author));
              } else if (path === '/__cms/draft') {
                const text = str(b['text']);
                draft = text !== undefined && !editableFile(file) ? { [file]: text } : {};
                sync();
                json(res, { ok: true, previewing });
              } else next();
            })
            .catch(fail);
        };
        server.middlewares.use(handler);
      },
    },
  };
}
