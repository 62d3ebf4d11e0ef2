/**
 * `node:crypto` in the production admin, where the content's loader runs in the browser: the
 * SHA-256 the loader uses (the data register's hashes, the translations' hashes, the layout
 * cache), synchronous as Node's is, from @noble/hashes. Only what the loader calls.
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';

function base64url(bytes: Uint8Array): string {
  let s = '';
  for (const b of bytes) s += String.fromCharCode(b);
  return btoa(s).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

export function createHash(algorithm: string) {
  if (algorithm !== 'sha256') throw new Error(`the admin's hash supports sha256, not ${algorithm}`);
  const h = sha256.create();
  const api = {
    update(data: string | Uint8Array) {
      h.update(typeof data === 'string' ? utf8ToBytes(data) : data);
      return api;
    },
    digest(encoding: 'hex' | 'base64url') {
      const d = h.digest();
      return encoding === 'hex' ? bytesToHex(d) : base64url(d);
    },
  };
  return api;
}
