/**
 * Deferred markup: `<noscript data-deferred>` holds markup that readers without JavaScript get
 * as it is: the data tables and embed codes in the steps' tools, the citation notes' sources.
 * With JavaScript a noscript's content is plain text, so it costs no elements until the popover
 * holding it opens; it becomes the markup it describes just before the popover is shown.
 */
function expand(popover: Element): void {
  for (const deferred of popover.querySelectorAll('noscript[data-deferred]')) {
    const template = document.createElement('template');
    template.innerHTML = deferred.textContent;
    deferred.replaceWith(template.content);
  }
}

// A browser without popovers shows the popovers' contents in place (StepTools.astro, cites.css):
// they are built at once.
if (!('popover' in HTMLElement.prototype)) for (const popover of document.querySelectorAll('[popover]')) expand(popover);

document.addEventListener(
  'beforetoggle',
  (event) => {
    const popover = event.target;
    if (popover instanceof HTMLElement && popover.hasAttribute('popover') && event.newState === 'open') expand(popover);
  },
  // beforetoggle does not bubble; a capturing listener still sees it on its way down.
  true,
);
