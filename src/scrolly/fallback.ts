/**
 * When the charts' states could not be loaded (src/scrolly/render.ts, loadStates), the page reads
 * as it does without JavaScript: each step figure shows its build-time image (kept in a
 * <noscript>, which a page with JavaScript holds as text), and the sticky graphics, which would
 * stay at their first states, step aside (article.css, `.static-figures`).
 */
export function showStepImages(root: Document = document): void {
  for (const noscript of root.querySelectorAll('.step-figure noscript')) {
    const template = root.createElement('template');
    template.innerHTML = noscript.textContent;
    noscript.replaceWith(template.content);
  }
  root.documentElement.classList.add('static-figures');
}
