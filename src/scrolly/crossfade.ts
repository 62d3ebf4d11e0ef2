/**
 * Switching charts inside a chapter: the chapter's live figures share one grid cell, and the one
 * leaving fades out while the one arriving fades in. A switch that comes mid-fade turns each
 * figure around from the opacity it has reached, so a fast scroll never leaves two figures
 * showing. With no duration (reduced motion, jumps) the switch is instant.
 */
const fades = new WeakMap<HTMLElement, { animation: Animation; showing: boolean }>();

/** Shows `incoming` and hides the other live figures of `graphic`, fading over `duration` ms. */
export function showFigure(graphic: Element, incoming: Element, duration: number): void {
  for (const live of graphic.querySelectorAll<HTMLElement>('.live-figure')) {
    const show = live === incoming;
    const fade = fades.get(live);
    const showing = fade ? fade.showing : !live.hidden;
    if (show === showing) continue;
    // Read before anything changes: the opacity a fade has reached (a style read, no layout).
    const from = live.hidden ? 0 : fade ? Number(getComputedStyle(live).opacity) : 1;
    fade?.animation.cancel();
    fades.delete(live);
    if (duration <= 0) {
      live.hidden = !show;
      continue;
    }
    live.hidden = false;
    const to = show ? 1 : 0;
    const animation = live.animate({ opacity: [from, to] }, { duration: duration * Math.abs(to - from), easing: 'ease-in-out' });
    fades.set(live, { animation, showing: show });
    animation.finished.then(
      () => {
        fades.delete(live);
        if (!show) live.hidden = true;
      },
      // Cancelled by a newer switch, which has taken the figure over.
      () => undefined,
    );
  }
}
