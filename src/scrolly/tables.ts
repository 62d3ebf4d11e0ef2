/**
 * Deferred markup: `<noscript data-deferred>` holds markup that readers without JavaScript get
 * as it is (the data tables). With JavaScript a noscript's content is plain text, so it costs
 * no elements until the panel or disclosure holding it opens; then it becomes the markup it
 * describes.
 */
function expand(box: Element): void {
  for (const deferred of box.querySelectorAll('noscript[data-deferred]')) {
    // A disclosure inside the panel keeps its own until it opens.
    if (deferred.parentElement?.closest('details, [popover]') !== box) continue;
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
    const box = event.target;
    if (!(box instanceof HTMLElement)) return;
    if (box instanceof HTMLDetailsElement ? box.open : box.matches(':popover-open')) expand(box);
  },
  // toggle does not bubble; a capturing listener still sees it on its way down.
  true,
);
