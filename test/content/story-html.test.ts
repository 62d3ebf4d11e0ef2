/**
 * The remark-based story reader renders exactly what the marked line scanner rendered: the
 * snapshot was taken from the old reader before it was removed. After a deliberate change to the
 * story or its figures, review the diff and update it with `npx vitest run -u`.
 */
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/content/load.ts';
import { REPO } from './fixture.ts';

describe('story HTML', { timeout: 30_000 }, () => {
  it('is byte-identical to the HTML of every chapter before the remark parser', async () => {
    const chapters = loadContent(REPO).chapters.map((c) => ({ id: c.id, introHtml: c.introHtml, steps: c.steps.map((s) => ({ id: s.id, html: s.html })) }));
    expect(chapters.flatMap((c) => c.steps)).toHaveLength(19);
    await expect(JSON.stringify(chapters, null, 2) + '\n').toMatchFileSnapshot('./snapshots/story-html.json');
  });
});
