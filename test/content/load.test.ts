/**
 * loadContent: every kind of editor mistake is rejected with a message naming the file, the line
 * or field, what was found and what was expected.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO, contentCopy, edit, lineOf, placeOf, problems } from './fixture.ts';
import { loadContent } from '../../src/content/load.ts';

const PIRACY = 'content/datasets/piracy-estimates.csv';
const TIMELINE = 'content/datasets/timeline.csv';

describe('loadContent', () => {
  it('accepts the published content', () => {
    const model = loadContent(REPO);
    expect(model.chapters.map((c) => c.id)).toContain('hack');
    expect(model.chapters.flatMap((c) => c.steps).length).toBeGreaterThan(10);
  });

  it('rejects a malformed CSV row (unclosed quote) naming the file and line', () => {
    const root = contentCopy();
    edit(root, PIRACY, (t) => t.trimEnd() + '\nbad-row,"Excipio,41,yes,1700000,at least,x,,cbs\n');
    const out = problems(root);
    expect(out).toHaveLength(1);
    expect(out[0]).toMatch(/^content\/datasets\/piracy-estimates\.csv(:\d+)?: the file is not valid CSV: .*Expected comma-separated cells/);
  });

  it('rejects a row with too many cells, naming the line and the expected columns', () => {
    const root = contentCopy();
    edit(root, PIRACY, (t) => t.trimEnd() + '\nextra,Excipio,41,yes,1700000,at least,x,,cbs,surplus\n');
    const line = lineOf(root, PIRACY, /^extra,/);
    expect(problems(root)).toEqual([
      `${PIRACY}:${line}: row has 10 cells, expected 9 (id, tracker, hours, hours_approx, count, qualifier, method, note, sources). A cell containing a comma must be wrapped in double quotes.`,
    ]);
  });

  it('rejects a non-numeric value in a numeric column', () => {
    const root = contentCopy();
    edit(root, PIRACY, (t) => t.replace(/^(tf-20h,TorrentFreak,20,yes,)750000,/m, '$1750K,'));
    const line = lineOf(root, PIRACY, /^tf-20h,/);
    expect(problems(root)).toContain(`${PIRACY}:${line} [count]: expected a number written with digits only (e.g. 750000 or 5.99), found "750K"`);
  });

  it('rejects a missing required cell', () => {
    const root = contentCopy();
    edit(root, TIMELINE, (t) => t.replace(/^hack,2014-11-24,,Sony Pictures hacked,/m, 'hack,2014-11-24,,,'));
    expect(problems(root)).toContain(`${TIMELINE}:2 [label]: expected some text, found an empty cell`);
  });

  it('rejects a missing column in the header', () => {
    const root = contentCopy();
    edit(root, TIMELINE, (t) => t.replace(/^id,date,time,label,detail,phase,sources$/m, 'id,date,time,label,detail,sources'));
    expect(problems(root)[0]).toBe(`${TIMELINE}:1: header has missing column phase; expected the columns id, sources, date, time, label, detail, phase`);
  });

  it('rejects a missing required field in metadata, naming the field', () => {
    const root = contentCopy();
    edit(root, 'content/datasets/prices.meta.yaml', (t) => t.replace(/^title:.*\n/m, ''));
    expect(problems(root)).toEqual(['content/datasets/prices.meta.yaml:1 [title]: this field is missing; expected some text']);
  });

  it('rejects a date that does not parse', () => {
    const root = contentCopy();
    edit(root, TIMELINE, (t) => t.replace(/^hack,2014-11-24,/m, 'hack,2014-11-31,'));
    expect(problems(root)).toContain(`${TIMELINE}:2 [date]: expected a date written YYYY-MM-DD, found "2014-11-31"`);
  });

  it('rejects a step pointing at an unknown chart', () => {
    const root = contentCopy();
    const file = 'content/story/01-hack.md';
    edit(root, file, (t) => t.replace(/(::: step id=\S+) chart=timeline/, '$1 chart=timelime'));
    const at = placeOf(root, file, /chart=timelime/);
    expect(problems(root)).toContainEqual(expect.stringMatching(new RegExp(`^content/story/01-hack\\.md:${at} \\[chart\\]: unknown chart "timelime"; expected one of timeline, `)));
  });

  it('rejects a step pointing at an unknown state', () => {
    const root = contentCopy();
    const file = 'content/story/01-hack.md';
    edit(root, file, (t) => t.replace(/(::: step id=\S+ chart=timeline) state=\S+/, '$1 state=nowhere'));
    const at = placeOf(root, file, /state=nowhere/);
    expect(problems(root)).toContainEqual(
      expect.stringMatching(new RegExp(`^content/story/01-hack\\.md:${at} \\[state\\]: unknown state "nowhere" of chart timeline; expected one of .*content/charts\\.yaml`)),
    );
  });

  it('rejects a chart state with an unknown parameter', () => {
    const root = contentCopy();
    edit(root, 'content/charts.yaml', (t) => t.replace(/highlight:/, 'hilight:'));
    expect(problems(root)).toEqual([
      expect.stringMatching(/^content\/charts\.yaml \[timeline\.states\.[a-z-]+\.params\]: unknown field "hilight"; check the spelling/),
    ]);
  });

  it('rejects a citation of an unknown source in a dataset row', () => {
    const root = contentCopy();
    edit(root, PIRACY, (t) => t.replace(/^(tf-10h,.*),cbs;dailydot$/m, '$1,cbs;nytimes'));
    const line = lineOf(root, PIRACY, /^tf-10h,/);
    expect(problems(root)).toEqual([`${PIRACY}:${line} [sources]: unknown source id "nytimes"; expected an id from content/sources.yaml`]);
  });

  it('rejects a figure citing an unknown row', () => {
    const root = contentCopy();
    const file = 'content/story/04-piracy.md';
    edit(root, file, (t) => t.replace(/\{\{piracy-estimates:[a-z0-9-]+\.count\}\}/, '{{piracy-estimates:tf-99h.count}}'));
    const at = placeOf(root, file, /\{\{piracy-estimates:tf-99h/);
    expect(problems(root)).toEqual([`${file}:${at} [{{piracy-estimates:tf-99h.count}}]: no row with id "tf-99h" in ${PIRACY}; expected one of tf-10h, tf-20h, counters-20h, excipio-27h, excipio-41h`]);
  });

  it('rejects duplicate ids: dataset rows, sources and steps', () => {
    const root = contentCopy();
    edit(root, TIMELINE, (t) => t.trimEnd() + '\n' + (t.split('\n')[1] ?? '') + '\n');
    edit(root, 'content/sources.yaml', (t) => t + '\n- id: cbs\n  outlet: CBS News\n  title: Duplicate\n');
    edit(root, 'content/story/02-release.md', (t) => t.replace(/::: step id=\S+/, '::: step id=' + (/::: step id=(\S+)/.exec(readFileSync(join(root, 'content/story/01-hack.md'), 'utf8'))?.[1] ?? '')));
    const out = problems(root).join('\n');
    const dupLine = readFileSync(join(root, TIMELINE), 'utf8').trimEnd().split('\n').length;
    expect(out).toContain(`${TIMELINE}:${dupLine} [id]: duplicate id "hack", already used on line 2; expected each row id once`);
    expect(out).toMatch(/content\/sources\.yaml \[id\]: duplicate source id "cbs"; expected each id once/);
    expect(out).toMatch(/content\/story\/02-release\.md:\d+:10 \[id\]: duplicate step id "[a-z0-9-]+", already used in content\/story\/01-hack\.md:\d+/);
  });

  it('rejects a changed dataset whose version was not raised', () => {
    const root = contentCopy();
    edit(root, 'content/datasets/prices.csv', (t) => t.replace('14.99', '15.99'));
    expect(problems(root)).toEqual([
      'content/datasets/prices.csv: dataset prices changed but its version is still 1; changed: row buy, price_usd: "14.99" → "15.99"; expected a new version with a changelog entry saying what changed: run: npm run data:version -- prices --kind correction|update|internal "what changed and why"',
    ]);
  });

  it('rejects raw HTML in the story', () => {
    const root = contentCopy();
    const file = 'content/story/00-opening.md';
    edit(root, file, (t) => t.trimEnd() + '\n\n<script>alert(1)</script>\n');
    const line = lineOf(root, file, /<script>/);
    expect(problems(root)).toContainEqual(`${file}:${line}:1: raw HTML is not allowed in the story, found "<script>alert(1)</script>"; expected markdown only (charts and figures come from content/charts.yaml and {{dataset:row.column}})`);
  });

  it('lists every problem at once rather than stopping at the first', () => {
    const root = contentCopy();
    edit(root, TIMELINE, (t) => t.replace(/^hack,2014-11-24,/m, 'hack,24/11/2014,'));
    edit(root, PIRACY, (t) => t.replace(/^(tf-20h,TorrentFreak,20,yes,)750000,/m, '$1many,'));
    expect(problems(root).length).toBeGreaterThanOrEqual(2);
  });

  it('reports one mistake in sources.yaml once, not again for every citation', () => {
    const root = contentCopy();
    edit(root, 'content/sources.yaml', (t) => t.replace(/^(\s+)title: .*$/m, '$1title: ""'));
    expect(problems(root)).toEqual([expect.stringMatching(/^content\/sources\.yaml:\d+ \[0\.title\]: /)]);
  });

  it('reports one mistake in charts.yaml once, not again for every step', () => {
    const root = contentCopy();
    edit(root, 'content/charts.yaml', (t) => t.replace(/^(\s+)title: .*\n(\s+params:)/m, '$2'));
    expect(problems(root)).toEqual([expect.stringMatching(/^content\/charts\.yaml:\d+ \[\d+\.states\.\d+\.title\]: this field is missing; expected some text$/)]);
  });

  it('rejects a zoom date that does not parse', () => {
    const root = contentCopy();
    edit(root, 'content/charts.yaml', (t) => t.replace(/highlight: \[/, 'from: Dec 1\n        highlight: ['));
    expect(problems(root)).toEqual([expect.stringMatching(/^content\/charts\.yaml \[timeline\.states\.[a-z-]+\.params\.from\]: expected a real date written YYYY-MM-DD/)]);
  });

  it('rejects a figure written with single braces', () => {
    const root = contentCopy();
    const file = 'content/story/04-piracy.md';
    edit(root, file, (t) => t.replace(/\{\{(piracy-estimates:[a-z0-9-]+\.count)\}\}/, '{$1}'));
    const at = placeOf(root, file, /(?<!\{)\{piracy-estimates:/);
    expect(problems(root)).toEqual([expect.stringMatching(new RegExp(`^content/story/04-piracy\\.md:${at} \\[`))]);
    expect(problems(root)[0]).toMatch(/^\S+ \[\{piracy-estimates:[a-z0-9-]+\.count\}\]: a figure reference needs double braces: \{\{piracy-estimates/);
  });

  it('rejects a file not saved as UTF-8', () => {
    const root = contentCopy();
    writeFileSync(join(root, 'content/datasets/prices.csv'), Buffer.from('id,option,price_usd,sources\nrent,rent,5.99,variety-pirates\nbuy,caf\xe9,14.99,variety-pirates\n', 'latin1'));
    expect(problems(root)).toEqual(['content/datasets/prices.csv: the file is not saved as UTF-8; expected UTF-8 text (in a spreadsheet, save as "CSV UTF-8")']);
  });

  it('says how to restore a damaged version lock', () => {
    const root = contentCopy();
    edit(root, 'content/datasets/versions.lock.json', (t) => t.slice(0, 40));
    expect(problems(root)).toEqual(['content/datasets/versions.lock.json: the lock is damaged; expected {"<dataset>": {"version": n, "sha256": "..."}}. Restore it from git.']);
  });

  it('does not ask for a new version when a spreadsheet re-saves an unchanged CSV', () => {
    const root = contentCopy();
    edit(root, 'content/datasets/prices.csv', (t) => '\uFEFF' + t.trimEnd().replace(/\n/g, '\r\n'));
    expect(problems(root)).toEqual([]);
  });

  it('reports a YAML syntax error in charts.yaml once, with its line', () => {
    const root = contentCopy();
    edit(root, 'content/charts.yaml', (t) => t.replace(/^(\s+title: )(.*)$/m, '$1Oops: $2'));
    expect(problems(root)).toEqual([expect.stringMatching(/^content\/charts\.yaml:\d+: not valid YAML: /)]);
  });

  it('reports a bad cell once, not again for the figures and chart states that use its row', () => {
    const root = contentCopy();
    edit(root, 'content/datasets/release-hours.csv', (t) => t.replace(/^(first-copies,1,,)yes,/m, '$1maybe,'));
    expect(problems(root)).toEqual([expect.stringMatching(/^content\/datasets\/release-hours\.csv:\d+ \[approx\]: expected yes or no, found "maybe"$/)]);
  });
});
