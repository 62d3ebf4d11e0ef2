/**
 * The share control (Share.astro). navigator.share opens the system's share sheet where there is
 * one; elsewhere, or when sharing fails for a reason other than the reader closing the sheet, the
 * link is copied (or selected in a visible field when the clipboard is not available).
 */
import { announce, copyText, flashLabel, said, urlField } from '../scrolly/copy.ts';

async function share(button: HTMLButtonElement): Promise<void> {
  // The page's own address, without a step anchor or query: the story, from its start.
  const url = `${location.origin}${location.pathname}`;
  const data: ShareData = { title: button.dataset['shareTitle'] ?? document.title, text: button.dataset['shareText'] ?? '', url };
  // Feature-tested at click time: the DOM types claim these always exist; most desktop browsers lack them.
  const nav = navigator as Partial<Navigator>;
  if (typeof nav.share === 'function' && (typeof nav.canShare !== 'function' || nav.canShare(data))) {
    try {
      await nav.share(data);
      announce(button, said('shareShared'));
      return;
    } catch (err) {
      // The reader closed the share sheet: that is an answer, not a failure.
      if (err instanceof DOMException && err.name === 'AbortError') return;
    }
  }
  const label = button.querySelector<HTMLElement>('.share__label') ?? button;
  const result = await copyText(url, () => urlField(button, url));
  if (result === 'copied') {
    announce(button, said('shareCopied'));
    flashLabel(label, said('shareCopiedLabel'));
  } else {
    announce(button, said('shareSelected'));
    flashLabel(label, said('shareSelectedLabel'));
  }
}

document.addEventListener('click', (event) => {
  const button = (event.target as Element | null)?.closest<HTMLButtonElement>('button[data-share]');
  if (button) void share(button);
});
