/**
 * What a browser-script instance holds and must let go of: its event listeners (added with the
 * scope's `signal`), its timers and frames, and anything else it hands to `onDestroy`. One
 * `destroy()` ends them all; a timer or frame that has run or been cancelled is forgotten.
 */
export interface Scope {
  /** Pass as `{ signal }` to addEventListener: the listener goes with the scope. */
  readonly signal: AbortSignal;
  readonly timeout: (fn: () => void, ms?: number) => number;
  readonly clearTimeout: (id: number) => void;
  readonly frame: (fn: () => void) => number;
  readonly cancelFrame: (id: number) => void;
  readonly onDestroy: (fn: () => void) => void;
  readonly destroy: () => void;
}

export function createScope(): Scope {
  const abort = new AbortController();
  const timers = new Set<number>();
  const frames = new Set<number>();
  const disposers: (() => void)[] = [];
  return {
    signal: abort.signal,
    timeout: (fn, ms = 0) => {
      const id = window.setTimeout(() => {
        timers.delete(id);
        fn();
      }, ms);
      timers.add(id);
      return id;
    },
    clearTimeout: (id) => {
      window.clearTimeout(id);
      timers.delete(id);
    },
    frame: (fn) => {
      const id = requestAnimationFrame(() => {
        frames.delete(id);
        fn();
      });
      frames.add(id);
      return id;
    },
    cancelFrame: (id) => {
      cancelAnimationFrame(id);
      frames.delete(id);
    },
    onDestroy: (fn) => {
      disposers.push(fn);
    },
    destroy: () => {
      if (abort.signal.aborted) return;
      abort.abort();
      for (const id of timers) window.clearTimeout(id);
      for (const id of frames) cancelAnimationFrame(id);
      timers.clear();
      frames.clear();
      for (const fn of disposers.splice(0)) fn();
    },
  };
}
