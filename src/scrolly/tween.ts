/**
 * One animation per chart: every attribute that moves in a step (entering marks fading in,
 * updated ones tweening, leaving ones fading out) advances in the same animation frame callback.
 * d3-transition gave each mark its own transition, scheduled and started one by one: with ~100
 * marks per step that was a long task in the very frame the step changed (issue 9's scroll
 * benchmark). Values interpolate as d3's interpolateString does: the numbers in the target's
 * text move from the numbers at the same places in the current text (so "12", paths and
 * transforms with the same commands all tween); eased with cubic in-out, d3-transition's default.
 */
import { easeCubicInOut } from 'd3-ease';

const NUMBER = /[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?/g;

/** A function from eased time (0..1) to the attribute's text, from `a` to `b`. */
export function interpolate(a: string, b: string): (k: number) => string {
  const from = a.match(NUMBER) ?? [];
  const parts = b.split(NUMBER);
  const to = b.match(NUMBER) ?? [];
  if (to.length === 0) return (k) => (k < 1 ? a : b);
  return (k) => {
    if (k >= 1) return b;
    let out = parts[0] ?? '';
    to.forEach((t, i) => {
      const f = from[i];
      const v = f === undefined ? +t : +f + (+t - +f) * k;
      out += String(f === undefined ? t : Math.round(v * 1e6) / 1e6) + (parts[i + 1] ?? '');
    });
    return out;
  };
}

interface Tween {
  el: Element;
  name: string;
  at: (k: number) => string;
}

/** The moves of one chart's step, run together; `stop` freezes them where they are. */
export class Animation {
  private readonly tweens: Tween[] = [];
  private readonly ends: (() => void)[] = [];
  private handle = 0;
  private stopped = false;
  private readonly duration: number;

  constructor(duration: number) {
    this.duration = duration;
  }

  /** Moves `name` of `el` from its current value to `to`. */
  attr(el: Element, name: string, to: string): void {
    this.tweens.push({ el, name, at: interpolate(el.getAttribute(name) ?? to, to) });
  }

  /** Runs `fn` once every tween has arrived (never, if stopped first). */
  onEnd(fn: () => void): void {
    this.ends.push(fn);
  }

  start(): void {
    if (this.tweens.length === 0 && this.ends.length === 0) return;
    let start: number | undefined;
    const tick = (now: number): void => {
      if (this.stopped) return;
      start ??= now;
      const t = Math.min(1, (now - start) / this.duration);
      const k = easeCubicInOut(t);
      for (const { el, name, at } of this.tweens) el.setAttribute(name, at(t >= 1 ? 1 : k));
      if (t < 1) this.handle = nextFrame(tick);
      else for (const fn of this.ends) fn();
    };
    this.handle = nextFrame(tick);
  }

  /** Interrupts (like d3's interrupt): attributes stay at their current values, no end runs. */
  stop(): void {
    this.stopped = true;
    cancelFrame(this.handle);
  }
}

// Animation frames where the browser has them (jsdom in the unit tests may not): ~60 Hz otherwise.
const hasFrames = typeof requestAnimationFrame === 'function';
function nextFrame(fn: (now: number) => void): number {
  return hasFrames
    ? requestAnimationFrame(fn)
    : Number(
        setTimeout(() => {
          fn(performance.now());
        }, 16),
      );
}
function cancelFrame(handle: number): void {
  if (hasFrames) cancelAnimationFrame(handle);
  else clearTimeout(handle);
}
