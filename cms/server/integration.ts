/**
 * `npm run edit`'s half inside the dev server (an Astro integration, only when STORY_CMS is set):
 * serves the admin at /admin/, Decap's local backend (decap-server's file-system middleware,
 * writing to content/ of the project), and the admin's own endpoints:
 *   POST /__cms/check  {file, text, version?}  what `npm run check` would say if it were saved
 *   POST /__cms/saved  {file, version?}        after a save: records a dataset's version
 *   POST /__cms/draft  {file?, text?}          the draft the preview shows (none: the saved files)
 *   GET  /__cms/pages                          the steps and chart states the preview can show
 */
import type { AstroIntegration } from 'astro';
import { watch } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { loadContent } from '../../src/content/load.ts';
import { ADMIN_HTML, bundleAdmin } from './bundle.ts';
import { checkProposal, editableFile, recordSaved, type VersionNote } from './check.ts';
import { cmsConfig } from './config.ts';
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

async function body(req: IncomingMessage): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  const v: unknown = JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}');
  return typeof v === 'object' && v !== null ? (v as Record<string, unknown>) : {};
}

const str = (v: unknown) => (typeof v === 'string' ? v : undefined);

function note(v: unknown): VersionNote | undefined {
  if (typeof v !== 'object' || v === null) return undefined;
  const o = v as Record<string, unknown>;
  return { kind: str(o['kind']) ?? '', reason: str(o['reason']) ?? '' };
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
          if (!path.startsWith('/__cms/') || req.method !== 'POST') {
            next();
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
