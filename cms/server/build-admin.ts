/**
 * `npm run build:admin`: the production admin in dist/admin/ (after `npm run build`), for a
 * newsroom that edits on its deployment. Decap's GitHub backend: each save becomes a branch and
 * a pull request (editorial workflow) that CI checks before it can reach main. Set
 *   CMS_GITHUB_REPO=owner/name  CMS_AUTH_URL=https://<your OAuth proxy>  [CMS_BRANCH=main]
 * It writes the admin, its configuration, the content it checks drafts against (content.json:
 * content/ as this build has it) and its own response headers (a rule appended to dist/_headers).
 * The public pages do not link to it and the budgets do not count it (it is built after them).
 *   --dist <dir>  the built site to add it to (default dist)
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ADMIN_HTML, bundleAdmin } from './bundle.ts';
import { cmsConfig } from './config.ts';

const root = process.cwd();
const d = process.argv.indexOf('--dist');
const dist = d > 0 ? (process.argv[d + 1] ?? 'dist') : 'dist';
const out = join(dist, 'admin');
const repo = process.env['CMS_GITHUB_REPO'];
const authUrl = process.env['CMS_AUTH_URL'];
if (!repo || !/^[\w.-]+\/[\w.-]+$/.test(repo)) {
  console.error(
    `build:admin: CMS_GITHUB_REPO is ${repo ? JSON.stringify(repo) : 'not set'}; expected owner/name (and CMS_AUTH_URL, the OAuth proxy's address); see README, "Editing in a browser"`,
  );
  process.exit(2);
}
let authOrigin = '';
if (authUrl) {
  try {
    authOrigin = new URL(authUrl).origin;
  } catch {
    console.error(`build:admin: CMS_AUTH_URL is ${JSON.stringify(authUrl)}; expected an address such as https://auth.example.org`);
    process.exit(2);
  }
}
if (!existsSync(join(dist, 'index.html'))) {
  console.error(`build:admin: ${dist}/ has no built site; run npm run build first`);
  process.exit(2);
}

function walk(dir: string, acc: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) walk(p, acc);
    else acc.push(relative(root, p).replaceAll('\\', '/'));
  }
  return acc;
}

mkdirSync(out, { recursive: true });
for (const [name, bytes] of await bundleAdmin(root)) writeFileSync(join(out, name), bytes);
writeFileSync(join(out, 'index.html'), ADMIN_HTML);
writeFileSync(
  join(out, 'config.json'),
  `${JSON.stringify(cmsConfig({ root, repo, authUrl, branch: process.env['CMS_BRANCH'] }), null, 2)}\n`,
);
const content = Object.fromEntries(walk(join(root, 'content')).map((f) => [f, readFileSync(join(root, f), 'utf8')]));
writeFileSync(join(out, 'content.json'), JSON.stringify(content));

// Decap validates its configuration with compiled schemas (ajv: script-src 'unsafe-eval'; without
// it the admin stops at "Error loading the CMS configuration") and injects its styles at run time
// (style-src 'unsafe-inline'); it talks to GitHub's API and the OAuth proxy; the preview frames
// this site; GitHub's avatars are images. Only /admin/ has this policy; no other page loads its code.
const csp = [
  "default-src 'self'",
  "script-src 'self' 'unsafe-eval'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob: https://avatars.githubusercontent.com",
  `connect-src 'self' https://api.github.com${authOrigin ? ` ${authOrigin}` : ''}`,
  "frame-src 'self'",
  "frame-ancestors 'none'",
  "base-uri 'self'",
  "form-action 'none'",
  "object-src 'none'",
].join('; ');
const MARK = '\n# The admin (npm run build:admin)';
const rule = `${MARK}: its own policy, never framed, never cached stale.
/admin/*
  Content-Security-Policy: ${csp}
  X-Frame-Options: DENY
  Cache-Control: no-cache
  X-Robots-Tag: noindex
`;
const headers = join(dist, '_headers');
// Built again, the rule is replaced, not repeated.
const before = readFileSync(headers, 'utf8');
writeFileSync(headers, `${before.includes(MARK) ? before.slice(0, before.indexOf(MARK)) : before}${rule}`);
console.log(`Admin written to ${out}/ for ${repo} (content of ${Object.keys(content).length} files).`);
