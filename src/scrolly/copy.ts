/**
 * Copy controls. `button[data-copy]` copies the text of the field it names (embed code);
 * `a[data-copy-link]` copies the absolute link to its anchor (a step's permalink) and still
 * follows it. Without JavaScript both still work as plain text and plain links.
 *
 * Where the clipboard API is missing (older browsers, pages not served over HTTPS) or refused,
 * nothing throws: the text is selected in a visible field and the reader is told to copy it with
 * the keyboard. A control's own label says "copied" for two seconds and then always returns,
 * however often it is clicked in between.
 */

/**
 * What the controls say, in the page's language: the page writes each string on its status region
 * (`data-copy-copied="Copied."` on #copy-status, src/components/Article.astro); no words here.
 */
export function said(name: string): string {
  return document.getElementById('copy-status')?.dataset[name] ?? '';
}

/** How long a control shows its "copied" label. */
export const FEEDBACK_MS = 2000;

export type CopyResult = 'copied' | 'selected';

/** Polite live region nearest to `near` (its own control group first), else the page's. */
function statusFor(near: Element | null): Element | null {
  return (
    near?.closest('[data-copy-scope]')?.querySelector('[role="status"]') ??
    near?.parentElement?.querySelector('[role="status"]') ??
    document.getElementById('copy-status')
  );
}

export function announce(near: Element | null, message: string): void {
  const status = statusFor(near);
  if (!status) return;
  // Clearing first makes screen readers repeat a message that is the same as the last one.
  status.textContent = '';
  requestAnimationFrame(() => {
    status.textContent = message;
  });
}

type Field = HTMLInputElement | HTMLTextAreaElement;

/**
 * Writes `text` to the clipboard. Resolves 'selected' when that is not possible and the field
 * from `fallback` (holding the text) has been selected for the reader to copy instead.
 */
export async function copyText(text: string, fallback: () => Field): Promise<CopyResult> {
  // `navigator.clipboard` is undefined outside secure contexts even though the DOM types say otherwise.
  const clipboard = (navigator as Partial<Navigator>).clipboard;
  if (clipboard && typeof clipboard.writeText === 'function') {
    try {
      await clipboard.writeText(text);
      return 'copied';
    } catch {
      // Permission refused or no user activation: fall through to selecting the text.
    }
  }
  const field = fallback();
  field.focus();
  field.select();
  return 'selected';
}

const labels = new WeakMap<HTMLElement, { text: string; timer: number | undefined }>();

/**
 * Shows `label` on `el` for FEEDBACK_MS. The original label is remembered on the first call only,
 * so a second click while "Link copied" shows cannot make that the label to return to.
 */
export function flashLabel(el: HTMLElement, label: string): void {
  const state = labels.get(el) ?? { text: el.textContent, timer: undefined };
  labels.set(el, state);
  window.clearTimeout(state.timer);
  el.textContent = label;
  state.timer = window.setTimeout(() => {
    el.textContent = state.text;
    state.timer = undefined;
  }, FEEDBACK_MS);
}

/** A read-only field holding `url` just after `anchor`, for copying by hand; reused if present. */
export function urlField(anchor: Element, url: string): HTMLInputElement {
  const next = anchor.nextElementSibling;
  const field = next instanceof HTMLInputElement && next.classList.contains('copy-field') ? next : document.createElement('input');
  if (field !== next) {
    field.className = 'copy-field';
    field.readOnly = true;
    field.type = 'url';
    field.setAttribute('aria-label', said('copyField'));
    anchor.after(field);
  }
  field.value = url;
  return field;
}

document.addEventListener('click', (event) => {
  const target = event.target as Element | null;
  const button = target?.closest<HTMLButtonElement>('button[data-copy]');
  if (button) {
    const field = document.getElementById(button.dataset['copy'] ?? '') as HTMLTextAreaElement | HTMLInputElement | null;
    if (!field) return;
    field.select();
    void copyText(field.value, () => field).then((r) => {
      announce(button, said(r === 'copied' ? 'copyCopied' : 'copySelected'));
      flashLabel(button, said(r === 'copied' ? 'copyCopiedLabel' : 'copySelectedLabel'));
    });
    return;
  }
  const link = target?.closest<HTMLAnchorElement>('a[data-copy-link]');
  if (link) {
    // The permalink is the page's own address and the step's anchor, without any query string.
    const url = `${location.origin}${location.pathname}${link.hash}`;
    // The field is only made when it is needed: most readers never see it.
    void copyText(url, () => urlField(link, url)).then((r) => {
      // The page-wide live region: the nearest one in the step belongs to its (closed) embed control.
      announce(null, said(r === 'copied' ? 'copyLinkCopied' : 'copySelected'));
      flashLabel(link, said(r === 'copied' ? 'copyLinkCopiedLabel' : 'copyLinkSelectedLabel'));
    });
  }
});
