/**
 * The admin app: Decap CMS from node_modules (no CDN: the network and the CSP allow none) with
 * the project's formats, widgets, checks and preview (cms/app/), bundled by esbuild into one
 * script, and the page that loads it.
 */
import { build } from 'esbuild';
import { basename, join } from 'node:path';

export const ADMIN_HTML = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <meta name="robots" content="noindex" />
    <title>Edit the explainer</title>
  </head>
  <body>
    <script type="module" src="/admin/cms.js"></script>
  </body>
</html>
`;

/** The bundled admin: file name (cms.js and the assets it loads) to contents. */
export async function bundleAdmin(repo: string): Promise<Map<string, Uint8Array>> {
  const result = await build({
    entryPoints: [join(repo, 'cms/app/main.ts')],
    bundle: true,
    write: false,
    outdir: join(repo, 'dist/admin'),
    entryNames: 'cms',
    chunkNames: '[name]-[hash]',
    assetNames: '[name]-[hash]',
    // The production admin checks in the browser (cms/app/browser-check.ts, its own chunk): the
    // loader's few uses of Node's modules get browser stand-ins.
    splitting: true,
    alias: {
      'node:crypto': join(repo, 'cms/app/shims/crypto.ts'),
      'node:fs': join(repo, 'cms/app/shims/fs.ts'),
      'node:path': join(repo, 'cms/app/shims/fs.ts'),
    },
    publicPath: '/admin',
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    legalComments: 'none',
    logLevel: 'error',
    define: { 'process.env.NODE_ENV': '"production"', global: 'window' },
    loader: { '.wasm': 'file', '.svg': 'text' },
  });
  return new Map(result.outputFiles.map((f) => [basename(f.path), f.contents]));
}
