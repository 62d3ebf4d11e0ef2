/**
 * `npm run preview`: serves dist/ as a static host would (see src/lib/static-server/).
 *
 *   node src/cli/serve.ts [--port 4390] [--dir dist]
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { startServer } from '../lib/static-server/server.ts';

// The browser tests and the benchmark start the same server in-process.
export { startServer };

if (import.meta.main) {
  const arg = (name: string, fallback: string) => {
    const i = process.argv.indexOf(`--${name}`);
    return i > 0 ? (process.argv[i + 1] ?? fallback) : fallback;
  };
  const port = Number(arg('port', '4321'));
  const dir = arg('dir', 'dist');
  if (!existsSync(join(dir, 'index.html'))) {
    console.error(`${dir}/ has no built site; run npm run build first.`);
    process.exit(1);
  }
  startServer(dir, port).on('listening', () => {
    console.log(`Serving ${dir}/ at http://localhost:${port}/ (Ctrl+C to stop)`);
  });
}
