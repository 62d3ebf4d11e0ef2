/** Words the charts' tips share (src/charts/<id>/tips.ts). */
import type { Words } from '../../i18n/words.ts';
import { CORE_PREFIX, messages } from './messages.ts';
import { sayer } from './say.ts';

/**
 * `figure` after its qualifier (unless `qualify` is false: the figure has it already); "about"
 * figures are the sources' estimates, and the tip says so in words, not only by the figure.
 */
export function estimate(words: Words, qualifier: string, figure: string, qualify = true): string {
  const qualified = qualify ? words.fmt.qualified(qualifier, figure) : figure;
  return qualifier === 'about' ? sayer(words, CORE_PREFIX, messages)('tip.estimate', { figure: qualified }) : qualified;
}

/** "Source: CBS News" / "Sources: CBS News, The Hill": each outlet once, in the row's order. */
export function sourcesWords(words: Words, outlets: readonly string[]): string {
  const say = sayer(words, CORE_PREFIX, messages);
  return say('tip.sources', { count: outlets.length, outlets: outlets.join(say('tip.outlet-separator')) });
}

/** A sentence's first letter as a capital, in the edition's language (a no-op for Korean). */
export const capital = (words: Words, s: string): string => s.charAt(0).toLocaleUpperCase(words.tag) + s.slice(1);
