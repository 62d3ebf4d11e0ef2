/**
 * The rule that keeps descriptions short (lists in descriptions are the edition's: `words.fmt.list`).
 */

/**
 * Sentences in prose: a full stop, space, then a capital (or a letter of a script without case, such
 * as Hangul). Descriptions are read aloud in full, so layouts count with this to keep them to 2–4
 * sentences, and the tests hold them to it.
 */
export function countSentences(text: string): number {
  return text.split(/(?<=\.)\s+(?=[\p{Lu}\p{Lo}])/u).filter(Boolean).length;
}
