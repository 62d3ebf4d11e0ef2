/**
 * The article's scripts (src/pages/index.astro loads this first, then copy.ts and deferred.ts):
 * the tooltips, then the controller that drives the graphics and tells the tooltips each state
 * it applies. Created in that order so the tooltips hear the states applied as the page opens.
 * The charts' states come in a file of their own (src/lib/page-states.ts): until it is in, the
 * graphics keep the marks they were built with, and then show the step each is at; without it,
 * each step shows its own image, as without JavaScript.
 */
import { createScrolly } from './controller.ts';
import { showStepImages } from './fallback.ts';
import { loadStates } from './render.ts';
import { createTooltips } from './tooltip.ts';

const tooltips = createTooltips(document);
const scrolly = createScrolly(document);
void loadStates(document).then((loaded) => {
  if (loaded) {
    scrolly.redraw();
    return;
  }
  scrolly.destroy();
  tooltips.destroy();
  showStepImages(document);
});
