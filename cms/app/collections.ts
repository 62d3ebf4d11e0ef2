/** The admin's collections by name (cms/server/config.ts makes them; the app gives each a preview). */
export const TRANSLATION_KINDS = ['article', 'charts', 'datasets', 'sources', 'interface'] as const;
export const COLLECTIONS = [
  'article',
  'chapters',
  'charts',
  'sources',
  'data',
  'data-details',
  ...TRANSLATION_KINDS.map((k) => `translations-${k}`),
  'translations-story',
] as const;
/** The editions the preview can show, with their address prefixes (src/i18n/locales.ts). */
export const EDITIONS = [
  ['en', 'English', ''],
  ['es', 'Español', '/es'],
  ['de', 'Deutsch', '/de'],
  ['ko', '한국어', '/ko'],
] as const;
