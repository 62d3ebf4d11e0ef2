// @ts-check
import { defineConfig } from 'astro/config';
import { fileURLToPath, URL } from 'node:url';
import { subsetFonts } from './src/cli/fonts.ts';

// The fonts cut down to the story's characters (src/cli/fonts.ts), reached as @story-fonts/….
const storyFonts = await subsetFonts(fileURLToPath(new URL('.', import.meta.url)));

// `npm run edit` (cms/server/edit.ts): the admin at /admin/, its backend and checks, in the dev server only.
const cms = process.env.STORY_CMS_ROOT
  ? [(await import('./cms/server/integration.ts')).cmsIntegration({ repo: process.env.STORY_CMS_ROOT, mirror: process.cwd() })]
  : [];

export default defineConfig({
  // The public address the site is deployed at: canonical links, embed snippets, oEmbed and
  // social cards use it. Set SITE_URL when building for production (see README, "Deploying").
  site: process.env.SITE_URL ?? 'http://localhost:4321',
  base: '/',
  output: 'static',
  // Pages are folders (/embed/timeline/) but downloads are files (/data/timeline.csv): accept both forms.
  trailingSlash: 'ignore',
  // Styles are small: inlined, they cost no render-blocking request (Astro's CSP hashes them).
  build: { format: 'directory', inlineStylesheets: 'always' },
  devToolbar: { enabled: false },
  integrations: cms,
  // The editions (src/i18n/locales.ts): English at /, the others under /es/, /de/, /ko/. Every
  // edition's pages are generated explicitly (src/pages/[locale]/), so there is no fallback routing.
  i18n: { locales: ['en', 'es', 'de', 'ko'], defaultLocale: 'en', routing: { prefixDefaultLocale: false } },
  vite: {
    resolve: { alias: { '@story-fonts': storyFonts } },
    // Fonts stay files, however small: the CSP allows fonts from the site only (font-src 'self').
    build: { assetsInlineLimit: (file) => (file.endsWith('.woff2') ? false : undefined) },
  },
  // The story has no code blocks; Shiki's inline styles would also clash with the CSP.
  markdown: { syntaxHighlight: false },
  // A Content-Security-Policy <meta> on every page, with hashes for Astro's own scripts and
  // styles; nothing else may run. Headers that a <meta> cannot carry are in public/_headers.
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'none'",
      ],
    },
  },
});
