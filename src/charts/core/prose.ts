/** Sentences that layouts write into descriptions, and the rule that keeps descriptions short. */

/** ["a", "b", "c"] → "a, b and c" (AP style: no serial comma). */
export function joinList(items: string[]): string {
  if (items.length <= 2) return items.join(' and ');
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1) ?? ''}`;
}

/**
 * Sentences in prose: a full stop, space, then a capital. Descriptions are read aloud in full, so
 * layouts count with this to keep them to 2–4 sentences, and the tests hold them to it.
 */
export function countSentences(text: string): number {
  return text.split(/(?<=\.)\s+(?=[A-Z])/).filter(Boolean).length;
}
