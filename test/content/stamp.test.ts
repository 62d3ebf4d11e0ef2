/**
 * Stamping (npm run i18n:stamp, and the admin as it saves a translation): every TODO becomes the
 * hash of the English as it is now, and nothing else in the file changes. The real translations
 * are current, so putting TODO back in place of their hashes and stamping must give them back.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { memoryFiles, withTexts } from '../../src/content/files.ts';
import { stampEdition } from '../../src/content/stamp.ts';
import { readTree, REPO } from './fixture.ts';

const REAL = readTree(join(REPO, 'content'));
const ARTICLE = 'content/translations/de/article.yaml';
const CHAPTER = 'content/translations/de/story/01-hack.md';
const real = (file: string) => REAL[file] ?? '';

const todo = {
  [ARTICLE]: real(ARTICLE).replace('translates: "39e9dcd5"', 'translates: TODO'),
  [CHAPTER]: real(CHAPTER).replace('heading: "e6c58ca4"', 'heading: TODO').replace('translates=0867e229', 'translates=TODO'),
};

describe('stampEdition', () => {
  it('sets each TODO to the hash of the English and changes nothing else', () => {
    const files = withTexts(memoryFiles(REAL, REPO), todo);
    const { texts, passages } = stampEdition(files, 'de');
    expect(passages.map((p) => `${p.file}#${p.key}`).sort()).toEqual([`${ARTICLE}#headline`, `${CHAPTER}#hack-breach`, `${CHAPTER}#heading`]);
    expect(texts.get(ARTICLE)).toBe(real(ARTICLE));
    expect(texts.get(CHAPTER)).toBe(real(CHAPTER));
    expect(texts.size).toBe(2);
  });

  it('limited to one file, stamps only that file', () => {
    const { texts, passages } = stampEdition(withTexts(memoryFiles(REAL, REPO), todo), 'de', { only: ARTICLE });
    expect([...texts.keys()]).toEqual([ARTICLE]);
    expect(passages).toHaveLength(1);
  });

  it('never stamps a stale translation unless asked to (all)', () => {
    // The English headline changes: the German one is stale, not TODO.
    const english = real('content/article.yaml').replace(/^headline: .*$/m, 'headline: "The Interview, retold"');
    const files = withTexts(memoryFiles(REAL, REPO), { 'content/article.yaml': english });
    expect(stampEdition(files, 'de').passages).toEqual([]);
    const all = stampEdition(files, 'de', { all: true });
    expect(all.passages.map((p) => p.key)).toEqual(['headline']);
    expect(all.texts.get(ARTICLE)).not.toBe(real(ARTICLE));
    expect(all.texts.get(ARTICLE)).toMatch(/translates: "[0-9a-f]{8}"/);
  });
});
