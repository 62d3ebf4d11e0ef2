/**
 * One set of rules wherever the admin runs: the production admin's check, run over the content as
 * built (cms/app/browser-check.ts), says what `npm run edit`'s check says (cms/server/check.ts,
 * over a copy of content/ on disk) about the same proposals, and its SHA-256 stand-in for the
 * browser hashes as Node's does.
 */
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkFiles } from '../../cms/app/browser-check.ts';
import { createHash as browserHash } from '../../cms/app/shims/crypto.ts';
import { checkProposal } from '../../cms/server/check.ts';
import { readTree, REPO } from '../content/fixture.ts';

const REAL = readTree(join(REPO, 'content'));
const real = (f: string) => REAL[f] ?? '';
const TODAY = '2026-12-07';

const proposals = {
  'a translation with TODO': {
    file: 'content/translations/de/article.yaml',
    text: real('content/translations/de/article.yaml').replace('translates: "39e9dcd5"', 'translates: TODO'),
  },
  'a good paragraph': { file: 'content/story/01-hack.md', text: real('content/story/01-hack.md').replace('began', 'started') },
  'raw HTML in a chapter': {
    file: 'content/story/02-release.md',
    text: real('content/story/02-release.md').replace('were not far behind.', 'were <em>not</em> far behind.'),
  },
  'an unknown source': { file: 'content/sources.yaml', text: real('content/sources.yaml').replace('- id: ', '- idd: ') },
  'a dropped placeholder': {
    file: 'content/translations/de/story/01-hack.md',
    text: real('content/translations/de/story/01-hack.md').replace('{{timeline:hack.date}}', 'dem 24. November'),
  },
  'a changed figure without a kind': {
    file: 'content/datasets/box-office.csv',
    text: real('content/datasets/box-office.csv').replace('box-jan4,2015-01-04,11,5000000', 'box-jan4,2015-01-04,11,5100000'),
    version: { kind: '', reason: '' },
  },
  'a figure that is not a number': {
    file: 'content/datasets/box-office.csv',
    text: real('content/datasets/box-office.csv').replace('box-jan4,2015-01-04,11,5000000', 'box-jan4,2015-01-04,11,5.1 million'),
    version: { kind: 'correction', reason: 'Corrected the gross' },
  },
  'the version register': { file: 'content/datasets/versions.lock.json', text: '{}' },
  'a path outside content': { file: 'content/../package.json', text: '{}' },
};

describe('the production check says what the npm run edit check says', () => {
  for (const [name, p] of Object.entries(proposals)) {
    it(name, () => {
      const server = checkProposal(REPO, p, TODAY);
      const browser = checkFiles(REAL, p);
      // Only the first two pass; each of the others is an editor's mistake, with its message.
      expect(server.ok).toBe(name === 'a good paragraph' || name === 'a translation with TODO');
      expect(server.errors.length > 0).toBe(!server.ok);
      expect(browser.ok).toBe(server.ok);
      // The server names the changed cells (it reads the archive from disk); the rest is the same.
      const strip = (m: string) => m.replace(/ \(row [^)]*\)/, '');
      expect(browser.errors.map(strip)).toEqual(server.errors.map(strip));
      expect(browser.warnings).toEqual(server.warnings);
      expect(browser.stamped).toEqual(server.stamped);
    });
  }

  it('a figure with a kind and a sentence passes, to be recorded on its branch', () => {
    const p = { ...proposals['a changed figure without a kind'], version: { kind: 'correction', reason: 'Corrected the Jan. 4 gross' } };
    expect(checkProposal(REPO, p, TODAY).ok).toBe(true);
    expect(checkFiles(REAL, p)).toMatchObject({ ok: true, pending: { dataset: 'box-office', from: 1, kind: 'correction' } });
  });
});

describe("the browser's SHA-256", () => {
  it('hashes as node:crypto does, in hex and base64url', () => {
    for (const s of ['', 'abc', '„The Interview“ 한국어 — ünïcode', 'x'.repeat(10_000)]) {
      expect(browserHash('sha256').update(s).digest('hex')).toBe(createHash('sha256').update(s).digest('hex'));
      expect(browserHash('sha256').update(s).digest('base64url')).toBe(createHash('sha256').update(s).digest('base64url'));
    }
  });
});
