/**
 * The loader's stages one at a time (src/content/files.ts, validate.ts, resolve.ts, render.ts),
 * on in-memory fixtures: the real content/ read into an object, with one file changed per case,
 * so each row of a table is one editor's mistake and the message that stage gives for it.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { IssueList, formatIssue } from '../../src/content/errors.ts';
import { memoryFiles, type ContentFiles } from '../../src/content/files.ts';
import { loadFrom } from '../../src/content/load.ts';
import { renderStory } from '../../src/content/render.ts';
import { resolveContent } from '../../src/content/resolve.ts';
import { validateContent } from '../../src/content/validate.ts';
import { readTree, REPO } from './fixture.ts';

const REAL = readTree(join(REPO, 'content'));

type Change = (files: Record<string, string | Uint8Array>) => void;

/** The real content with one change, in memory. */
function fixture(change: Change = () => undefined): ContentFiles {
  const files: Record<string, string | Uint8Array> = { ...REAL };
  change(files);
  return memoryFiles(files, REPO);
}

const edit = (file: string, from: string, to: string): Change => (f) => {
  const text = f[file];
  if (typeof text !== 'string' || !text.includes(from)) throw new Error(`fixture: ${file} has no ${JSON.stringify(from)}`);
  f[file] = text.replace(from, to);
};

const messages = (issues: IssueList) => issues.items.map(formatIssue);

describe('read: files', () => {
  it.each([
    ['a missing file', {}, 'content/article.yaml', 'content/article.yaml: file is missing'],
    ['a CSV saved in Latin-1', { 'content/x.csv': new Uint8Array([0x61, 0xe9, 0x0a]) }, 'content/x.csv', 'save as "CSV UTF-8"'],
    ['a YAML file saved in Latin-1', { 'content/x.yaml': new Uint8Array([0xe9]) }, 'content/x.yaml', 'save with UTF-8 encoding'],
  ])('%s is reported by the stage that reads it', (_, files, file, message) => {
    const issues = new IssueList();
    expect(memoryFiles(files).text(file, issues)).toBeUndefined();
    expect(messages(issues).join()).toContain(message);
  });

  it('gives text without its byte-order mark, and lists a folder sorted', () => {
    const files = memoryFiles({ 'content/story/b.md': '\uFEFFhello', 'content/story/a.md': '', 'content/other.md': '' });
    expect(files.text('content/story/b.md', new IssueList())).toBe('hello');
    expect(files.list('content/story')).toEqual(['a.md', 'b.md']);
    expect(files.list('content/none')).toEqual([]);
  });
});

describe('validate', () => {
  it('passes the real content with no issue', () => {
    const issues = new IssueList();
    const v = validateContent(fixture(), issues);
    expect(messages(issues)).toEqual([]);
    expect(Object.keys(v.datasets)).toHaveLength(11);
    expect(v.chapters.length).toBeGreaterThan(0);
  });

  it.each<[string, Change, string]>([
    ['a duplicate source id', edit('content/sources.yaml', '- id: ibtimes\n', '- id: ibtimes\n  outlet: X\n  title: Y\n- id: ibtimes\n'), 'content/sources.yaml [id]: duplicate source id "ibtimes"'],
    ['an unknown source in a row', edit('content/datasets/timeline.csv', ',hack,wikipedia-hack', ',hack,no-such-source'), 'content/datasets/timeline.csv:2 [sources]: unknown source id "no-such-source"'],
    ['a duplicate row id', edit('content/datasets/timeline.csv', '\npirate-bay-raid,', '\nhack,'), 'duplicate id "hack", already used on line 2'],
    ['a damaged lock', (f) => void (f['content/datasets/versions.lock.json'] = '{'), 'content/datasets/versions.lock.json: the lock is damaged'],
    ['a CSV of no known dataset', (f) => void (f['content/datasets/extra.csv'] = 'id\n'), 'content/datasets/extra.csv: unknown dataset "extra"'],
    ['an unknown chart in charts.yaml', edit('content/charts.yaml', '- id: timeline\n', '- id: timelines\n'), 'content/charts.yaml [0.id]: unknown chart "timelines"'],
    ['no chapters', (f) => { for (const k of Object.keys(f)) if (k.startsWith('content/story/')) Reflect.deleteProperty(f, k); }, 'content/story: no chapters found'],
    ['a changed CSV with its version unchanged', edit('content/datasets/timeline.csv', 'Sony Pictures hacked', 'Sony Pictures is hacked'), 'dataset timeline changed but its version is still'],
  ])('reports %s', (_, change, message) => {
    const issues = new IssueList();
    validateContent(fixture(change), issues);
    expect(messages(issues).join('\n')).toContain(message);
  });

  it('accepts a changed CSV in the preview, where a banner names it', () => {
    const issues = new IssueList();
    validateContent(fixture(edit('content/datasets/timeline.csv', 'Sony Pictures hacked', 'Sony Pictures is hacked')), issues, { preview: true });
    expect(messages(issues)).toEqual([]);
  });
});

describe('resolve figures', () => {
  const resolve = (change?: Change) => {
    const issues = new IssueList();
    const r = resolveContent(validateContent(fixture(change), issues, { preview: true }), issues);
    return { r, messages: messages(issues) };
  };

  it('replaces a placeholder in a chart title with the figure as readers read it', () => {
    const { r, messages: m } = resolve(edit('content/charts.yaml', 'title: From hack to release', 'title: From {{timeline:hack.date}} to release'));
    expect(m).toEqual([]);
    expect(r.charts.find((c) => c.id === 'timeline')?.title).toBe('From Nov. 24, 2014 to release');
  });

  it.each<[string, Change, string]>([
    ['an unknown row in a chart title', edit('content/charts.yaml', 'title: From hack to release', 'title: From {{timeline:nope.date}}'), 'content/charts.yaml [{{timeline:nope.date}}]'],
    ['a malformed placeholder in a row', edit('content/datasets/timeline.csv', 'Sony Pictures hacked', 'Sony {{hacked}}'), 'content/datasets/timeline.csv:2 [{{hacked}}]: figure reference is not of the form'],
    ['a parameter naming no row', edit('content/charts.yaml', 'highlight: [hack]', 'highlight: 7'), 'content/charts.yaml [timeline.states.hack.params.highlight]'],
  ])('reports %s', (_, change, message) => {
    expect(resolve(change).messages.join('\n')).toContain(message);
  });

  it('collects what editors typed, for the check that no number is typed twice', () => {
    const { r } = resolve();
    expect(r.typed.some((t) => t.place.file === 'content/charts.yaml')).toBe(true);
    expect(r.typed.some((t) => t.place.file === 'content/datasets/timeline.csv' && t.place.field === 'label')).toBe(true);
  });
});

describe('render', () => {
  const render = (change?: Change) => {
    const issues = new IssueList();
    const v = validateContent(fixture(change), issues, { preview: true });
    const chapters = renderStory(v, resolveContent(v, issues), issues);
    return { chapters, messages: messages(issues) };
  };

  it('renders a step with its figure, and numbers citations in reading order', () => {
    const { chapters, messages: m } = render();
    expect(m).toEqual([]);
    const step = chapters.flatMap((c) => c.steps).find((s) => s.id === 'hack-breach');
    expect(step?.html).toContain('<span class="fig" data-figure="timeline:hack.date">Nov. 24, 2014</span>');
    const notes = [...chapters.map((c) => c.introHtml + c.steps.map((s) => s.html).join('')).join('').matchAll(/id="cite-(\d+)"/g)].map((x) => Number(x[1]));
    expect(notes).toEqual(notes.map((_, i) => i + 1));
  });

  it.each<[string, Change, string]>([
    ['a step of an unknown chart', edit('content/story/01-hack.md', 'chart=timeline state=hack\n', 'chart=timelime state=hack\n'), 'content/story/01-hack.md:9:25 [chart]: unknown chart "timelime"; expected one of timeline,'],
    ['a step of an unknown state', edit('content/story/01-hack.md', 'chart=timeline state=hack\n', 'chart=timeline state=hacks\n'), '[state]: unknown state "hacks" of chart timeline'],
    ['a duplicate step id', edit('content/story/01-hack.md', 'id=hack-threats', 'id=hack-breach'), '[id]: duplicate step id "hack-breach", already used in content/story/01-hack.md:9'],
  ])('reports %s', (_, change, message) => {
    expect(render(change).messages.join('\n')).toContain(message);
  });
});

describe('the stages together', () => {
  it('give the model of the real content, and one error listing every problem of a broken one', () => {
    expect(loadFrom(fixture()).chapters.length).toBeGreaterThan(0);
    const broken = fixture((f) => {
      edit('content/story/01-hack.md', 'chart=timeline state=hack\n', 'chart=timelime state=hack\n')(f);
      f['content/datasets/versions.lock.json'] = '{';
    });
    expect(() => loadFrom(broken)).toThrow(/2 problems[\s\S]*lock is damaged[\s\S]*unknown chart "timelime"/);
  });
});
