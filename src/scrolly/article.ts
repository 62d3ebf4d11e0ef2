/**
 * The article's scripts (src/pages/index.astro loads this first, then copy.ts and deferred.ts):
 * the tooltips, then the controller that drives the graphics and tells the tooltips each state
 * it applies. Created in that order so the tooltips hear the states applied as the page opens.
 */
import { createScrolly } from './controller.ts';
import { createTooltips } from './tooltip.ts';

createTooltips(document);
createScrolly(document);
