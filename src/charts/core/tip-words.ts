/** Words the charts' tips share (src/charts/<id>/tips.ts). */
import { withQualifier } from './format.ts';

/** "about" figures are the sources' estimates; the tip says so in words, not only by the figure. */
export const estimate = (qualifier: string, figure: string): string =>
  `${withQualifier(qualifier, figure)}${qualifier === 'about' ? ' (estimate)' : ''}`;

export const capital = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);
