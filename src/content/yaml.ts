/** Reads a YAML file and validates it, pointing each problem at its line. */
import { isMap, isNode, isScalar, LineCounter, parseDocument } from 'yaml';
import { findIndentProblem } from './indent.ts';
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
  // An indentation slip is reported once, in words, before the parser's own messages about it.
  const indent = findIndentProblem(text);
  if (indent) {
    issues.add({ file, line: indent.line + lineOffset, message: indent.message.replace(/line \d+/g, (m) => `line ${Number(m.slice(5)) + lineOffset}`) });
    return undefined;
  }
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: true });
  // One slip often gives several parser messages; the first is the one to fix.
  const [e] = doc.errors;
  if (e) {
    const line = e.linePos?.[0]?.line;
    issues.add({ file, ...(line === undefined ? {} : { line: line + lineOffset }), message: `not valid YAML: ${(e.message.split('\n')[0] ?? '').replace(/ at line \d+, column \d+:?$/, '')}` });
    return undefined;
  }
  const result = schema.safeParse(doc.toJS());
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    const path = issue.path;
    // Point at the deepest node that exists on the path.
    let line: number | undefined;
    // An unknown field is reported at its own line, not at the start of the entry holding it.
    if (issue.code === 'unrecognized_keys') {
      const holder: unknown = doc.getIn(path as unknown[], true);
      const pair = isMap(holder) ? holder.items.find((p) => isScalar(p.key) && issue.keys.includes(String(p.key.value))) : undefined;
      const range = isScalar(pair?.key) ? pair.key.range : undefined;
      if (range) line = lineCounter.linePos(range[0]).line;
    }
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
