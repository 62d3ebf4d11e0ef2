/**
 * Saving goes through the project's check: before Decap writes a file, the dev server says what
 * `npm run check` would print if it were saved (cms/server/check.ts); with any error the save is
 * refused and the messages are listed, as the check prints them. A dataset's save records its
 * version (kind and sentence from the entry's form) once the file is written.
 */
import type { BrowserCheck } from './browser-check.ts';
import type { CheckResult, Proposal } from './rules.ts';

export type { CheckResult, Proposal };

/** Decap's entry data (an Immutable map): what preSave returns to change what is saved. */
export interface DataLike {
  set(key: string, value: unknown): DataLike;
}

export interface EntryLike {
  get(key: string): unknown;
  getIn(path: string[]): unknown;
}

const str = (v: unknown) => (typeof v === 'string' ? v : '');

export function proposalOf(entry: EntryLike): Proposal {
  const file = str(entry.get('path'));
  if (file.endsWith('.csv')) {
    return {
      file,
      text: str(entry.getIn(['data', 'csv'])),
      version: { kind: str(entry.getIn(['data', 'kind'])), reason: str(entry.getIn(['data', 'reason'])) },
    };
  }
  return { file, text: str(entry.getIn(['data', 'text'])) };
}

/**
 * Where the admin runs: `npm run edit` (its dev server checks, records versions and previews
 * drafts) or a production deployment on GitHub (the check runs in the browser; a data version is
 * recorded on the save's branch by the workflow; the repository names it).
 */
let production: { repo: string } | undefined;
export function setProduction(repo: string): void {
  production = { repo };
}
export const isProduction = () => production !== undefined;
let pendingVersion: BrowserCheck['pending'];

/** What the check says about a proposal, wherever the admin runs. */
export async function check(p: Proposal): Promise<BrowserCheck | undefined> {
  if (!production) return post<CheckResult>('/__cms/check', p);
  const { checkInBrowser } = await import('./browser-check.ts');
  return checkInBrowser(p);
}

/** POSTs to the admin's dev-server endpoints; undefined where there are none (a production admin). */
export async function post<T>(path: string, body: unknown): Promise<T | undefined> {
  const res = await fetch(path, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }).catch(
    () => undefined,
  );
  if (!res || res.status === 404) return undefined;
  return (await res.json()) as T;
}

const SHOWN = 12;

/** The panel at the foot of the admin listing the check's messages. */
export function showMessages(
  title: string,
  errors: readonly string[],
  warnings: readonly string[] = [],
  notes: readonly string[] = [],
): void {
  let panel = document.getElementById('story-check');
  if (!panel) {
    panel = document.createElement('section');
    panel.id = 'story-check';
    panel.setAttribute('role', 'alert');
    panel.setAttribute('aria-label', 'Content check');
    panel.style.cssText =
      'position:fixed;z-index:10000;left:1rem;right:1rem;bottom:1rem;max-height:40vh;overflow:auto;padding:0.75rem 1rem;' +
      'background:#fff;color:#111;border:2px solid #b00020;border-radius:6px;font:14px/1.4 system-ui,sans-serif;box-shadow:0 4px 16px #0003';
    document.body.append(panel);
  }
  panel.style.borderColor = errors.length > 0 ? '#b00020' : '#2e7d32';
  panel.replaceChildren();
  const head = document.createElement('p');
  head.style.cssText = 'margin:0 0 0.5rem;font-weight:600';
  head.textContent = title;
  const close = document.createElement('button');
  close.type = 'button';
  close.textContent = 'Close';
  close.style.cssText = 'float:right';
  close.addEventListener('click', () => {
    panel.remove();
  });
  panel.append(close, head);
  const list = (items: readonly string[], prefix: string) => {
    if (items.length === 0) return;
    const ul = document.createElement('ul');
    ul.style.cssText = 'margin:0;padding-left:1.2rem;font-family:ui-monospace,monospace;font-size:13px';
    for (const m of items.slice(0, SHOWN)) {
      const li = document.createElement('li');
      li.textContent = `${prefix}${m}`;
      ul.append(li);
    }
    if (items.length > SHOWN) {
      const li = document.createElement('li');
      li.textContent = `… and ${items.length - SHOWN} more`;
      ul.append(li);
    }
    panel.append(ul);
  };
  list(errors, '');
  list(warnings, 'warning: ');
  list(notes, '');
}

export async function beforeSave(entry: EntryLike): Promise<DataLike | undefined> {
  const p = proposalOf(entry);
  const r = await check(p);
  pendingVersion = r?.ok ? r.pending : undefined;
  if (!r) throw new Error("not saved: the admin's server did not answer the check (is npm run edit still running?)");
  if (!r.ok) {
    const n = r.errors.length;
    showMessages(
      `Not saved: the content would have ${n} problem${n === 1 ? '' : 's'} (as npm run check reports them). Fix the first one first.`,
      r.errors,
    );
    throw new Error(`not saved, ${n} problem${n === 1 ? '' : 's'}: ${r.errors[0] ?? ''}`);
  }
  // The translations this file's change leaves behind, or that this translation still lacks.
  const mine = r.warnings.filter((w) => w.includes(p.file));
  const n = r.stamped?.count ?? 0;
  const stampedNote = n > 0 ? ` ${n} TODO${n === 1 ? '' : 's'} set to the hash of the English (as npm run i18n:stamp does).` : '';
  if (mine.length > 0) showMessages(`Saved: the check passes.${stampedNote} Passages shown in English until translated:`, [], mine);
  else if (n > 0) showMessages(`Saved: the check passes.${stampedNote}`, []);
  // Saved as stamped: Decap writes the data preSave returns.
  return r.stamped ? (entry.get('data') as DataLike).set('text', r.stamped.text) : undefined;
}

export async function afterSave(entry: EntryLike): Promise<void> {
  const p = proposalOf(entry);
  if (production) {
    const pending = pendingVersion;
    pendingVersion = undefined;
    if (pending && p.file === `content/datasets/${pending.dataset}.csv`) {
      const { dataset, from, kind, reason } = pending;
      const workflow = `https://github.com/${production.repo}/actions/workflows/data-version.yml`;
      showMessages(
        `Saved for review on the branch cms/data/${dataset}. Before it can be published, record its version (${dataset} was at ${from}):`,
        [],
        [],
        [
          `Open ${workflow}, choose "Run workflow", and give: branch cms/data/${dataset}; dataset ${dataset}; kind ${kind}; what changed and why "${reason}".`,
          'The workflow records it as npm run data:version does and adds the commit to the pull request; until then its check fails, so nothing unrecorded can be published.',
        ],
      );
    }
    return;
  }
  const r = await post<{ ok: boolean; message?: string; errors?: string[] }>('/__cms/saved', { file: p.file, version: p.version });
  if (r?.message) showMessages(r.message, []);
  else if (r && !r.ok) showMessages('Saved, but the version was not recorded:', r.errors ?? []);
}
