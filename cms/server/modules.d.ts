// The little the admin's server uses of express and decap-server (neither ships types).
declare module 'express' {
  import type { IncomingMessage, ServerResponse } from 'node:http';
  type App = (req: IncomingMessage, res: ServerResponse, next: (err?: unknown) => void) => void;
  export default function express(): App;
}
declare module 'decap-server/dist/middlewares.js' {
  export function registerLocalFs(app: unknown, options?: { logLevel?: string }): Promise<void>;
}
