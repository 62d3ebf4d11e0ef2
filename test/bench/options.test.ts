/** `npm run bench`'s command line (bench/lib/options.ts): every flag the README names, and its errors. */
import { describe, expect, it } from 'vitest';
import { readOptions } from '../../bench/lib/options.ts';

describe('bench options', () => {
  it('defaults to a full run', () => {
    expect(readOptions([])).toEqual({
      build: true,
      runs: 5,
      quick: false,
      fail: true,
      port: 0,
      factors: [1, 10, 100],
      scaleTimeoutMs: 300_000,
      layoutTimeoutMs: 180_000,
      trace: false,
      editionCounts: [1, 2],
      skip: new Set(),
    });
  });

  it.each([
    [['--quick'], { quick: true, runs: 1, factors: [1, 10] }],
    [['--quick', '--runs', '3'], { quick: true, runs: 3, factors: [1, 10] }],
    [['--no-build'], { build: false }],
    [['--no-fail'], { fail: false }],
    [['--trace'], { trace: true }],
    [['--port', '0'], { port: 0 }],
    [['--port', '8080'], { port: 8080 }],
    [['--scale-timeout', '20', '--layout-timeout', '9'], { scaleTimeoutMs: 20_000, layoutTimeoutMs: 9000 }],
    [['--skip', 'lighthouse,size'], { skip: new Set(['lighthouse', 'size']) }],
  ])('%j', (argv, want) => {
    expect(readOptions(argv)).toMatchObject(want);
  });

  it('--help and -h ask for the usage', () => {
    expect(readOptions(['--help'])).toBeUndefined();
    expect(readOptions(['-h'])).toBeUndefined();
  });

  it.each([[['--runs', 'x']], [['--runs', '0']], [['--runs']], [['--skip', 'nope']], [['--bogus']], [['positional']]])(
    'refuses %j',
    (argv) => {
      expect(() => readOptions(argv)).toThrow();
    },
  );
});
