/** The story reader: code blocks are safe, and each message points at its own line and column. */
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/content/load.ts';
import { contentCopy, edit, lineOf, placeOf, problems } from './fixture.ts';

const FILE = 'content/story/04-piracy.md';
const STEP = /(::: step id=piracy-torrentfreak[^\n]*\n)/;

describe('parseChapter and renderMarkdown', { timeout: 30_000 }, () => {
  it('keeps ":::" inside a fenced code block as code', () => {
    const root = contentCopy();
    edit(root, FILE, (t) => t.replace(STEP, '$1```\n::: step id=x chart=y state=z\n:::\n```\n'));
    const step = loadContent(root)
      .chapters.flatMap((c) => c.steps)
      .find((s) => s.id === 'piracy-torrentfreak');
    expect(step?.html).toContain('<pre><code>::: step id=x chart=y state=z\n:::\n</code></pre>');
  });

  it('keeps ":::" inside a fenced code block in the introduction as code, and a figure in code as written', () => {
    const root = contentCopy();
    edit(root, FILE, (t) => t.replace(/\n::: step /, '\n~~~\n:::\n{{no-such:row.col}}\n~~~\n\n::: step '));
    const chapter = loadContent(root).chapters.find((c) => c.file === FILE);
    expect(chapter?.introHtml).toContain('<pre><code>:::\n{{no-such:row.col}}\n</code></pre>');
  });

  it('reports the same mistake twice at each of its lines', () => {
    const root = contentCopy();
    edit(root, FILE, (t) => t.replace(STEP, '$1{{piracy-estimates:tf-99h.count}} once.\n\nAnd {{piracy-estimates:tf-99h.count}} twice.\n\n'));
    const first = placeOf(root, FILE, /\{\{piracy-estimates:tf-99h\.count\}\} once\.$/);
    const second = placeOf(root, FILE, /\{\{piracy-estimates:tf-99h\.count\}\} twice\.$/);
    expect(second.endsWith(':5')).toBe(true);
    expect(problems(root).map((p) => p.split(' ')[0])).toEqual([`${FILE}:${first}`, `${FILE}:${second}`]);
  });

  it('names the line and column of a step attribute that is not name=value', () => {
    const root = contentCopy();
    edit(root, FILE, (t) => t.replace(/(::: step id=piracy-torrentfreak) /, '$1 chart:timeline '));
    expect(problems(root)).toEqual([
      `${FILE}:${placeOf(root, FILE, /chart:timeline/)}: step attribute "chart:timeline" is not of the form name=value; expected "::: step id=... chart=... state=..."`,
    ]);
  });

  it('says which step is not closed, before the next step and at the end of the file', () => {
    const root = contentCopy();
    edit(root, FILE, (t) => t.replace(/(::: step id=piracy-torrentfreak[\s\S]*?\n):::\n/, '$1'));
    const line = lineOf(root, FILE, /::: step id=piracy-torrentfreak/);
    expect(problems(root)).toContain(`${FILE}:${line}:1: step is not closed: expected a line ":::" before the next step`);
    const end = contentCopy();
    edit(end, FILE, (t) => t.trimEnd().replace(/\n:::$/, '\n'));
    expect(problems(end)).toEqual([expect.stringMatching(new RegExp(`^${FILE}:\\d+:1: step is not closed: expected a line ":::" after its text$`))]);
  });

  it('reports a closing ":::" too many, text outside the steps, and a block that is not a step', () => {
    const root = contentCopy();
    edit(root, FILE, (t) => t.trimEnd() + '\n\nStray text.\n\n:::\n\n:::note\nA note.\n:::\n');
    expect(problems(root)).toEqual([
      `${FILE}:${lineOf(root, FILE, /^Stray text\.$/)}:1: text after a step must be inside a step: expected "::: step ..." before it`,
      `${FILE}:${lineOf(root, FILE, /^Stray text\.$/) + 2}:1: found ":::" outside a step; expected "::: step id=... chart=... state=..." before it`,
      `${FILE}:${lineOf(root, FILE, /^:::note$/)}:1: ":::note" is not a step; the story has only steps, written "::: step id=... chart=... state=..."`,
    ]);
  });
});
