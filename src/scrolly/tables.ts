/**
 * Deferred markup: `<noscript data-deferred>` holds markup that readers without JavaScript get
 * as it is (the data tables and embed codes in the steps' tools). With JavaScript a noscript's content is plain
 * text, so it costs no elements until the panel holding it opens; then it becomes the markup it
 * describes.
 */
function expand(panel: Element): void {
  for (const deferred of panel.querySelectorAll('noscript[data-deferred]')) {
    const template = document.createElement('template');
    template.innerHTML = deferred.textContent;
    deferred.replaceWith(template.content);
  }
}

// A browser without popovers shows the panels' contents in place (see StepTools.astro): their
// tables are built at once.
if (!('popover' in HTMLElement.prototype)) for (const panel of document.querySelectorAll('[popover]')) expand(panel);

document.addEventListener(
  'toggle',
  (event) => {
    const panel = event.target;
    if (panel instanceof HTMLElement && panel.hasAttribute('popover') && panel.matches(':popover-open')) expand(panel);
  },
  // toggle does not bubble; a capturing listener still sees it on its way down.
  true,
);
