/**
 * loadContent, remembered until a file under content/ changes (by path, size and mtime), so the
 * several collections and pages of one build read and validate the content once.
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Locale } from '../i18n/locales.ts';
import { loadContent } from './load.ts';
import type { ContentModel } from './model.ts';

function fingerprint(dir: string): string {
  const parts: string[] = [];
  const visit = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) visit(p);
      else {
        const s = statSync(p);
        parts.push(`${p}:${s.size}:${s.mtimeMs}`);
      }
    }
  };
  visit(dir);
  return parts.sort().join('|');
}

const memos = new Map<Locale, { key: string; result: { model: ContentModel } | { error: unknown } }>();

export function loadContentCached(root: string, locale: Locale = 'en'): ContentModel {
  const key = fingerprint(join(root, 'content'));
  let memo = memos.get(locale);
  if (memo?.key !== key) {
    try {
      // Only `astro dev` previews unrecorded data; `astro build` refuses it like the check does.
      memo = { key, result: { model: loadContent(root, { preview: import.meta.env.DEV, locale }) } };
    } catch (error) {
      memo = { key, result: { error } };
    }
    memos.set(locale, memo);
  }
  if ('error' in memo.result) throw memo.result.error;
  return memo.result.model;
}
