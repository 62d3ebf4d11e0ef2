/** Command-line options of `npm run bench -- [options]`, read by `node:util`'s parseArgs. */
import { parseArgs } from 'node:util';

export type Phase = 'lighthouse' | 'size' | 'scroll' | 'layout' | 'scaling' | 'editions';
export const PHASES: readonly Phase[] = ['lighthouse', 'size', 'scroll', 'layout', 'scaling', 'editions'];

export interface Options {
  /** Run `npm run build` first (else measure dist/ as it is). */
  build: boolean;
  /** Lighthouse runs per preset for the article (medians reported). */
  runs: number;
  quick: boolean;
  /** Exit non-zero when a budget is broken. */
  fail: boolean;
  /** Port for the served copy of dist/ (0: any free port). */
  port: number;
  /** Row factors for the layout benchmark and the scaled builds (1 is the reference). */
  factors: number[];
  /** Time limit of one scaled build, ms. */
  scaleTimeoutMs: number;
  /** Time limit of one `vitest bench` process (one row factor), ms. */
  layoutTimeoutMs: number;
  /** Also scroll once with a Chromium trace and break the long tasks down (diagnosis). */
  trace: boolean;
  skip: Set<Phase>;
  /** The editions measured (undefined: every edition in dist/). */
  editions?: string[];
  /** The English-only commit the editions' build is compared with (undefined: bench/budgets.json's). */
  baseline?: string;
  /** Edition counts built besides all of them, fonts cached (the growth with editions). */
  editionCounts: number[];
}

export const USAGE = `npm run bench -- [options]

  --quick           1 Lighthouse run, one embed page per edition, rows scaled 1x and 10x only, no edition-count builds
  --no-build        measure dist/ as it is instead of running npm run build first
  --runs N          Lighthouse runs per preset for each edition's article (default 5, --quick 1; medians)
  --editions a,b    measure these editions only (default: every edition in dist/: en, es, de, ko)
  --baseline REF    the English-only commit the build with editions is compared with (default in budgets.json)
  --edition-counts  edition counts built besides all of them, e.g. 1,2 (default 1,2; --quick none)
  --skip a,b        skip phases: ${PHASES.join(', ')}
  --port N          serve the copy of dist/ on this port (default: any free port)
  --scale-timeout S time limit in seconds of one scaled build (default 300)
  --layout-timeout S time limit in seconds of one layout-benchmark row factor (default 180)
  --trace           also scroll once with a Chromium trace and break long tasks down (adds ~40 s)
  --no-fail         always exit 0, even when a budget is broken
  --help            this text`;

/** A whole number of at least `min`, or an error naming the option. */
function whole(value: string | undefined, name: string, min = 1): number | undefined {
  if (value === undefined) return undefined;
  const v = Number(value);
  if (value.trim() === '' || !Number.isInteger(v) || v < min)
    throw new Error(`--${name} expects a whole number ≥ ${String(min)}, found ${JSON.stringify(value)}`);
  return v;
}

const isPhase = (p: string): p is Phase => (PHASES as readonly string[]).includes(p);

/** The options `argv` gives (undefined for --help); throws, with the usage, on anything else. */
export function readOptions(argv: string[]): Options | undefined {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      strict: true,
      allowPositionals: false,
      options: {
        quick: { type: 'boolean' },
        'no-build': { type: 'boolean' },
        runs: { type: 'string' },
        skip: { type: 'string' },
        port: { type: 'string' },
        'scale-timeout': { type: 'string' },
        'layout-timeout': { type: 'string' },
        trace: { type: 'boolean' },
        editions: { type: 'string' },
        baseline: { type: 'string' },
        'edition-counts': { type: 'string' },
        'no-fail': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (err) {
    throw new Error(`${err instanceof Error ? err.message : String(err)}\n\n${USAGE}`, { cause: err });
  }
  if (values.help) return undefined;
  const skip = new Set<Phase>();
  for (const p of (values.skip ?? '').split(',').filter(Boolean)) {
    if (!isPhase(p)) throw new Error(`unknown phase ${JSON.stringify(p)} for --skip; expected ${PHASES.join(', ')}`);
    skip.add(p);
  }
  const quick = values.quick ?? false;
  const runs = whole(values.runs, 'runs');
  return {
    build: !values['no-build'],
    runs: runs ?? (quick ? 1 : 5),
    quick,
    fail: !values['no-fail'],
    port: whole(values.port, 'port', 0) ?? 0,
    factors: quick ? [1, 10] : [1, 10, 100],
    scaleTimeoutMs: (whole(values['scale-timeout'], 'scale-timeout') ?? 300) * 1000,
    layoutTimeoutMs: (whole(values['layout-timeout'], 'layout-timeout') ?? 180) * 1000,
    trace: values.trace ?? false,
    skip,
    ...(values.editions ? { editions: values.editions.split(',').filter(Boolean) } : {}),
    ...(values.baseline ? { baseline: values.baseline } : {}),
    editionCounts:
      values['edition-counts'] !== undefined
        ? values['edition-counts']
            .split(',')
            .filter(Boolean)
            .map((c) => whole(c, 'edition-counts') ?? 1)
        : quick
          ? []
          : [1, 2],
  };
}
