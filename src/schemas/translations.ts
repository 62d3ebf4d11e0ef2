/**
 * Translations: content/translations/<locale>/. Every entry records the English it translates
 * (`translates`: the hash of that English, src/i18n/hash.ts), so a change to the English shows
 * every translation of it as stale instead of leaving it silently out of date.
 */
import { z } from 'zod';
import { HASH_LENGTH } from '../i18n/hash.ts';

const slug = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'expected an id of lower-case letters, digits and hyphens');

/** The hash of the English text, or TODO while the translation is being written (`npm run i18n:stamp` fills it). */
export const translatesHash = z
  .string()
  .regex(
    new RegExp(`^([0-9a-f]{${HASH_LENGTH}}|TODO)$`),
    `expected the ${HASH_LENGTH}-digit hash of the English it translates (npm run i18n:status shows it), or TODO`,
  );

export const translationEntrySchema = z.strictObject({
  /** The translation. */
  // Checked, not trimmed: a separator such as ", " keeps its spaces.
  text: z.string().refine((s) => s.trim() !== '', 'expected the translated text, found nothing'),
  translates: translatesHash,
});
export type TranslationEntry = z.output<typeof translationEntrySchema>;

/** article.yaml, charts.yaml, datasets.yaml, interface.yaml: translations by key. */
export const translationFileSchema = z.record(z.string(), translationEntrySchema);

/** Front matter of a translated chapter: content/translations/<locale>/story/<same file>.md. */
export const translatedChapterSchema = z.strictObject({
  /** The English chapter's id. */
  id: slug,
  title: z.string().min(1),
  kicker: z.string().optional(),
  translates: z.strictObject({
    /** Hash of the English title and kicker (one line each). */
    heading: translatesHash,
    /** Hash of the English introduction; omitted when the chapter has none. */
    intro: translatesHash.optional(),
  }),
});
export type TranslatedChapterFront = z.output<typeof translatedChapterSchema>;

/** `::: step id=... translates=...`: the English step's id; its chart and state come from the English. */
export const translatedStepSchema = z.strictObject({ id: slug, translates: translatesHash });
export type TranslatedStepAttributes = z.output<typeof translatedStepSchema>;
