/**
 * The story: content/story/*.md, one file per chapter, read in file-name order.
 *
 * Front matter is a `chapterSchema`. The body is markdown. Scroll steps are fenced:
 *
 *     ::: step id=first-copies chart=release-hours state=first-copy
 *     Text of the step, in markdown. Figures come from datasets:
 *     {{piracy-estimates:tf-20h.count}} reads "750,000" and cites the row's sources.
 *     :::
 *
 * Text before the first step is the chapter's introduction. Raw HTML is not allowed.
 */
import { z } from 'zod';

const slug = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'expected an id of lower-case letters, digits and hyphens');

export const chapterSchema = z.strictObject({
  /** Chapter id; also its anchor on the page (#hack). */
  id: slug,
  /** Chapter heading. */
  title: z.string().min(1),
  /** Small label above the heading, e.g. "Chapter 1". */
  kicker: z.string().optional(),
  /** opening and closing frame the four chapters and have no scroll steps. */
  kind: z.enum(['opening', 'chapter', 'closing']).default('chapter'),
});
export type ChapterFrontmatter = z.output<typeof chapterSchema>;

export const stepAttributesSchema = z.strictObject({
  /** Step id, unique in the story; the permalink #id opens the article at this step. */
  id: slug,
  /** Chart shown while the step is in view. */
  chart: z.string().min(1),
  /** State of that chart, declared in content/charts.yaml. */
  state: z.string().min(1),
});

/** Site-wide article metadata: content/article.yaml. */
export const articleSchema = z.strictObject({
  /** Headline. */
  headline: z.string().min(1),
  /** Dek (standfirst) under the headline. */
  dek: z.string().min(1),
  /**
   * A shorter dek for phones, where it replaces `dek` so the opening graphic starts in the first
   * screen. One or two sentences; at most 140 characters.
   */
  dekShort: z.string().min(1).max(140, 'expected a short dek of at most 140 characters').optional(),
  /** Credit line, e.g. "By the Interactive Desk". */
  byline: z.string().min(1),
  /** Dateline place, e.g. "Los Angeles". */
  dateline: z.string().min(1),
  /** First publication, YYYY-MM-DD. */
  published: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date written YYYY-MM-DD'),
  /** Short description for search and social cards. */
  description: z.string().min(1),
});
export type Article = z.output<typeof articleSchema>;
