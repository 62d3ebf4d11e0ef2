/**
 * `npm run audit`: `npm audit --omit=dev`, for what ships to readers. Fails on any known
 * vulnerability. When the registry's audit service cannot be reached (some mirrors and closed
 * networks answer 405 or nothing), it says so plainly and does not pretend the check passed.
 */
import { spawnSync } from 'node:child_process';

const r = spawnSync('npm', ['audit', '--omit=dev', '--json'], { encoding: 'utf8', timeout: 60_000 });
let report: { metadata?: { vulnerabilities?: Record<string, number> }; error?: { summary?: string }; message?: string } = {};
try {
  report = JSON.parse(r.stdout || '{}') as typeof report;
} catch {
  // npm printed no JSON: treated below as an unreachable service.
}
const counts = report.metadata?.vulnerabilities;
if (!counts) {
  console.warn(
    `audit: NOT CHECKED — the npm audit service did not answer (${report.message ?? report.error?.summary ?? `exit ${String(r.status ?? 'timeout')}`}). ` +
      "Run `npm audit --omit=dev` where the npm registry's audit service is reachable.",
  );
  process.exit(0);
}
const total = Object.values(counts).reduce((a, b) => a + b, 0);
if (total > 0) {
  console.error(
    `audit: ${total} known vulnerabilities in production dependencies: ${JSON.stringify(counts)}. Run npm audit --omit=dev for details.`,
  );
  process.exit(1);
}
console.log('audit: no known vulnerabilities in production dependencies.');
