/**
 * Citation markers: one per sentence with figures, at the sentence's end, opening a note that
 * lists the sources of all its figures; sentences are not cut at "p.m." or "U.S.".
 */
import { describe, expect, it } from 'vitest';
import { cite, sentenceEnds } from '../../src/content/cites.ts';
import { loadContent } from '../../src/content/load.ts';
import { REPO } from './fixture.ts';

const split = (t: string) => {
  const ends = sentenceEnds(t);
  return ends.map((e, i) => t.slice(i === 0 ? 0 : (ends[i - 1] ?? 0), e).trim());
};

describe('sentenceEnds', () => {
  it('ends sentences at stops followed by a capital, a new paragraph or the end', () => {
    expect(split('One. Two! Three? "Four." Five')).toEqual(['One.', 'Two!', 'Three?', '"Four."', 'Five']);
    expect(split('A first\nline. And one more.\n\nA new paragraph without a stop\n\nLast.')).toEqual([
      'A first\nline.',
      'And one more.',
      'A new paragraph without a stop',
      'Last.',
    ]);
  });

  it('does not end a sentence at an abbreviation or inside a number', () => {
    expect(split('At 1 p.m. ET on Dec. 24 the U.S. card worked. It cost 5.99 dollars. Then U.S.A. Today wrote.')).toEqual([
      'At 1 p.m. ET on Dec. 24 the U.S. card worked.',
      'It cost 5.99 dollars.',
      'Then U.S.A. Today wrote.',
    ]);
  });
});

describe('cite', () => {
  const sources = loadContent(REPO).sources;
  it('lists each source once, in the order of the source list, with its link and number', () => {
    const c = cite(['variety-pirates', 'cbs', 'variety-pirates'], sources, 'cite-7', '7');
    expect(c.marker).toBe(
      '<button type="button" class="cite-mark" popovertarget="cite-7" data-sources="2, 4" aria-label="Note 7, sources: CBS News, Variety"><span class="cite-mark__b">[</span>7<span class="cite-mark__b">]</span></button>',
    );
    expect(c.note).toMatch(/^<span class="cite-note" id="cite-7" popover role="group" aria-labelledby="cite-7-head"><noscript data-deferred><span class="cite-note__head" id="cite-7-head">\[7\] Sources<\/span>/);
    expect([...c.note.matchAll(/role="listitem"/g)]).toHaveLength(2);
    expect(c.note).toContain('<a href="https://variety.com/2014/digital/news/pirates-swarm-over-the-interview-after-sonys-digital-release-1201387196/">Variety: “Pirates Swarm Over ‘The Interview’ After Sony’s Digital Release (Updated)”</a> <a class="cite-note__ref" href="#source-variety-pirates">source 4 in the list</a>');
    // A source without a web address is named, not linked, and still points at the list.
    expect(c.note).toContain('<span>CBS News: ““The Interview” illegally downloaded 750,000 times”</span> <a class="cite-note__ref" href="#source-cbs">source 2 in the list</a>');
    expect(c.note).not.toMatch(/<(div|p|ul|ol|li)\b/);
  });
});

describe('the story', { timeout: 60_000 }, () => {
  it('has one marker per sentence with figures, after its stop, instead of one cluster per figure', () => {
    const chapters = loadContent(REPO).chapters;
    const html = chapters.flatMap((c) => [c.introHtml, ...c.steps.map((s) => s.html)]).join('\n');
    const figures = html.match(/class="fig"/g)?.length ?? 0;
    const markers = [...html.matchAll(/(.{0,12})<button type="button" class="cite-mark"/g)];
    expect(figures).toBe(61);
    expect(markers).toHaveLength(34);
    for (const [, before = ''] of markers) expect(before, 'a marker follows a sentence stop').toMatch(/[.!?”)](<\/span>)*$/);
    expect(html).not.toContain('<sup');
    // Every marker opens a note that exists, once.
    for (const m of html.matchAll(/popovertarget="(cite-\d+)" data-/g)) expect(html.split(`id="${m[1] ?? ''}"`)).toHaveLength(2);
  });
});
