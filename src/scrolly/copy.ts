/**
 * Copy controls. `button[data-copy]` copies the text of the field it names (embed code);
 * `a[data-copy-link]` copies the absolute link to its anchor (a step's permalink) and still
 * follows it. Without JavaScript both still work as plain text and plain links.
 */
function announce(near: Element | null, ok: boolean): void {
  const status = near?.parentElement?.querySelector('[role="status"]') ?? document.getElementById('copy-status');
  if (status) status.textContent = ok ? 'Copied.' : 'Could not copy; select the text and copy it with your keyboard.';
}

function copy(text: string, near: Element | null): void {
  navigator.clipboard.writeText(text).then(
    () => {
      announce(near, true);
    },
    () => {
      announce(near, false);
    },
  );
}

document.addEventListener('click', (event) => {
  const target = event.target as Element | null;
  const button = target?.closest<HTMLButtonElement>('button[data-copy]');
  if (button) {
    const field = document.getElementById(button.dataset['copy'] ?? '') as HTMLTextAreaElement | HTMLInputElement | null;
    if (!field) return;
    field.select();
    copy(field.value, button);
    return;
  }
  const link = target?.closest<HTMLAnchorElement>('a[data-copy-link]');
  if (link) {
    // The permalink is the page's own address and the step's anchor, without any query string.
    copy(`${location.origin}${location.pathname}${link.hash}`, null);
    const label = link.textContent;
    link.textContent = 'Link copied';
    setTimeout(() => {
      link.textContent = label;
    }, 2000);
  }
});
