/**
 * The admin's desk: what the terminal commands besides editing gave an editor, in two buttons at
 * the foot of the admin (local editing only, where the dev server answers):
 *   Translations: each edition's state, as `npm run i18n:status` prints it;
 *   Hand over:    the files changed in content/, as a zip to send, or committed on a new branch
 *                 (EDITING.md's git commands) and pushed where the checkout can push.
 */
interface Status {
  summary: string;
  items: string[];
  errors: string[];
}
interface Change {
  file: string;
  state: 'changed' | 'added' | 'deleted';
}
interface Changes {
  git: boolean;
  branch?: string;
  identity?: boolean;
  since: string;
  files: Change[];
}

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Record<string, unknown> = {},
  ...kids: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  Object.assign(e, props);
  e.append(...kids);
  return e;
}

const SHOWN = 40;

function list(items: readonly string[], mono = true): HTMLElement {
  const ul = el('ul');
  ul.style.cssText = `margin:0.25rem 0 0.75rem;padding-left:1.2rem;${mono ? 'font-family:ui-monospace,monospace;font-size:13px' : ''}`;
  for (const m of items.slice(0, SHOWN)) ul.append(el('li', {}, m));
  if (items.length > SHOWN) ul.append(el('li', {}, `… and ${items.length - SHOWN} more`));
  return ul;
}

// Decap's own styles reset headings, links and inputs: the desk sets its own, scoped to it.
const CSS = `
#story-desk-dialog{width:min(46rem,92vw);max-height:80vh;overflow:auto;padding:1rem 1.25rem;border:1px solid #798291;
  border-radius:8px;font:15px/1.45 system-ui,sans-serif;color:#1c1e21;background:#fff;box-shadow:0 8px 32px #0004}
#story-desk-dialog::backdrop{background:#0005}
#story-desk-dialog h2{margin:0 0 0.5rem;font-size:1.25rem;font-weight:700}
#story-desk-dialog h3{margin:1rem 0 0.25rem;font-size:1rem;font-weight:650}
#story-desk-dialog p{margin:0.25rem 0 0.5rem}
#story-desk-dialog a{color:#1d4fb8;text-decoration:underline;font-weight:600}
#story-desk-dialog label{display:block;font-weight:600;margin-top:0.5rem}
#story-desk-dialog label small{font-weight:400;color:#555}
#story-desk-dialog input{display:block;box-sizing:border-box;width:100%;margin:0.2rem 0 0.4rem;padding:0.4rem 0.5rem;
  border:1px solid #798291;border-radius:4px;font:inherit;font-weight:400;background:#fff;color:inherit}
#story-desk-dialog input:focus{outline:2px solid #3a69c7;outline-offset:1px}
#story-desk-dialog button,#story-desk button{padding:0.4rem 0.9rem;border:1px solid #798291;border-radius:5px;background:#fff;
  color:#313d3e;font:inherit;cursor:pointer}
#story-desk-dialog button[type=submit]{background:#3a69c7;border-color:#3a69c7;color:#fff;font-weight:600;margin-top:0.5rem}
#story-desk-dialog button:disabled{opacity:0.6;cursor:default}
#story-desk-dialog .close{float:right}
#story-desk{position:fixed;z-index:9999;right:0.75rem;bottom:0.75rem;display:flex;gap:0.5rem;font:14px system-ui,sans-serif}
#story-desk button{box-shadow:0 1px 4px #0003}
`;

function dialog(title: string): { box: HTMLDialogElement; body: HTMLElement } {
  document.getElementById('story-desk-dialog')?.remove();
  const body = el('div');
  const close = el('button', { type: 'button', textContent: 'Close', className: 'close' });
  const box = el('dialog', { id: 'story-desk-dialog' }, close, el('h2', { textContent: title }), body);
  box.setAttribute('aria-label', title);
  close.addEventListener('click', () => {
    box.close();
  });
  box.addEventListener('close', () => {
    box.remove();
  });
  document.body.append(box);
  box.showModal();
  return { box, body };
}

async function getJson<T>(path: string): Promise<T> {
  const r = await fetch(path, { headers: { accept: 'application/json' } });
  if (!r.ok) throw new Error(`${path}: the admin's server answered ${r.status}`);
  return (await r.json()) as T;
}

export async function showTranslations(): Promise<void> {
  const { body } = dialog('Translations');
  body.append(el('p', { textContent: 'Reading every edition…' }));
  const editions = await getJson<Status[]>('/__cms/status');
  body.replaceChildren(
    el('p', {
      textContent:
        'What npm run i18n:status reports. Readers see a passage listed here in English until it is translated: open its file under "Translations: …", translate it, set its translates to TODO and save; the admin writes the hash.',
    }),
  );
  for (const e of editions) {
    body.append(el('h3', { textContent: e.summary }));
    if (e.errors.length) body.append(el('p', { textContent: 'Problems:' }), list(e.errors));
    if (e.items.length) body.append(list(e.items));
  }
}

function describe(c: Changes): HTMLElement {
  const n = c.files.length;
  if (n === 0) return el('p', { textContent: `Nothing in content/ has changed since ${c.since}.` });
  const what = { changed: 'changed', added: 'new', deleted: 'deleted' };
  return el(
    'div',
    {},
    el('p', { textContent: `${n} file${n === 1 ? '' : 's'} changed in content/ since ${c.since}:` }),
    list(c.files.map((f) => `${f.file} (${what[f.state]})`)),
  );
}

export async function showHandOver(): Promise<void> {
  const { body } = dialog('Hand over');
  body.append(el('p', { textContent: 'Looking for changes…' }));
  const c = await getJson<Changes>('/__cms/changes');
  body.replaceChildren(describe(c));
  if (c.files.length === 0) return;
  const zip = el('a', { href: '/__cms/changes.zip', textContent: 'Download the changed files (zip)' });
  zip.setAttribute('download', '');
  body.append(
    el('h3', { textContent: 'Without git' }),
    el('p', {}, zip, ' and send it: it keeps the files’ folders (content/…) and lists any deleted file.'),
  );
  if (!c.git) return;
  const branch = el('input', { type: 'text', name: 'branch', required: true });
  const message = el('input', { type: 'text', name: 'message', required: true });
  // A commit records who made it: asked for only where git does not know.
  const name = el('input', { type: 'text', name: 'name', required: true, autocomplete: 'name' });
  const email = el('input', { type: 'email', name: 'email', required: true, autocomplete: 'email' });
  const who = c.identity === false ? [el('label', {}, 'Your name', name), el('label', {}, 'Your email', email)] : [];
  const submit = el('button', { type: 'submit', textContent: 'Commit on a new branch' });
  const result = el('div', { role: 'status' });
  const form = el(
    'form',
    {},
    el('label', {}, 'Name of the branch ', el('small', { textContent: '(a few words, e.g. “fix box office”)' }), branch),
    el('label', {}, 'What the change is, in one sentence ', el('small', { textContent: '(e.g. “Correct the Jan. 4 gross”)' }), message),
    ...who,
    submit,
    result,
  );
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    submit.disabled = true;
    result.replaceChildren(el('p', { textContent: 'Committing…' }));
    void fetch('/__cms/handover', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        branch: branch.value,
        message: message.value,
        ...(who.length ? { name: name.value, email: email.value } : {}),
      }),
    })
      .then(async (r) => (await r.json()) as { ok: boolean; steps: string[] })
      .then(
        (r) => {
          result.replaceChildren(el('p', { textContent: r.ok ? 'Handed over:' : 'Not handed over:' }), list(r.steps, false));
          submit.disabled = r.ok;
        },
        (err: unknown) => {
          result.replaceChildren(el('p', { textContent: `Not handed over: ${String(err)}` }));
          submit.disabled = false;
        },
      );
  });
  body.append(
    el('h3', { textContent: 'With git' }),
    el('p', {
      textContent: `On the branch ${c.branch || '(none)'}. This makes a new branch, commits the files above on it and pushes it if this checkout can; then open a pull request (EDITING.md, "Handing over").`,
    }),
    form,
  );
}

/** The two buttons, once the admin's server answers (it does not in a production admin). */
export async function mountDesk(): Promise<void> {
  const ok = await fetch('/__cms/changes').then(
    (r) => r.ok,
    () => false,
  );
  if (!ok) return;
  document.head.append(el('style', { textContent: CSS }));
  const bar = el('nav', { id: 'story-desk' });
  bar.setAttribute('aria-label', 'Editor’s desk');
  const button = (label: string, run: () => Promise<void>) => {
    const b = el('button', { type: 'button', textContent: label });
    b.addEventListener('click', () => {
      run().catch((err: unknown) => {
        const { body } = dialog(label);
        body.replaceChildren(el('p', { textContent: String(err) }));
      });
    });
    return b;
  };
  bar.append(button('Translations', showTranslations), button('Hand over', showHandOver));
  document.body.append(bar);
}
