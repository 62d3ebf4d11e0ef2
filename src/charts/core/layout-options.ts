/**
 * What every layout is handed: its size, its state, the outlets, and the edition's words. Kept
 * apart from scene.ts, which the browser reads: the words (src/i18n) are build-time only.
 */
import type { Words } from '../../i18n/words.ts';
import type { SourceName } from './scene.ts';
import type { SizeName } from './sizes.ts';

/** Size and state handed to every layout. */
export interface LayoutOptions<P> {
  width: number;
  height: number;
  /** Which of the registry's sizes `width` and `height` are (core/sizes.ts). */
  size: SizeName;
  state: P;
  /** Outlets by source id, for labels that name who reported a figure. */
  sources: readonly SourceName[];
  /** The edition's words: every word a chart writes (its messages.ts) and every number or date it formats. */
  words: Words;
}
