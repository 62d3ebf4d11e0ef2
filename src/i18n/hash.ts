/**
 * What a translation records of the English it translates: a short hash of that text. Whitespace
 * is folded first, so re-wrapping a paragraph does not make its translations stale; any other
 * change to the English, a word or a placeholder, does.
 */
import { createHash } from 'node:crypto';

/** Hash length in hex digits: 8 (32 bits) tells apart every passage of a story many times over. */
export const HASH_LENGTH = 8;

export function sourceHash(english: string): string {
  const folded = english.replace(/\s+/g, ' ').trim();
  return createHash('sha256').update(folded).digest('hex').slice(0, HASH_LENGTH);
}
