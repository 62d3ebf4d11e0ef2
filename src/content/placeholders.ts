/**
 * What a translation must keep of the English it translates: every figure placeholder
 * ({{dataset:row.column}}, {{.column}}), every template variable of an interface string ({name})
 * and every colour key's mark (:key[...]{mark=id}). The words around them are the translator's.
 */
import { templateVars } from '../i18n/words.ts';
import type { IssueList } from './errors.ts';
import type { Passage } from './passages.ts';
import type { Entry } from './translations.ts';

const FIGURE = /\{\{\s*((?:[a-z0-9-]+:[a-z0-9-]+)?\.[a-z0-9_]+)\s*\}\}/g;
const MARK = /:key\[[^\]]*\]\{\s*mark=([a-z0-9-]+)\s*\}/g;

/** The things a text must keep, each as it is written ("{{timeline:hack.date}}", "{n}", "mark=piracy"). */
export function keptTokens(text: string, isInterface: boolean): string[] {
  const figures = [...text.matchAll(FIGURE)].map((m) => `{{${m[1] ?? ''}}}`);
  const marks = [...text.matchAll(MARK)].map((m) => `{mark=${m[1] ?? ''}}`);
  const vars = isInterface ? templateVars(text.replace(FIGURE, '')).map((v) => `{${v}}`) : [];
  return [...figures, ...marks, ...vars].sort();
}

/** Tokens in `a` not matched one for one in `b`. */
function minus(a: string[], b: string[]): string[] {
  const left = [...b];
  return a.filter((x) => {
    const i = left.indexOf(x);
    if (i < 0) return true;
    left.splice(i, 1);
    return false;
  });
}

export function checkPlaceholders(p: Passage, entry: Entry, issues: IssueList): void {
  const isInterface = p.where.kind === 'file' && p.where.name === 'interface';
  const want = keptTokens(p.text, isInterface);
  const got = keptTokens(entry.text, isInterface);
  const dropped = minus(want, got);
  const added = minus(got, want);
  if (dropped.length === 0 && added.length === 0) return;
  const parts = [dropped.length ? `drops ${dropped.join(', ')}` : '', added.length ? `has ${added.join(', ')}, which the English does not` : ''].filter(Boolean);
  issues.add({
    file: entry.file,
    line: entry.line,
    field: p.key,
    message: `the translation ${parts.join(' and ')}; expected exactly the placeholders of the English (${want.join(', ') || 'none'}), written as there: figures come from the data, so none is typed by hand`,
  });
}
