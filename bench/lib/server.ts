/** Serves a copy of dist/ with the project's own static server (Brotli or gzip for text, dist/_headers applied). */
import type { AddressInfo } from 'node:net';
import { startServer } from '../../src/cli/serve.ts';

export interface Served {
  origin: string;
  close: () => Promise<void>;
}

/** Port 0: the system picks a free one. */
export async function serveDist(dist: string, port: number): Promise<Served> {
  const server = startServer(dist, port);
  await new Promise<void>((resolve, reject) => {
    if (server.listening) resolve();
    else {
      server.once('listening', () => {
        resolve();
      });
      server.once('error', reject);
    }
  });
  return {
    origin: `http://127.0.0.1:${String((server.address() as AddressInfo).port)}`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => {
          resolve();
        });
      }),
  };
}
