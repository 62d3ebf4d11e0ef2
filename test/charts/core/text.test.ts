/** The one text-measurement model (src/charts/core/text.ts, text-block.ts). */
import { describe, expect, it } from 'vitest';
import type { TextMark } from '../../../src/charts/core/scene.ts';
import { BOLD_WIDTH, FONT, fontSizeOf, isBold, textWidth, wrapText } from '../../../src/charts/core/text.ts';
import { blockBox, blockHeight, blockMarks, blockWidth, textBlock, textBox } from '../../../src/charts/core/text-block.ts';

describe('textWidth', () => {
  it.each([
    ['', 10, 0],
    ['i', 10, 3],
    ['a', 10, 5.6],
    ['A', 10, 6.6],
    ['M', 10, 8.5],
    ['$5', 20, 26.4],
    ['a b', 10, 14.2],
  ])('%j at %s px is %s px', (text, size, width) => {
    expect(textWidth(text, size)).toBeCloseTo(width, 6);
  });

  it('measures bold as bold, wider by BOLD_WIDTH', () => {
    expect(textWidth('Online release', FONT.small, true)).toBeCloseTo(textWidth('Online release', FONT.small) * BOLD_WIDTH, 6);
  });

  it.each([
    ['ä', 'a'],
    ['Ü', 'U'],
    ['é', 'e'],
    ['ñ', 'n'],
    ['í', 'i'],
    ['Öl', 'Ol'],
  ])('measures the accented %j as its base letter %j (Inter draws them alike)', (accented, base) => {
    expect(textWidth(accented, 10)).toBeCloseTo(textWidth(base, 10), 6);
  });

  it('measures ß a little wider than a lowercase letter (Inter: 0.616 em)', () => {
    expect(textWidth('ß', 10)).toBeCloseTo(6.2, 6);
  });

  it('measures Hangul full width, 1 em a syllable, wider than Latin of as many letters', () => {
    expect(textWidth('한국어', 10)).toBeCloseTo(30, 6);
    expect(textWidth('온라인 출시', 14)).toBeCloseTo(5 * 14 + 0.3 * 14, 6);
    expect(textWidth('한국어', 14)).toBeGreaterThan(textWidth('abc', 14) * 1.6);
  });

  it('keeps quotes and dashes at their English widths', () => {
    expect(textWidth('“–’·', 10)).toBeCloseTo(4 * 5.6, 6);
  });

  it('gives the same width from its cache as on first measure', () => {
    const text = `cache ${Math.PI}`;
    expect(textWidth(text, 13)).toBe(textWidth(text, 13));
  });
});

describe('wrapText', () => {
  it('wraps Korean at its spaces and keeps a clock unit with its number', () => {
    expect(wrapText('오후 1 시 온라인 출시', 60, 14)).toEqual(['오후 1 시', '온라인', '출시']);
    expect(wrapText('ab 13 Uhr', 40, 14)).toEqual(['ab', '13 Uhr']);
  });

  it('keeps a German day with its month, and a number with its unit (Prozent, Millionen)', () => {
    expect(wrapText('iTunes (28. Dezember)', 100, 14)).toEqual(['iTunes', '(28. Dezember)']);
    expect(wrapText('am 24. Dezember, 13 Uhr', 90, 14)).toEqual(['am', '24. Dezember,', '13 Uhr']);
    expect(wrapText('Außerhalb der USA: 72 Prozent', 150, 14)).toEqual(['Außerhalb der USA:', '72 Prozent']);
    expect(wrapText('Kosten: 40 Millionen Dollar', 110, 14)).toEqual(['Kosten:', '40 Millionen', 'Dollar']);
  });

  it.each([
    ['one line fits', 1000, ['one line fits']],
    ['a b c', 0, ['a', 'b', 'c']],
    ['  spaces   collapse  ', 1000, ['spaces collapse']],
    ['', 100, []],
  ])('%j in %s px', (text, max, lines) => {
    expect(wrapText(text, max, 10)).toEqual(lines);
  });

  it.each([
    ['Added the afternoon of Dec. 24; exact time not reported', 'Dec. 24;'],
    ['Released online at 1 p.m. ET on Christmas Eve', '1 p.m.'],
    ['The film opened in theaters on July 4 in one city', 'July 4'],
  ])('never breaks inside "%s"’s %j, at any width', (text, pair) => {
    for (let max = 20; max <= 400; max += 5) {
      const lines = wrapText(text, max, FONT.small);
      expect(lines.join(' ')).toBe(text);
      expect(
        lines.some((l) => l.includes(pair)),
        `${String(max)} px: ${lines.join(' | ')}`,
      ).toBe(true);
    }
  });

  it('keeps every line within the width unless a single word is wider', () => {
    const lines = wrapText('Sony cancels the release after threats against theaters', 80, FONT.small);
    for (const l of lines) expect(l.includes(' ') ? textWidth(l, FONT.small) <= 80 : true, l).toBe(true);
  });
});

describe('fontSizeOf and isBold', () => {
  it.each([
    ['text-axis axis-label', FONT.axis, false],
    ['text-label is-highlight', FONT.focus, true],
    ['text-small is-highlight', FONT.focus, true],
    ['text-small', FONT.small, false],
    ['text-title', FONT.title, false],
    [undefined, FONT.label, false],
  ])('%s is %s px, bold %s', (cls, size, bold) => {
    expect(fontSizeOf(cls)).toBe(size);
    expect(isBold(cls)).toBe(bold);
  });
});

describe('text blocks', () => {
  const block = textBlock(['first line', 'second'], 'small');

  it('is as wide as its widest line and as tall as its lines', () => {
    expect(blockWidth(block)).toBeCloseTo(textWidth('first line', FONT.small), 6);
    expect(blockHeight(block)).toBeGreaterThan(2 * FONT.small);
    expect(blockHeight(textBlock([], 'small'))).toBe(0);
  });

  it.each([
    ['start', 100, 100],
    ['middle', 100, 100 - blockWidth(block) / 2],
    ['end', 100, 100 - blockWidth(block)],
  ] as const)('anchored at %s, its box starts at the right x', (anchor, x, x0) => {
    expect(blockBox(block, x, 20, anchor).x0).toBeCloseTo(x0, 6);
  });

  it('draws one keyed text per line whose boxes lie inside the block box', () => {
    const marks = blockMarks('k', block, 50, 10, 'start', 'event-label');
    expect(marks.map((m) => m.key)).toEqual(['k:0', 'k:1']);
    expect(marks.every((m) => m.className === 'text-small event-label')).toBe(true);
    const outer = blockBox(block, 50, 10, 'start');
    for (const m of marks) {
      const b = textBox(m);
      expect(b.y0).toBeGreaterThanOrEqual(outer.y0 - 0.1);
      expect(b.y1).toBeLessThanOrEqual(outer.y1 + 0.1);
    }
  });

  it('gives a text mark the box its classes say: size and weight', () => {
    const m: TextMark = { type: 'text', key: 't', x: 0, y: 20, text: 'Label', className: 'text-label is-highlight' };
    const b = textBox(m);
    // Highlighted: the step's annotation, set at the focus size and bold.
    expect(b.x1 - b.x0).toBeCloseTo(textWidth('Label', FONT.focus, true), 6);
    expect(b.y1).toBeGreaterThan(20);
    expect(b.y0).toBeLessThan(20 - FONT.label / 2);
  });
});
