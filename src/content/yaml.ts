/** Reads a YAML file and validates it, pointing each problem at its line. */
import { isNode, LineCounter, parseDocument } from 'yaml';
import type { z } from 'zod';
import type { IssueList } from './errors.ts';

function describeFound(doc: ReturnType<typeof parseDocument>, path: PropertyKey[]): string {
  const node: unknown = doc.getIn(path as unknown[], true);
  if (node === undefined) return 'nothing (the field is missing)';
  const js: unknown = isNode(node) ? node.toJSON() : node;
  const s = JSON.stringify(js);
  return s.length > 60 ? `${s.slice(0, 57)}...` : s;
}

/** Parses YAML `text` from `file` with `schema`; returns undefined (and records issues) when invalid. */
export function readYaml<S extends z.ZodType>(
  text: string,
  file: string,
  schema: S,
  issues: IssueList,
  lineOffset = 0,
): z.output<S> | undefined {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: true });
  if (doc.errors.length > 0) {
    for (const e of doc.errors) {
      const line = e.linePos?.[0]?.line;
      issues.add({ file, ...(line === undefined ? {} : { line: line + lineOffset }), message: `not valid YAML: ${(e.message.split('\n')[0] ?? '').replace(/ at line \d+, column \d+:?$/, '')}` });
    }
    return undefined;
  }
  const result = schema.safeParse(doc.toJS());
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    const path = issue.path;
    // Point at the deepest node that exists on the path.
    let line: number | undefined;
    for (let n = path.length; n >= 0 && line === undefined; n--) {
      const node = doc.getIn(path.slice(0, n) as unknown[], true);
      if (isNode(node) && node.range) line = lineCounter.linePos(node.range[0]).line;
    }
    const field = path.map(String).join('.');
    // Messages that already say what was found need no second "found".
    const found = issue.code === 'custom' || /found|missing|unknown field/.test(issue.message) ? '' : `; found ${describeFound(doc, path)}`;
    issues.add({
      file,
      ...(line === undefined ? {} : { line: line + lineOffset }),
      ...(field ? { field } : {}),
      message: `${issue.message}${found}`,
    });
  }
  return undefined;
}
