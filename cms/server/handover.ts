/**
 * Handing over from the admin (EDITING.md, "Handing over"), for an editor without a terminal:
 * what changed in content/ (against the last commit, or, outside git, against content/ as it was
 * when `npm run edit` started), those files as a zip that keeps their folders, and, in a git
 * checkout, a commit of them on a new branch, pushed when the checkout has a remote it can reach.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { zipSync } from 'fflate';

export interface Change {
  /** Path from the project root. */
  file: string;
  state: 'changed' | 'added' | 'deleted';
}

export interface Changes {
  /** Whether the project is a git checkout (then `since` is its last commit). */
  git: boolean;
  /** The branch checked out, in git. */
  branch?: string;
  /** In git: whether it knows the editor's name and email, which a commit records. */
  identity?: boolean;
  since: string;
  files: Change[];
}

function git(repo: string, args: string[], timeout = 20_000) {
  return spawnSync('git', args, {
    cwd: repo,
    encoding: 'utf8',
    timeout,
    // Never wait for a password in a terminal nobody is looking at.
    env: { ...process.env, GIT_TERMINAL_PROMPT: '0', GIT_ASKPASS: 'echo', SSH_ASKPASS: 'echo', GIT_SSH_COMMAND: 'ssh -oBatchMode=yes' },
  });
}

const isCheckout = (repo: string) => git(repo, ['rev-parse', '--is-inside-work-tree']).stdout.trim() === 'true';

function walk(dir: string, base: string, out: string[] = []): string[] {
  if (!existsSync(dir)) return out;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) walk(p, base, out);
    else out.push(relative(base, p).replaceAll('\\', '/'));
  }
  return out;
}

/** content/ as it is now, path from the root to bytes: outside git, what "changed" is measured from. */
export function snapshot(repo: string): Map<string, Buffer> {
  return new Map(walk(join(repo, 'content'), repo).map((f) => [f, readFileSync(join(repo, f))]));
}

export function changes(repo: string, start: ReadonlyMap<string, Buffer>): Changes {
  if (isCheckout(repo)) {
    // -z: paths as they are, whatever their characters; untracked files one by one.
    const out = git(repo, ['status', '--porcelain=v1', '-z', '--untracked-files=all', '--', 'content']).stdout;
    const files: Change[] = [];
    const recs = out.split('\0');
    for (let i = 0; i < recs.length; i++) {
      const rec = recs[i] ?? '';
      if (rec.length < 4) continue;
      const code = rec.slice(0, 2);
      files.push({ file: rec.slice(3), state: code.includes('D') ? 'deleted' : code === '??' || code.includes('A') ? 'added' : 'changed' });
      // A rename's old path follows it: it is gone from where it was.
      if (code.includes('R')) files.push({ file: recs[++i] ?? '', state: 'deleted' });
    }
    const branch = git(repo, ['branch', '--show-current']).stdout.trim();
    const head = git(repo, ['log', '-1', '--format=%h %s']).stdout.trim();
    const identity = ['user.name', 'user.email'].every((k) => git(repo, ['config', k]).stdout.trim() !== '');
    return { git: true, branch, identity, since: `the last commit (${head})`, files: files.sort((a, b) => a.file.localeCompare(b.file)) };
  }
  const now = snapshot(repo);
  const files: Change[] = [];
  for (const [f, bytes] of now) {
    const before = start.get(f);
    if (!before) files.push({ file: f, state: 'added' });
    else if (!before.equals(bytes)) files.push({ file: f, state: 'changed' });
  }
  for (const f of start.keys()) if (!now.has(f)) files.push({ file: f, state: 'deleted' });
  return { git: false, since: 'the start of npm run edit', files: files.sort((a, b) => a.file.localeCompare(b.file)) };
}

/** The changed files that exist, in a zip with their folders (content/…), and a list of the deleted ones. */
export function changesZip(repo: string, c: Changes): Uint8Array {
  const entries: Record<string, Uint8Array> = {};
  for (const f of c.files)
    if (f.state !== 'deleted' && existsSync(join(repo, f.file)) && statSync(join(repo, f.file)).isFile())
      entries[f.file] = readFileSync(join(repo, f.file));
  const deleted = c.files.filter((f) => f.state === 'deleted').map((f) => f.file);
  const lines = [
    `Changed in content/ since ${c.since}: ${c.files.length} file${c.files.length === 1 ? '' : 's'}.`,
    "Copy the folder content/ of this zip over the project's (it holds only the changed files).",
    ...(deleted.length ? ['Delete these files, which the change removed:', ...deleted.map((d) => `  ${d}`)] : []),
    '',
  ];
  entries['CHANGES.txt'] = new TextEncoder().encode(lines.join('\n'));
  return zipSync(entries, { level: 6, mtime: new Date() });
}

/** A branch name git accepts, made from what an editor typed ("Fix box office" → "fix-box-office"). */
export function branchName(typed: string): string | undefined {
  const name = typed
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9/._-]+/g, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^[-./]+|[-./]+$/g, '')
    .slice(0, 60);
  return name && !name.includes('..') && name !== 'main' && name !== 'head' ? name : undefined;
}

export interface HandOver {
  ok: boolean;
  /** What happened, step by step, in words an editor can act on. */
  steps: string[];
}

/** Commits content/'s changes on a new branch (EDITING.md's git commands) and pushes it if it can. */
export function handOver(repo: string, typedBranch: string, message: string, author?: { name: string; email: string }): HandOver {
  const steps: string[] = [];
  const name = author?.name.replace(/[\n<>]/g, '').trim() ?? '';
  const email = author?.email.replace(/[\n<>\s]/g, '') ?? '';
  if (author && (name === '' || !/^[^@]+@[^@]+$/.test(email))) {
    return { ok: false, steps: ['expected your name and an email address (name@example.org), which the commit records'] };
  }
  const who = author ? ['-c', `user.name=${name}`, '-c', `user.email=${email}`] : [];
  if (!isCheckout(repo))
    return { ok: false, steps: ['This folder is not a git checkout: download the changed files and send them instead.'] };
  const branch = branchName(typedBranch);
  if (!branch)
    return { ok: false, steps: [`"${typedBranch.slice(0, 80)}" cannot name a branch; expected a few words, e.g. "fix box office"`] };
  const subject = message.replace(/\s+/g, ' ').trim().slice(0, 200);
  if (subject.length < 3) return { ok: false, steps: ['expected a sentence saying what the change is, e.g. "Correct the Jan. 4 gross"'] };
  const before = git(repo, ['status', '--porcelain=v1', '-z', '--', 'content']).stdout;
  if (!before) return { ok: false, steps: ['Nothing in content/ has changed since the last commit: nothing to hand over.'] };
  const current = git(repo, ['branch', '--show-current']).stdout.trim();
  if (current !== branch) {
    const sw = git(repo, ['switch', '-c', branch]);
    if (sw.status !== 0)
      return { ok: false, steps: [`git could not make the branch "${branch}": ${sw.stderr.trim()} (choose another name)`] };
    steps.push(`Made the branch ${branch} (from ${current || 'the current commit'}).`);
  }
  const add = git(repo, ['add', '--all', '--', 'content']);
  const commit = add.status === 0 ? git(repo, [...who, 'commit', '-m', subject, '--', 'content']) : add;
  if (commit.status !== 0) {
    const why = /tell me who you are|identity unknown/i.test(commit.stderr)
      ? 'git does not know your name and email; give them and commit again'
      : `git did not commit: ${(commit.stderr || commit.stdout).trim()}`;
    return { ok: false, steps: [...steps, why] };
  }
  steps.push(`Committed the changes in content/ on ${branch}: "${subject}".`);
  const remote = git(repo, ['remote']).stdout.split('\n').filter(Boolean)[0];
  if (!remote) {
    steps.push('This checkout has no remote to push to: send the changed files, or ask whoever set it up to push the branch.');
    return { ok: true, steps };
  }
  const push = git(repo, ['push', '--set-upstream', remote, branch], 60_000);
  steps.push(
    push.status === 0
      ? `Pushed ${branch} to ${remote}: open a pull request for it (EDITING.md, "Handing over").`
      : `Could not push to ${remote} (${(push.stderr || 'no answer').trim().split('\n').at(-1) ?? ''}): the commit is kept here; ask whoever set up this folder to push ${branch}, or send the changed files.`,
  );
  return { ok: true, steps };
}
