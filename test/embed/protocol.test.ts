/**
 * The embed messages against the real pym.js: what our child sends must match the pattern pym.js's
 * Parent reads, and a width message as pym.js's Parent writes it must be one our child answers.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ampMessage, parseHeightMessage, parseWidthMessage, pymMessage } from '../../src/embed/protocol.ts';

/** pym.js 1.x's own message builder and parser, lifted from the installed library's source. */
const pymSource = readFileSync('node_modules/pym.js/dist/pym.v1.js', 'utf8');

describe('pym.js messages', () => {
  it('our height message is the exact string pym.js builds, and pym.js reads it', () => {
    expect(pymSource).toContain("var bits = ['pym', id, messageType, message];");
    expect(pymSource).toContain("var MESSAGE_DELIMITER = 'xPYMx';");
    expect(pymMessage('interview-money', 'height', 712)).toBe(['pym', 'interview-money', 'height', '712'].join('xPYMx'));
    // pym.js Parent: _makeMessageRegex(id) = ^pymxPYMx<id>xPYMx(\S+)xPYMx(.*)$
    const match = /^pymxPYMxinterview-moneyxPYMx(\S+)xPYMx(.*)$/.exec(pymMessage('interview-money', 'height', 712));
    expect(match?.slice(1)).toEqual(['height', '712']);
  });

  it('reads a height only in that exact shape, for that id, within 120–4000 px', () => {
    expect(parseHeightMessage('pymxPYMxabcxPYMxheightxPYMx640', 'abc')).toBe(640);
    for (const forged of [
      'abcxPYMxheightxPYMx640', // the shape the child used to send: not pym.js's
      'pymxPYMxotherxPYMxheightxPYMx640',
      'pymxPYMxabcxPYMxheightxPYMx99999',
      'pymxPYMxabcxPYMxheightxPYMx119',
      'pymxPYMxabcxPYMxheightxPYMx640px',
      'pymxPYMxabcxPYMxheightxPYMx-640',
      'pymxPYMxabcxPYMxnavigateToxPYMxhttps://evil.example/',
      'pymxPYMxabcxPYMxheightxPYMx640\n',
    ]) {
      expect(parseHeightMessage(forged, 'abc'), forged).toBeUndefined();
    }
  });

  it('compares the id as text, so an id with pattern characters cannot match others', () => {
    expect(parseHeightMessage('pymxPYMxaXcxPYMxheightxPYMx640', 'a.c')).toBeUndefined();
    expect(parseHeightMessage('pymxPYMxa.cxPYMxheightxPYMx640', 'a.c')).toBe(640);
  });

  it("reads pym.js Parent's width messages", () => {
    expect(parseWidthMessage(['pym', 'chart-1', 'width', '375'].join('xPYMx'), 'chart-1')).toBe(375);
    expect(parseWidthMessage('pymxPYMxchart-2xPYMxwidthxPYMx375', 'chart-1')).toBeUndefined();
    expect(parseWidthMessage('pymxPYMxchart-1xPYMxheightxPYMx375', 'chart-1')).toBeUndefined();
    expect(parseWidthMessage({ width: 375 }, 'chart-1')).toBeUndefined();
  });
});

describe('AMP embed-size', () => {
  it('reads exactly {sentinel, type, height} with a sane integer height', () => {
    expect(parseHeightMessage(ampMessage(700), 'any')).toBe(700);
    expect(parseHeightMessage({ sentinel: 'amp', type: 'embed-size', height: 700, extra: 1 }, 'any')).toBeUndefined();
    expect(parseHeightMessage({ sentinel: 'amp', type: 'embed-size', height: '700' }, 'any')).toBeUndefined();
    expect(parseHeightMessage({ sentinel: 'amp', type: 'embed-size', height: 700.5 }, 'any')).toBeUndefined();
    expect(parseHeightMessage({ sentinel: 'amp', type: 'embed-size', height: 4001 }, 'any')).toBeUndefined();
    expect(parseHeightMessage({ sentinel: 'xamp', type: 'embed-size', height: 700 }, 'any')).toBeUndefined();
    expect(parseHeightMessage(null, 'any')).toBeUndefined();
  });
});
