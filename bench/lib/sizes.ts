/** JavaScript budgets through size-limit (checks and limits in .size-limit.js, measured on dist/). */
import { join } from 'node:path';
import { run } from './util.ts';

export interface SizeCheck {
  name: string;
  /** gzip -9 bytes, summed over the check's files. */
  size: number;
  limit: number;
  passed: boolean;
}

export async function runSizeLimit(root: string): Promise<{ checks: SizeCheck[]; error?: string }> {
  const r = await run(process.execPath, [join(root, 'node_modules/size-limit/bin.js'), '--json'], { cwd: root, timeoutMs: 120_000 });
  // size-limit exits 1 when a limit is broken and still prints its JSON.
  const start = r.stdout.indexOf('[');
  try {
    const parsed = JSON.parse(r.stdout.slice(start)) as { name: string; size: number; sizeLimit: number; passed: boolean }[];
    return { checks: parsed.map((c) => ({ name: c.name, size: c.size, limit: c.sizeLimit, passed: c.passed })) };
  } catch {
    return { checks: [], error: `size-limit exited ${String(r.code)}: ${`${r.stdout}\n${r.stderr}`.trim().slice(-1500)}` };
  }
}
