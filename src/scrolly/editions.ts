/**
 * The language switcher keeps the reader's place: a link to another edition (EditionSwitcher.astro)
 * gets, as it is followed, the anchor of the step or section being read (every edition has the same
 * ids), so the reader lands where they were. Without JavaScript the links lead to the edition's top.
 */

/** The step or section being read: the last one whose top is above the middle of the screen. */
export function place(): string | undefined {
  let id: string | undefined;
  for (const el of document.querySelectorAll<HTMLElement>('main .chapter[id], main .step[id]')) {
    if (el.getBoundingClientRect().top > innerHeight / 2) continue;
    id = el.id;
  }
  return id;
}

function keepPlace(event: Event): void {
  const link = (event.target as Element | null)?.closest<HTMLAnchorElement>('a[data-edition]');
  if (!link) return;
  const id = place();
  link.hash = id ? `#${id}` : '';
}

// Before the browser follows the link (click, middle click, Enter) or offers to copy it (context menu).
for (const type of ['click', 'auxclick', 'contextmenu'] as const) document.addEventListener(type, keepPlace);
