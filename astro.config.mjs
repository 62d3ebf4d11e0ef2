// @ts-check
import { defineConfig } from 'astro/config';

export default defineConfig({
  // The public address the site is deployed at: canonical links, embed snippets, oEmbed and
  // social cards use it. Set SITE_URL when building for production (see README, "Deploying").
  site: process.env.SITE_URL ?? 'http://localhost:4321',
  base: '/',
  output: 'static',
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'auto' },
  devToolbar: { enabled: false },
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
