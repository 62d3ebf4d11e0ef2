/**
 * Handing over from the admin: the changed files of content/ (against the last commit, or outside
 * git against content/ when the admin started), read back from the zip by another zip reader
 * (yauzl, as an unzip tool would), and a commit on a new branch pushed to a real git remote.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import yauzl from 'yauzl';
import { branchName, changes, changesZip, handOver, snapshot } from '../../cms/server/handover.ts';
import { REPO } from '../content/fixture.ts';

const made: string[] = [];
afterEach(() => {
  for (const d of made.splice(0)) rmSync(d, { recursive: true, force: true });
});

function project(): string {
  const dir = mkdtempSync(join(tmpdir(), 'handover-'));
  made.push(dir);
  cpSync(join(REPO, 'content'), join(dir, 'content'), { recursive: true });
  return dir;
}

const git = (dir: string, ...args: string[]) => {
  const r = spawnSync('git', ['-c', 'user.name=Test Editor', '-c', 'user.email=editor@example.org', ...args], {
    cwd: dir,
    encoding: 'utf8',
  });
  if (r.status !== 0) throw new Error(`git ${args.join(' ')}: ${r.stderr}`);
  return r.stdout;
};

function unzip(bytes: Uint8Array): Promise<Map<string, string>> {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(Buffer.from(bytes), { lazyEntries: true }, (err, zip) => {
      if (err) {
        reject(err);
        return;
      }
      const out = new Map<string, string>();
      zip.on('entry', (entry: yauzl.Entry) => {
        zip.openReadStream(entry, (e, stream) => {
          if (e) {
            reject(e);
            return;
          }
          const chunks: Buffer[] = [];
          stream.on('data', (c: Buffer) => chunks.push(c));
          stream.on('end', () => {
            out.set(entry.fileName, Buffer.concat(chunks).toString('utf8'));
            zip.readEntry();
          });
        });
      });
      zip.on('end', () => {
        resolve(out);
      });
      zip.on('error', reject);
      zip.readEntry();
    });
  });
}

const CHAPTER = 'content/story/01-hack.md';
const SOURCES = 'content/sources.yaml';

describe('changes outside git', () => {
  it('lists what changed, was added or deleted since the start, and zips them with their folders', async () => {
    const dir = project();
    const start = snapshot(dir);
    writeFileSync(join(dir, CHAPTER), readFileSync(join(dir, CHAPTER), 'utf8').replace('began', 'started'));
    mkdirSync(join(dir, 'content/datasets/archive/box-office'), { recursive: true });
    writeFileSync(join(dir, 'content/datasets/archive/box-office/v9.csv'), 'id\n');
    rmSync(join(dir, SOURCES));
    const c = changes(dir, start);
    expect(c.git).toBe(false);
    expect(c.files).toEqual([
      { file: 'content/datasets/archive/box-office/v9.csv', state: 'added' },
      { file: SOURCES, state: 'deleted' },
      { file: CHAPTER, state: 'changed' },
    ]);
    const files = await unzip(changesZip(dir, c));
    expect([...files.keys()].sort()).toEqual(['CHANGES.txt', 'content/datasets/archive/box-office/v9.csv', CHAPTER]);
    expect(files.get(CHAPTER)).toBe(readFileSync(join(dir, CHAPTER), 'utf8'));
    expect(files.get('CHANGES.txt')).toContain(`Delete these files, which the change removed:\n  ${SOURCES}`);
  });
});

describe('handing over in git', () => {
  it('commits content/ on a new branch and pushes it to the remote', () => {
    const dir = project();
    const remote = mkdtempSync(join(tmpdir(), 'handover-remote-'));
    made.push(remote);
    git(remote, 'init', '--bare', '-q');
    git(dir, 'init', '-q', '-b', 'main');
    git(dir, 'config', 'user.name', 'Test Editor');
    git(dir, 'config', 'user.email', 'editor@example.org');
    git(dir, 'add', '-A');
    git(dir, 'commit', '-qm', 'base');
    git(dir, 'remote', 'add', 'origin', remote);
    expect(handOver(dir, 'fix it', 'Nothing yet').steps).toEqual([
      'Nothing in content/ has changed since the last commit: nothing to hand over.',
    ]);
    writeFileSync(join(dir, CHAPTER), readFileSync(join(dir, CHAPTER), 'utf8').replace('began', 'started'));
    expect(changes(dir, new Map()).files).toEqual([{ file: CHAPTER, state: 'changed' }]);
    const r = handOver(dir, 'Fix the opening', 'Say "started" in the first sentence');
    expect(r.ok, r.steps.join('\n')).toBe(true);
    expect(r.steps[0]).toBe('Made the branch fix-the-opening (from main).');
    expect(r.steps.at(-1)).toMatch(/^Pushed fix-the-opening to origin/);
    expect(git(remote, 'log', '-1', '--format=%s', 'fix-the-opening').trim()).toBe('Say "started" in the first sentence');
    expect(git(remote, 'show', `fix-the-opening:${CHAPTER}`)).toBe(readFileSync(join(dir, CHAPTER), 'utf8'));
    expect(changes(dir, new Map()).files).toEqual([]);
  });

  it('asks for the name and email a commit records where git does not know them', () => {
    const dir = project();
    const home = mkdtempSync(join(tmpdir(), 'handover-home-'));
    made.push(home);
    const saved = { HOME: process.env['HOME'], GIT_CONFIG_NOSYSTEM: process.env['GIT_CONFIG_NOSYSTEM'] };
    // No global or system git configuration: a new machine.
    Object.assign(process.env, { HOME: home, GIT_CONFIG_NOSYSTEM: '1' });
    try {
      git(dir, 'init', '-q', '-b', 'main');
      git(dir, 'add', '-A');
      git(dir, 'commit', '-qm', 'base');
      writeFileSync(join(dir, CHAPTER), readFileSync(join(dir, CHAPTER), 'utf8').replace('began', 'started'));
      expect(changes(dir, new Map()).identity).toBe(false);
      expect(handOver(dir, 'fix', 'A change').steps.at(-1)).toBe('git does not know your name and email; give them and commit again');
      expect(handOver(dir, 'fix', 'A change', { name: 'Ana Editor', email: 'not an address' }).steps[0]).toMatch(
        /expected your name and an email address/,
      );
      const r = handOver(dir, 'fix', 'A change', { name: 'Ana Editor', email: 'ana@example.org' });
      expect(r.ok, r.steps.join('\n')).toBe(true);
      expect(git(dir, 'log', '-1', '--format=%an <%ae>').trim()).toBe('Ana Editor <ana@example.org>');
      expect(r.steps.at(-1)).toMatch(/no remote to push to/);
    } finally {
      if (saved.HOME === undefined) delete process.env['HOME'];
      else process.env['HOME'] = saved.HOME;
      if (saved.GIT_CONFIG_NOSYSTEM === undefined) delete process.env['GIT_CONFIG_NOSYSTEM'];
      else process.env['GIT_CONFIG_NOSYSTEM'] = saved.GIT_CONFIG_NOSYSTEM;
    }
  });

  it('refuses what cannot name a branch, and says what it expected', () => {
    expect(branchName('Fix box office!')).toBe('fix-box-office');
    expect(branchName('Corrección de taquilla')).toBe('correccion-de-taquilla');
    expect(branchName('..')).toBeUndefined();
    expect(branchName('main')).toBeUndefined();
    const dir = project();
    git(dir, 'init', '-q', '-b', 'main');
    expect(handOver(dir, '   ', 'A change').steps[0]).toMatch(/cannot name a branch; expected a few words/);
  });
});
