// @ts-check
import { defineConfig } from 'astro/config';

export default defineConfig({
  site: 'https://interactive.example.org',
  base: '/',
  output: 'static',
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'auto' },
  devToolbar: { enabled: false },
});
