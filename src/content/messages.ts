/** The English words the content layer writes into the story's HTML: citation markers and notes. */
export const citeMessages = {
  'cite.note-label': 'Note {n}, sources: {outlets}',
  'cite.sources': 'Sources',
  'cite.note-head': '[{n}] Sources',
  'cite.in-list': 'source {n} in the list',
  'cite.close': 'Close',
} as const;
