/** Sentences that layouts write into descriptions, and the rule that keeps descriptions short. */
import { en } from '../../i18n/format-en.ts';

/** ["a", "b", "c"] → "a, b and c" (AP style: no serial comma; src/i18n/format-en.ts). */
export function joinList(items: readonly string[]): string {
  return en.list(items);
}

/**
 * Sentences in prose: a full stop, space, then a capital. Descriptions are read aloud in full, so
 * layouts count with this to keep them to 2–4 sentences, and the tests hold them to it.
 */
export function countSentences(text: string): number {
  return text.split(/(?<=\.)\s+(?=[A-Z])/).filter(Boolean).length;
}
