/**
 * Deferred markup: `<noscript data-deferred>` holds markup that readers without JavaScript get
 * as it is (the data tables). With JavaScript a noscript's content is plain text, so it costs
 * no elements until its disclosure opens; then it becomes the markup it describes.
 */
document.addEventListener(
  'toggle',
  (event) => {
    const details = event.target;
    if (!(details instanceof HTMLDetailsElement) || !details.open) return;
    // Only its own: a disclosure holding others (a step's tools) leaves theirs until they open.
    for (const deferred of details.querySelectorAll('noscript[data-deferred]')) {
      if (deferred.closest('details') !== details) continue;
      const template = document.createElement('template');
      template.innerHTML = deferred.textContent;
      deferred.replaceWith(template.content);
    }
  },
  // toggle does not bubble; a capturing listener still sees it on its way down.
  true,
);
