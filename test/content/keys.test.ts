/**
 * Colour keys in the story (:key[words]{mark=...}): each editor's slip gives one message naming
 * the file, line and column, what was written and the keys the step's chart really draws.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/content/load.ts';
import { contentCopy, edit, placeOf, problems } from './fixture.ts';

const FILE = 'content/story/04-piracy.md';
const at = (root: string, re: RegExp) => `${FILE}:${placeOf(root, FILE, re)}`;
const stepHtml = (root: string, id: string) =>
  loadContent(root)
    .chapters.flatMap((c) => c.steps)
    .find((s) => s.id === id)?.html ?? '';

describe('colour keys', { timeout: 60_000 }, () => {
  it('colour the words with the data of the mark they name, keeping markdown and figures inside', () => {
    const root = contentCopy();
    edit(root, FILE, (t) => t.replace(':key[Excipio]{mark=excipio}, a firm', ':key[*Excipio*, with {{piracy-estimates:excipio-27h.count}}]{mark=excipio}, a firm'));
    expect(stepHtml(root, 'piracy-excipio')).toMatch(
      /^<p><span class="key" data-key="excipio" data-shape="triangle" data-colour="tracker-3" data-text="tracker-3"><span class="key__lead"><\/span><em>Excipio<\/em>, with <span class="fig" data-figure="piracy-estimates:excipio-27h.count">904,237<\/span><\/span>, a firm/,
    );
  });

  it('keeps a series too light for text in ink: the swatch alone carries the colour', () => {
    const html = stepHtml(contentCopy(), 'lockout-world');
    expect(html).toContain('<span class="key" data-key="locked" data-shape="square" data-colour="locked"><span class="key__lead">Everywhere</span> else</span>');
  });

  it('names an unknown key with the keys the chart draws in that state', () => {
    const root = contentCopy();
    edit(root, FILE, (t) => t.replace('{mark=torrentfreak}', '{mark=torrent-freak}'));
    expect(problems(root)).toEqual([
      `${at(root, /:key\[TorrentFreak\]/)} [mark]: unknown key "torrent-freak", found ":key[TorrentFreak]{mark=torrent-freak}"; expected one of torrentfreak (the keys chart piracy-surge in state torrentfreak draws)`,
    ]);
  });

  it('refuses a key of a series the step does not show yet', () => {
    const root = contentCopy();
    edit(root, FILE, (t) => t.replace('{mark=torrentfreak}', '{mark=excipio}'));
    expect(problems(root)).toEqual([
      `${at(root, /:key\[TorrentFreak\]/)} [mark]: unknown key "excipio", found ":key[TorrentFreak]{mark=excipio}"; expected one of torrentfreak (the keys chart piracy-surge in state torrentfreak draws)`,
    ]);
  });

  it('lists every key of a state that draws several', () => {
    const root = contentCopy();
    edit(root, FILE, (t) => t.replace('{mark=sony-sales}', '{mark=sales}'));
    expect(problems(root)).toEqual([
      `${at(root, /:key\[Sony's own numbers\]/)} [mark]: unknown key "sales", found ":key[Sony's own numbers]{mark=sales}"; expected one of torrentfreak, counters, excipio, sony-sales (the keys chart piracy-surge in state versus-sales draws)`,
    ]);
  });

  it('explains a key without a mark, without words, with another attribute, or misspelt', () => {
    const root = contentCopy();
    edit(root, FILE, (t) =>
      t
        .replace(':key[Legal sales]{mark=legal-sales}', ':key[Legal sales]')
        .replace(':key[The box office]{mark=box-office}', ':key[]{mark=box-office}The box office')
        .replace(':key[What the film cost]{mark=cost}', ':key[What the film cost]{mark=cost colour=red}')
        .replace(':key[Excipio]{mark=excipio}', ':kye[Excipio]{mark=excipio}'),
    );
    expect(problems(root)).toEqual([
      `${at(root, /:kye\[/)} [:kye]: unknown directive ":kye", found ":kye[Excipio]{mark=excipio}"; the story has two, written :key[words]{mark=...} and :en[the original words]`,
      `${at(root, /:key\[Legal sales\]/)} [key]: a key needs the mark it stands for, found ":key[Legal sales]"; expected one of legal-sales, box-office (the keys chart money in state online-sales draws)`,
      `${at(root, /:key\[\]/)} [key]: a key needs the words it colours between [ ], found ":key[]{mark=box-office}"; expected :key[words]{mark=...}`,
      `${at(root, /:key\[What the film cost\]/)} [key]: unknown key attribute "colour", found ":key[What the film cost]{mark=cost colour=red}"; a key takes only mark=, written :key[words]{mark=...}`,
    ]);
  });

  it('refuses a key in an introduction, which has no chart', () => {
    const root = contentCopy();
    edit(root, FILE, (t) => t.replace('There is no single answer.', 'There is no :key[single answer]{mark=torrentfreak}.'));
    expect(problems(root)).toEqual([
      `${at(root, /:key\[single answer\]/)} [key]: a key colours words like a series of the step's chart, but this text has no chart, found ":key[single answer]{mark=torrentfreak}"; write keys inside a "::: step" block`,
    ]);
  });

  it('leaves a key in code, and ordinary colons, as written', () => {
    const root = contentCopy();
    edit(root, FILE, (t) => t.replace('There is no single answer.', 'Write `:key[x]{mark=y}`; re:Invent and 10:30 stay text.'));
    const chapter = loadContent(root).chapters.find((c) => c.file === FILE);
    expect(chapter?.introHtml).toContain('Write <code>:key[x]{mark=y}</code>; re:Invent and 10:30 stay text.');
  });

  it('is documented for editors with the keys of every chart', () => {
    const guide = readFileSync(new URL('../../EDITING.md', import.meta.url), 'utf8');
    expect(guide).toContain(':key[TorrentFreak]{mark=torrentfreak}');
    for (const k of ['torrentfreak', 'counters', 'excipio', 'sony-sales', 'legal-sales', 'box-office', 'cost', 'inside-us', 'outside-us', 'locked', 'online-release', 'piracy', 'theaters']) {
      expect(guide, k).toContain(`\`${k}\``);
    }
  });
});

describe('a quotation’s original English (:en[words])', { timeout: 60_000 }, () => {
  const LOCKOUT = 'content/story/03-lockout.md';
  it('marks the words lang="en", so that a translation’s screen reader reads them in English', () => {
    const root = contentCopy();
    edit(root, LOCKOUT, (t) => t.replace('"for the time being this is limited to the U.S.A. only."', '":en[for the time being this is limited to the U.S.A. only]."'));
    expect(stepHtml(root, 'lockout-us')).toContain('“<span lang="en">for the time being this is limited to the U.S.A. only</span>.”');
  });

  it('explains one without words or with attributes', () => {
    const root = contentCopy();
    edit(root, LOCKOUT, (t) => t.replace('Buyers needed', ':en[]{x=1} Buyers needed'));
    expect(problems(root)).toEqual([
      `${LOCKOUT}:${placeOf(root, LOCKOUT, /:en\[\]/)} [en]: the original's English goes between [ ], with nothing after it, found ":en[]{x=1}"; expected :en[the original words]`,
    ]);
  });
});
