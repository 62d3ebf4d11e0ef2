/** Command-line options of `npm run bench -- [options]`. */

export type Phase = 'lighthouse' | 'size' | 'scroll' | 'layout' | 'scaling';
export const PHASES: readonly Phase[] = ['lighthouse', 'size', 'scroll', 'layout', 'scaling'];

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
}

export const USAGE = `npm run bench -- [options]

  --quick           1 Lighthouse run, one embed page, rows scaled 1x and 10x only (for iterating)
  --no-build        measure dist/ as it is instead of running npm run build first
  --runs N          Lighthouse runs per preset for the article (default 5; medians are reported)
  --skip a,b        skip phases: ${PHASES.join(', ')}
  --port N          serve the copy of dist/ on this port (default: any free port)
  --scale-timeout S time limit in seconds of one scaled build (default 300)
  --layout-timeout S time limit in seconds of one layout-benchmark row factor (default 180)
  --trace           also scroll once with a Chromium trace and break long tasks down (adds ~40 s)
  --no-fail         always exit 0, even when a budget is broken
  --help            this text`;

export function parseArgs(argv: readonly string[]): Options {
  const o: Options = {
    build: true,
    runs: 5,
    quick: false,
    fail: true,
    port: 0,
    factors: [1, 10, 100],
    scaleTimeoutMs: 300_000,
    layoutTimeoutMs: 180_000,
    trace: false,
    skip: new Set(),
  };
  let runsGiven = false;
  const num = (i: number, name: string, min = 1): number => {
    const v = Number(argv[i + 1]);
    if (!Number.isInteger(v) || v < min)
      throw new Error(`${name} expects a whole number ≥ ${String(min)}, found ${JSON.stringify(argv[i + 1])}`);
    return v;
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    switch (a) {
      case '--quick':
        o.quick = true;
        break;
      case '--no-build':
        o.build = false;
        break;
      case '--runs':
        o.runs = num(i++, a);
        runsGiven = true;
        break;
      case '--port':
        o.port = num(i++, a, 0);
        break;
      case '--scale-timeout':
        o.scaleTimeoutMs = num(i++, a) * 1000;
        break;
      case '--layout-timeout':
        o.layoutTimeoutMs = num(i++, a) * 1000;
        break;
      case '--trace':
        o.trace = true;
        break;
      case '--no-fail':
        o.fail = false;
        break;
      case '--skip':
        for (const p of (argv[++i] ?? '').split(',').filter(Boolean)) {
          if (!(PHASES as readonly string[]).includes(p))
            throw new Error(`unknown phase ${JSON.stringify(p)} for --skip; expected ${PHASES.join(', ')}`);
          o.skip.add(p as Phase);
        }
        break;
      case '--help':
      case '-h':
        console.log(USAGE);
        return process.exit(0);
      default:
        throw new Error(`unknown option ${JSON.stringify(a)}\n\n${USAGE}`);
    }
  }
  if (o.quick) {
    if (!runsGiven) o.runs = 1;
    o.factors = [1, 10];
  }
  return o;
}
