/**
 * Where a reload or a return puts the reader: at the step they were reading, not at the pixel
 * offset the browser would restore, which a font that arrived late or a chart that grew has moved
 * (the graphic then showed the step before). A page opened at a step's link lands on that step.
 */
const KEY = 'interview:step';

/** The active step of the section on screen, if any, among each section's active step (`active`, in page order). */
function stepInView(active: readonly HTMLElement[]): HTMLElement | undefined {
  return active.find((step) => {
    const box = step.closest('.scrolly')?.getBoundingClientRect();
    return box !== undefined && box.top < window.innerHeight && box.bottom > 0;
  });
}

function remember(active: readonly HTMLElement[]): void {
  try {
    sessionStorage.setItem(KEY, JSON.stringify({ step: stepInView(active)?.id ?? '', y: window.scrollY }));
  } catch {
    // Storage refused (private mode, quota): the browser's own restoration is all there is.
  }
}

function recalled(): { step: string; y: number } | undefined {
  try {
    const saved: unknown = JSON.parse(sessionStorage.getItem(KEY) ?? 'null');
    if (saved && typeof saved === 'object' && 'step' in saved && 'y' in saved) {
      const { step, y } = saved;
      if (typeof step === 'string' && typeof y === 'number') return { step, y };
    }
  } catch {
    // Nothing usable saved.
  }
  return undefined;
}

/** The element the URL's fragment names, if any (a malformed fragment names none, and throws nothing). */
export function hashTarget(): HTMLElement | null {
  if (location.hash.length < 2) return null;
  try {
    return document.getElementById(decodeURIComponent(location.hash.slice(1)));
  } catch {
    return null;
  }
}

/**
 * Takes over scroll restoration; call once the landings are placed. Until `signal` aborts, the
 * step to come back to is remembered as the page is left, from `active()`: the step each section
 * has made active, in page order (a section that has made none has none).
 */
export function restorePlace(signal: AbortSignal, active: () => HTMLElement[]): void {
  const navigation = performance.getEntriesByType('navigation')[0];
  const type = navigation instanceof PerformanceNavigationTiming ? navigation.type : 'navigate';
  const hashStep = hashTarget();
  const saved = type === 'navigate' ? undefined : recalled();
  window.addEventListener(
    'pagehide',
    () => {
      remember(active());
    },
    { signal },
  );
  if ('scrollRestoration' in history) history.scrollRestoration = 'manual';
  const step = saved ? (saved.step ? document.getElementById(saved.step) : null) : hashStep;
  if (step?.matches('.step')) step.scrollIntoView({ block: 'start', behavior: 'instant' });
  else if (saved) window.scrollTo({ top: saved.y, behavior: 'instant' });
  else if (hashStep) hashStep.scrollIntoView({ block: 'start', behavior: 'instant' });
}
