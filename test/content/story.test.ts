/** The story scanner: code blocks are safe, and each message points at its own occurrence. */
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/content/load.ts';
import { contentCopy, edit, lineOf, problems } from './fixture.ts';

const FILE = 'content/story/04-piracy.md';

describe('parseChapter and renderMarkdown', { timeout: 30_000 }, () => {
  it('keeps ":::" inside a fenced code block as code', () => {
    const root = contentCopy();
    edit(root, FILE, (t) => t.replace(/(::: step id=piracy-torrentfreak[^\n]*\n)/, '$1```\n::: step id=x chart=y state=z\n:::\n```\n'));
    const step = loadContent(root)
      .chapters.flatMap((c) => c.steps)
      .find((s) => s.id === 'piracy-torrentfreak');
    expect(step?.html).toContain('<pre><code>::: step id=x chart=y state=z\n:::\n</code></pre>');
  });

  it('reports the same mistake twice at each of its lines', () => {
    const root = contentCopy();
    edit(root, FILE, (t) => t.replace(/(::: step id=piracy-torrentfreak[^\n]*\n)/, '$1{{piracy-estimates:tf-99h.count}} once.\n\n{{piracy-estimates:tf-99h.count}} twice.\n\n'));
    const first = lineOf(root, FILE, /once\.$/);
    const second = lineOf(root, FILE, /twice\.$/);
    const out = problems(root);
    expect(out.map((p) => p.split(' ')[0])).toEqual([`${FILE}:${first}`, `${FILE}:${second}`]);
  });
});
