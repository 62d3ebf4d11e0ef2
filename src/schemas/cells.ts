/**
 * Cell types for CSV columns. A CSV cell is always text; these schemas turn it into a typed value
 * and, when they cannot, say what they expected in words an editor understands.
 */
import { z } from 'zod';

const NUMBER = /^-?\d+(\.\d+)?$/;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

function quote(s: string): string {
  return JSON.stringify(s);
}

/** True when `s` is a real calendar date written YYYY-MM-DD. */
export function isIsoDate(s: string): boolean {
  const m = DATE.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

/** A required number, written plainly: digits, optional minus and decimals, no commas or units. */
export const number = z.string().transform((s, ctx) => {
  const t = s.trim();
  if (!NUMBER.test(t)) {
    ctx.addIssue({
      code: 'custom',
      message: `expected a number written with digits only (e.g. 750000 or 5.99), found ${quote(s)}`,
    });
    return z.NEVER;
  }
  return Number(t);
});

/** An optional number: an empty cell means "not reported". */
export const optionalNumber = z.string().transform((s, ctx) => {
  const t = s.trim();
  if (t === '') return undefined;
  if (!NUMBER.test(t)) {
    ctx.addIssue({
      code: 'custom',
      message: `expected a number written with digits only, or an empty cell, found ${quote(s)}`,
    });
    return z.NEVER;
  }
  return Number(t);
});

/** A calendar date written YYYY-MM-DD. */
export const date = z.string().transform((s, ctx) => {
  const t = s.trim();
  if (!isIsoDate(t)) {
    ctx.addIssue({ code: 'custom', message: `expected a date written YYYY-MM-DD, found ${quote(s)}` });
    return z.NEVER;
  }
  return t;
});

/** A clock time in US Eastern time, HH:MM on a 24-hour clock, or empty. */
export const optionalTime = z.string().transform((s, ctx) => {
  const t = s.trim();
  if (t === '') return undefined;
  const m = /^(\d{2}):(\d{2})$/.exec(t);
  if (!m || Number(m[1]) > 23 || Number(m[2]) > 59) {
    ctx.addIssue({ code: 'custom', message: `expected a time written HH:MM (24-hour, ET), or an empty cell, found ${quote(s)}` });
    return z.NEVER;
  }
  return t;
});

/** yes/no. */
export const flag = z.string().transform((s, ctx) => {
  const t = s.trim().toLowerCase();
  if (t === 'yes' || t === 'true') return true;
  if (t === 'no' || t === 'false' || t === '') return false;
  ctx.addIssue({ code: 'custom', message: `expected yes or no, found ${quote(s)}` });
  return z.NEVER;
});

/** Required free text. */
export const text = z.string().transform((s, ctx) => {
  const t = s.trim();
  if (t === '') {
    ctx.addIssue({ code: 'custom', message: 'expected some text, found an empty cell' });
    return z.NEVER;
  }
  return t;
});

/** Optional free text. */
export const optionalText = z.string().transform((s) => {
  const t = s.trim();
  return t === '' ? undefined : t;
});

/** A row id: lower-case words joined by hyphens, unique within its file. */
export const id = z.string().transform((s, ctx) => {
  const t = s.trim();
  if (!SLUG.test(t)) {
    ctx.addIssue({ code: 'custom', message: `expected an id of lower-case letters, digits and hyphens (e.g. tf-20h), found ${quote(s)}` });
    return z.NEVER;
  }
  return t;
});

/** One of a fixed list of words. */
export function oneOf<const V extends string>(values: readonly [V, ...V[]]) {
  return z.string().transform((s, ctx): V => {
    const t = s.trim();
    const found = values.find((v) => v === t);
    if (found === undefined) {
      ctx.addIssue({
        code: 'custom',
        message: `expected one of ${values.map(quote).join(', ')}, found ${quote(s)}`,
      });
      return z.NEVER;
    }
    return found;
  });
}

/** Source ids separated by semicolons, e.g. `cbs; thehill`. At least one. */
export const sourceList = z.string().transform((s, ctx) => {
  const ids = s
    .split(';')
    .map((p) => p.trim())
    .filter((p) => p !== '');
  if (ids.length === 0) {
    ctx.addIssue({ code: 'custom', message: 'expected at least one source id (separate several with ";"), found an empty cell' });
    return z.NEVER;
  }
  const bad = ids.find((p) => !SLUG.test(p));
  if (bad !== undefined) {
    ctx.addIssue({ code: 'custom', message: `expected source ids of lower-case letters, digits and hyphens, found ${quote(bad)}` });
    return z.NEVER;
  }
  return ids;
});

/** How precise a reported figure is, as the source words it. Empty means exact. */
export const qualifier = z.string().transform((s, ctx) => {
  const t = s.trim();
  const allowed = ['', 'about', 'over', 'at least'] as const;
  if (!(allowed as readonly string[]).includes(t)) {
    ctx.addIssue({ code: 'custom', message: `expected one of "about", "over", "at least" or an empty cell (exact), found ${quote(s)}` });
    return z.NEVER;
  }
  return t as (typeof allowed)[number];
});
