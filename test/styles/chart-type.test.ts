/**
 * The chart type scale: charts.css sets each text size class at exactly the size the layouts
 * measure with (FONT in src/charts/core/text.ts), so labels placed clear of each other stay clear
 * as rendered; nothing is under 13 units (12 px on a phone, 14 px on a desktop); the active step's
 * annotation is larger than a label and bold.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FONT } from '../../src/charts/core/text.ts';
import { SIZES } from '../../src/charts/index.ts';

const css = readFileSync(new URL('../../src/styles/charts.css', import.meta.url), 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');

/** The declarations of the rule whose selector list contains `selector` exactly. */
function rule(selector: string): string {
  const m = [...css.matchAll(/([^{}]+)\{([^}]*)\}/g)].find((r) => (r[1] ?? '').split(',').some((s) => s.trim() === selector));
  if (!m) throw new Error(`charts.css has no rule for ${selector}`);
  return m[2] ?? '';
}

const px = (decls: string): number => Number(/font-size:\s*([\d.]+)px/.exec(decls)?.[1]);

describe('chart type scale', () => {
  it.each([
    ['.chart .text-label', FONT.label],
    ['.chart .text-small', FONT.small],
    ['.chart .text-axis', FONT.axis],
    ['.chart .text-title', FONT.title],
    ['.chart text.is-highlight', FONT.focus],
    ['.chart text.text-focus', FONT.focus],
    ['.chart text', FONT.label],
  ])('%s is set at %s units, as the layouts measure it', (selector, size) => {
    expect(px(rule(selector))).toBe(size);
  });

  it('the step annotation is bold and larger than a label', () => {
    expect(rule('.chart text.is-highlight')).toMatch(/font-weight:\s*(6|7)\d\d/);
    expect(FONT.focus).toBeGreaterThan(FONT.label);
  });

  it('sets no chart text under 13 units, or 12 px as drawn on a 375 px phone and 14 px on a 1280 px desktop', () => {
    const sizes = [...css.matchAll(/font-size:\s*([\d.]+)px/g)].map((m) => Number(m[1]));
    expect(Math.min(...sizes, ...Object.values(FONT))).toBeGreaterThanOrEqual(13);
    // The compact chart is drawn about 343 px wide on a 375 px phone; the wide one about 720 px on a desktop.
    expect(13 * (343 / SIZES.compact.width)).toBeGreaterThanOrEqual(12);
    expect(13 * (720 / SIZES.wide.width)).toBeGreaterThanOrEqual(14);
  });
});
