/** Plain-word messages for the slips editors make most: other CSV delimiters and YAML indentation. */
import { describe, expect, it } from 'vitest';
import { contentCopy, edit, lineOf, problems } from './fixture.ts';

const PRICES = 'content/datasets/prices.csv';

describe('CSV saved with another delimiter', { timeout: 30_000 }, () => {
  it('says the file uses semicolons and how to re-save it', () => {
    const root = contentCopy();
    edit(root, PRICES, (t) => t.replace(/,/g, ';'));
    expect(problems(root)).toEqual([
      `${PRICES}:1: the cells are separated by semicolons, not commas; expected comma-separated cells. In a spreadsheet, save again as "CSV UTF-8 (comma delimited)" (LibreOffice: Save As, Text CSV, field delimiter ","); in a text editor, put a comma between cells`,
    ]);
  });

  it('says the file uses tabs', () => {
    const root = contentCopy();
    edit(root, PRICES, (t) => t.replace(/,/g, '\t'));
    expect(problems(root)[0]).toMatch(/^content\/datasets\/prices\.csv:1: the cells are separated by tabs, not commas;/);
  });
});

describe('YAML indentation', { timeout: 30_000 }, () => {
  it('one field indented one space too far gives one message with the line, the indent and the expected indent', () => {
    const root = contentCopy();
    const file = 'content/sources.yaml';
    edit(root, file, (t) => t.replace(/^( {2}outlet: CBS News)$/m, ' $1'));
    const line = lineOf(root, file, /^ {3}outlet: CBS News$/);
    expect(problems(root)).toEqual([
      `${file}:${line}: line ${line} is indented 3 spaces; expected 2 spaces, like line ${line - 1} ("- id: cbs"): a field or "- " item starts in the same column as the others of its entry (indent with spaces)`,
    ]);
  });

  it('a list item indented one space too far, which would still parse, is reported at its line', () => {
    const root = contentCopy();
    const file = 'content/datasets/piracy-estimates.meta.yaml';
    edit(root, file, (t) => t.replace(/^ {2}- dailydot$/m, '   - dailydot'));
    const line = lineOf(root, file, /^ {3}- dailydot$/);
    expect(problems(root)).toEqual([
      `${file}:${line}: line ${line} is indented 3 spaces; expected 2 spaces, like line ${line - 1} ("- cbs"): a field or "- " item starts in the same column as the others of its entry (indent with spaces)`,
    ]);
  });

  it('a chart parameter moved out of params is reported at its own line', () => {
    const root = contentCopy();
    const file = 'content/charts.yaml';
    edit(root, file, (t) => t.replace(/^ {8}platforms: true$/m, '      platforms: true'));
    const line = lineOf(root, file, /^ {6}platforms: true$/);
    expect(problems(root)).toEqual([expect.stringMatching(new RegExp(`^content/charts\\.yaml:${line} \\[[^\\]]*\\]: unknown field "platforms"`))]);
  });

  it('counts lines from the top of a chapter file in its front matter', () => {
    const root = contentCopy();
    const file = 'content/story/01-hack.md';
    edit(root, file, (t) => t.replace(/^title: /m, ' title: '));
    expect(problems(root)[0]).toMatch(/^content\/story\/01-hack\.md:3: line 3 is indented 1 space; expected 0 spaces, like line 2/);
  });
});
