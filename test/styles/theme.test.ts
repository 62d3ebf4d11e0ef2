/**
 * The colour tokens of both schemes (src/styles/global.css, src/styles/charts.css): each
 * light-dark() pair starts with the light value that browsers without light-dark() use, and both
 * sides of every pair keep their contrast: text and series 4.5:1 (series names are set in their
 * colour), lines and edges 3:1.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const css = (f: string) => readFileSync(new URL(`../../src/styles/${f}`, import.meta.url), 'utf8');

/** "#fff" → "#ffffff", lower case. */
function hex(c: string): string {
  const h = c.trim().toLowerCase();
  return h.length === 4 ? `#${h.slice(1).replace(/./g, '$&$&')}` : h;
}

function luminance(c: string): number {
  const h = hex(c);
  const [r = 0, g = 0, b = 0] = [1, 3, 5]
    .map((i) => parseInt(h.slice(i, i + 2), 16) / 255)
    .map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: string, b: string): number {
  const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p) as [number, number];
  return (x + 0.05) / (y + 0.05);
}

/** Plain declarations of the first `selector {` block: the light tokens. */
function fallbacks(text: string, selector: string): Map<string, string> {
  const block = text.slice(text.indexOf(`${selector} {`)).split('}')[0] ?? '';
  return new Map([...block.matchAll(/(--[a-z0-9-]+):\s*(#[0-9a-f]{3,6})/gi)].map((m) => [m[1] ?? '', hex(m[2] ?? '')]));
}

/** Every `--name: light-dark(light, dark)` pair. */
function pairs(text: string): Map<string, { light: string; dark: string }> {
  return new Map(
    [...text.matchAll(/(--[a-z0-9-]+):\s*light-dark\(\s*(#[0-9a-f]{3,6})\s*,\s*(#[0-9a-f]{3,6})\s*\)/gi)].map((m) => [
      m[1] ?? '',
      { light: hex(m[2] ?? ''), dark: hex(m[3] ?? '') },
    ]),
  );
}

const page = { fallback: fallbacks(css('global.css'), ':root'), pairs: pairs(css('global.css')) };
const chart = { fallback: fallbacks(css('charts.css'), '.chart'), pairs: pairs(css('charts.css')) };

describe('light-dark() tokens', () => {
  for (const [name, set] of [
    ['global.css', page],
    ['charts.css', chart],
  ] as const) {
    it(`${name}: every token has a dark value, and its light value is the fallback's`, () => {
      expect(set.pairs.size).toBeGreaterThan(10);
      for (const [token, { light }] of set.pairs) expect(light, token).toBe(set.fallback.get(token));
      for (const token of set.fallback.keys()) expect(set.pairs.has(token), `${token} has no dark value`).toBe(true);
    });
  }
});

const get = (set: typeof page, token: string, scheme: 'light' | 'dark'): string => {
  const p = set.pairs.get(token);
  if (!p) throw new Error(`no token ${token}`);
  return p[scheme];
};

describe('contrast in both schemes', () => {
  for (const scheme of ['light', 'dark'] as const) {
    const grounds = [
      get(page, '--paper', scheme),
      get(page, '--card', scheme),
      get(chart, '--c-bg', scheme),
      get(chart, '--c-elapsed', scheme),
    ];
    it(`${scheme}: page text and links keep 4.5:1 on paper and cards`, () => {
      for (const t of ['--ink', '--ink-2', '--accent', '--legal']) {
        for (const g of grounds.slice(0, 2)) expect(contrast(get(page, t, scheme), g), `${t} on ${g}`).toBeGreaterThanOrEqual(4.5);
      }
      expect(contrast(get(page, '--on-legal', scheme), get(page, '--legal', scheme))).toBeGreaterThanOrEqual(4.5);
    });
    it(`${scheme}: chart text and series keep 4.5:1 on every ground a chart sits on`, () => {
      const inks = [
        '--c-ink',
        '--c-ink-2',
        '--c-ink-3',
        '--c-legal',
        '--c-piracy',
        '--c-theatre',
        '--c-highlight',
        '--c-tracker-1',
        '--c-tracker-2',
        '--c-tracker-3',
        '--c-cost',
        '--c-cost-text',
      ];
      for (const t of inks) for (const g of grounds) expect(contrast(get(chart, t, scheme), g), `${t} on ${g}`).toBeGreaterThanOrEqual(4.5);
      expect(contrast(get(chart, '--c-on-mark', scheme), get(chart, '--c-legal', scheme))).toBeGreaterThanOrEqual(4.5);
      expect(contrast(get(chart, '--c-on-mark', scheme), get(chart, '--c-piracy', scheme))).toBeGreaterThanOrEqual(4.5);
    });
  }
  it('dark: the map keeps 3:1 edges and the legal fill stands out from the locked land', () => {
    const paper = get(page, '--paper', 'dark');
    expect(contrast(get(chart, '--c-locked-line', 'dark'), paper)).toBeGreaterThanOrEqual(3);
    expect(contrast(get(chart, '--c-legal', 'dark'), get(chart, '--c-locked', 'dark'))).toBeGreaterThanOrEqual(3);
    expect(contrast(get(chart, '--c-muted', 'dark'), paper)).toBeGreaterThanOrEqual(3);
  });
});
