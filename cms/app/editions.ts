/** The editions the preview can show, with their address prefixes (as src/i18n/locales.ts has them). */
export const EDITIONS = [
  ['en', 'English', ''],
  ['es', 'Español', '/es'],
  ['de', 'Deutsch', '/de'],
  ['ko', '한국어', '/ko'],
] as const;
