/**
 * The GitHub workflows the production admin relies on stay true to the project: the data-version
 * workflow offers exactly the kinds `npm run data:version` takes, runs scripts that exist, and
 * never splices an editor's input into a shell script (it goes through the environment).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { changeKinds } from '../../src/schemas/dataset-meta.ts';
import { REPO } from '../content/fixture.ts';

interface Workflow {
  on: { workflow_dispatch?: { inputs: Record<string, { type: string; options?: string[] }> } };
  jobs: Record<string, { steps: { run?: string; env?: Record<string, string> }[] }>;
}
const read = (name: string) => parse(readFileSync(join(REPO, '.github/workflows', name), 'utf8')) as Workflow;
const scripts = Object.keys((JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts);

describe.each(['content.yml', 'data-version.yml'])('%s', (name) => {
  const steps = Object.values(read(name).jobs).flatMap((j) => j.steps);
  it('runs only npm scripts the project has', () => {
    const used = steps.flatMap((s) => [...(s.run ?? '').matchAll(/npm run ([\w:-]+)/g)].map((m) => m[1]));
    expect(used.length).toBeGreaterThan(0);
    for (const u of used) expect(scripts).toContain(u);
  });
  it('passes inputs through the environment, not into the script', () => {
    for (const s of steps) expect(s.run ?? '').not.toContain('${{');
  });
});

describe('data-version.yml', () => {
  it('offers the kinds data:version takes, and asks for the dataset and the sentence', () => {
    const inputs = read('data-version.yml').on.workflow_dispatch?.inputs ?? {};
    expect(inputs['kind']?.options).toEqual([...changeKinds]);
    expect(Object.keys(inputs)).toEqual(['dataset', 'kind', 'reason']);
  });
});
