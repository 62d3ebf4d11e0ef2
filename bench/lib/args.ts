/** Command-line options of `npm run bench -- [options]`. */

export type Phase = 'build' | 'cold' | 'lighthouse' | 'reference' | 'scroll' | 'scaling';
export const PHASES: readonly Phase[] = ['build', 'cold', 'lighthouse', 'reference', 'scroll', 'scaling'];

export interface Options {
  /** Run `npm run build` first (else reuse dist/). */
  build: boolean;
  /** Lighthouse runs per preset for the article (medians reported). */
  runs: number;
  /** Lighthouse runs per preset for each embed page. */
  embedRuns: number;
  /** Embed pages: 'all' = every chart's default page and one state page per chart. */
  embeds: 'all' | 'few';
  quick: boolean;
  /** Exit non-zero when a budget is broken. */
  fail: boolean;
  /** Pixels scrolled per animation frame in the scroll test. */
  scrollPx: number;
  scrollDriver: 'gesture' | 'scrollby';
  /** Time limit of the 4x steps / 100x rows build, in ms. */
  scaleTimeoutMs: number;
  /** Also scroll once with a performance trace and break the long tasks down (diagnosis). */
  trace: boolean;
  skip: Set<Phase>;
}

export const USAGE = `npm run bench -- [options]

  --no-build        reuse dist/ instead of running npm run build (also skips the cold build)
  --runs N          Lighthouse runs per preset for the article (default 3; medians are reported)
  --embed-runs N    Lighthouse runs per preset for each embed page (default 1)
  --quick           1 run, 2 embed pages, no cold build, no scaling, no gzip reference run
  --no-scaling      skip the 4x steps / 100x rows build-scaling test
  --skip a,b        skip phases: ${PHASES.join(', ')}
  --scroll-px N     scroll speed in pixels per frame at 60 Hz (default 16, i.e. 960 px/s)
  --scroll-driver D gesture (default: a smooth wheel scroll synthesized by Chromium) or scrollby
                    (window.scrollBy each frame; fires a scrollend event every frame)
  --scale-timeout S time limit in seconds for the 4x steps / 100x rows build (default 120)
  --trace           also scroll once with a Chromium trace and break long tasks down (adds ~40 s)
  --no-fail         always exit 0, even when a budget is broken
  --help            this text`;

export function parseArgs(argv: readonly string[]): Options {
  const o: Options = {
    build: true,
    runs: 3,
    embedRuns: 1,
    embeds: 'all',
    quick: false,
    fail: true,
    scrollPx: 16,
    scrollDriver: 'gesture',
    scaleTimeoutMs: 120_000,
    trace: false,
    skip: new Set(),
  };
  let runsGiven = false;
  const num = (i: number, name: string): number => {
    const v = Number(argv[i + 1]);
    if (!Number.isFinite(v) || v < 1) throw new Error(`${name} expects a positive number, found ${JSON.stringify(argv[i + 1])}`);
    return Math.floor(v);
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    switch (a) {
      case '--no-build':
        o.build = false;
        break;
      case '--runs':
        o.runs = num(i++, a);
        runsGiven = true;
        break;
      case '--embed-runs':
        o.embedRuns = num(i++, a);
        break;
      case '--quick':
        o.quick = true;
        break;
      case '--no-scaling':
        o.skip.add('scaling');
        break;
      case '--trace':
        o.trace = true;
        break;
      case '--no-fail':
        o.fail = false;
        break;
      case '--scroll-px':
        o.scrollPx = num(i++, a);
        break;
      case '--scroll-driver': {
        const d = argv[++i];
        if (d !== 'gesture' && d !== 'scrollby') throw new Error(`--scroll-driver expects gesture or scrollby, found ${JSON.stringify(d)}`);
        o.scrollDriver = d;
        break;
      }
      case '--scale-timeout':
        o.scaleTimeoutMs = num(i++, a) * 1000;
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
    o.embeds = 'few';
    o.skip.add('scaling');
    o.skip.add('cold');
    o.skip.add('reference');
  }
  if (!o.build) o.skip.add('cold');
  return o;
}
