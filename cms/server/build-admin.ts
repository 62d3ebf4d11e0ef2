/**
 * `npm run build:admin`: the production admin in dist/admin/ (after `npm run build`), for a
 * newsroom that edits on its deployment. Decap's GitHub backend: each save becomes a branch and
 * a pull request (editorial workflow) that CI checks before it can reach main. Set
 *   CMS_GITHUB_REPO=owner/name  CMS_AUTH_URL=https://<your OAuth proxy>  [CMS_BRANCH=main]
 * The public pages do not link to it and the budgets do not count it (it is built after them).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ADMIN_HTML, bundleAdmin } from './bundle.ts';
import { cmsConfig } from './config.ts';

const root = process.cwd();
const out = join(root, 'dist/admin');
const repo = process.env['CMS_GITHUB_REPO'];
if (!repo) {
  console.error(
    'build:admin: set CMS_GITHUB_REPO=owner/name (and CMS_AUTH_URL, the OAuth proxy\'s address); see README, "Editing in a browser"',
  );
  process.exit(2);
}
mkdirSync(out, { recursive: true });
for (const [name, bytes] of await bundleAdmin(root)) writeFileSync(join(out, name), bytes);
writeFileSync(join(out, 'index.html'), ADMIN_HTML);
writeFileSync(
  join(out, 'config.json'),
  `${JSON.stringify(cmsConfig({ root, repo, authUrl: process.env['CMS_AUTH_URL'], branch: process.env['CMS_BRANCH'] }), null, 2)}\n`,
);
console.log(`Admin written to dist/admin/ for ${repo}.`);
