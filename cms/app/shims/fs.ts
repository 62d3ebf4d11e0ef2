/**
 * `node:fs` and `node:path` in the production admin: the loader reads the content through
 * memoryFiles there, so the disk is never read; a call that would read it says so.
 */
const none = (name: string) => () => {
  throw new Error(`the admin in the browser has no disk (${name})`);
};
export const existsSync = () => false;
export const readFileSync = none('readFileSync');
export const readdirSync = none('readdirSync');
export const statSync = none('statSync');
export const writeFileSync = none('writeFileSync');
export const mkdirSync = none('mkdirSync');
export const copyFileSync = none('copyFileSync');
export const renameSync = none('renameSync');
export const rmSync = none('rmSync');
export const join = (...parts: string[]) => parts.join('/').replace(/\/+/g, '/');
export const dirname = (p: string) => p.replace(/\/[^/]*$/, '');
export const relative = (from: string, to: string) => (to.startsWith(`${from}/`) ? to.slice(from.length + 1) : to);
export const normalize = (p: string) => p;
