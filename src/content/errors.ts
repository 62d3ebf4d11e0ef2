/**
 * Content problems, reported the way an editor can act on them: which file, which line or field,
 * what was found and what was expected. The check collects every problem before failing, so one
 * run lists them all.
 */
export interface ContentIssue {
  /** Path relative to the project root, e.g. content/datasets/timeline.csv. */
  file: string;
  /** 1-based line in the file, where known. */
  line?: number;
  /** 1-based column on that line, where known (story messages point at the exact character). */
  column?: number;
  /** Column, field or attribute, where known. */
  field?: string;
  /** What was found and what was expected. */
  message: string;
}

export function formatIssue(i: ContentIssue): string {
  const where = i.line === undefined ? i.file : i.column === undefined ? `${i.file}:${i.line}` : `${i.file}:${i.line}:${i.column}`;
  const field = i.field === undefined ? '' : ` [${i.field}]`;
  return `${where}${field}: ${i.message}`;
}

export class ContentError extends Error {
  readonly issues: ContentIssue[];
  constructor(issues: ContentIssue[]) {
    const n = issues.length;
    super(
      `The content has ${n} problem${n === 1 ? '' : 's'}; nothing was published:\n` +
        issues.map((i) => `  - ${formatIssue(i)}`).join('\n'),
    );
    this.name = 'ContentError';
    this.issues = issues;
  }
}

/** Collects issues while content is read; `throwIfAny` ends a run that found problems. */
export class IssueList {
  readonly items: ContentIssue[] = [];
  add(issue: ContentIssue): void {
    this.items.push(issue);
  }
  get size(): number {
    return this.items.length;
  }
  throwIfAny(): void {
    if (this.items.length > 0) throw new ContentError(this.items);
  }
}
