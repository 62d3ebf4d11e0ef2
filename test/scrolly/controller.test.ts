// @vitest-environment jsdom
/**
 * The controller and the tooltips as instances (src/scrolly/controller.ts, tooltip.ts) on a page
 * with jsdom's stand-ins for layout (test/scrolly/page.ts): the statechange event each applied
 * step dispatches, the graphic it leaves, and destroy() letting go of everything.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createScrolly, type Scrolly } from '../../src/scrolly/controller.ts';
import type { StateChangeDetail } from '../../src/scrolly/statechange.ts';
import { createTooltips } from '../../src/scrolly/tooltip.ts';
import { buildPage, installStubs, intersect, offsetFor, scrollTo, settled } from './page.ts';

let events: StateChangeDetail[] = [];
const record = (e: CustomEvent<StateChangeDetail>) => events.push(e.detail);
const seen = () => events.map((d) => `${d.step.id} ${d.chart}/${d.state}`);
let instances: Scrolly[] = [];

/** Scrolls so `id` is the step in view, and waits for the controller's check after a resize. */
async function readTo(id: string): Promise<void> {
  scrollTo(offsetFor(id));
  window.dispatchEvent(new Event('resize'));
  await settled();
}

/** A scrolly on the page, its sections started as they come near. */
async function started(): Promise<Scrolly> {
  const scrolly = createScrolly(document);
  instances.push(scrolly);
  for (const chapter of document.querySelectorAll('.chapter')) intersect(chapter);
  await settled();
  return scrolly;
}

beforeEach(() => {
  installStubs();
  // jsdom has no navigation timing: every load is a plain navigation.
  vi.stubGlobal('PerformanceNavigationTiming', Object);
  buildPage([
    {
      id: 'hack',
      steps: [
        ['map', 'before'],
        ['map', 'after'],
        ['money', 'week'],
        ['money', 'year'],
      ],
    },
    {
      id: 'release',
      steps: [
        ['hours', 'day'],
        ['hours', 'week'],
      ],
    },
  ]);
  events = [];
  document.addEventListener('statechange', record);
});
afterEach(() => {
  for (const s of instances) s.destroy();
  instances = [];
  document.removeEventListener('statechange', record);
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('createScrolly', () => {
  it('does nothing until created, and nothing at the first step, which the page is built with', async () => {
    await settled();
    expect(document.body.dataset['trigger']).toBeUndefined();
    await started();
    expect(document.body.dataset['trigger']).toBe('0.6');
    expect(events).toEqual([]);
  });

  it('applies the step in view: its state on the graphic, an event with what changed', async () => {
    await started();
    await readTo('hack-1');
    expect(seen()).toEqual(['hack-1 map/after']);
    const [detail] = events;
    const graphic = document.querySelector<HTMLElement>('#hack .scrolly__graphic')!;
    expect(detail).toMatchObject({
      index: 1,
      previous: { chart: 'map', state: 'before' },
      chartChanged: false,
      stateChanged: true,
      graphic,
    });
    expect(detail?.section).toBe(graphic.parentElement);
    expect(graphic.dataset['state']).toBe('map/after');
    expect(graphic.dataset['step']).toBe('hack-1');
    expect(document.querySelector('.step.is-active')?.id).toBe('hack-1');
  });

  it('redraw() announces each started section at the step it shows, for the states that came in late', async () => {
    await started();
    await readTo('hack-3');
    events = [];
    instances[0]?.redraw();
    expect(seen()).toEqual(['hack-3 money/year', 'release-0 hours/day']);
    expect(events[0]).toMatchObject({ index: 3, stateChanged: true, previous: { chart: 'money', state: 'year' } });
    expect(document.querySelector<HTMLElement>('#hack .scrolly__graphic')?.dataset['step']).toBe('hack-3');
  });

  it('crossfades to the section’s other chart, jumps several steps at once, and goes back up', async () => {
    await started();
    await readTo('hack-3');
    expect(seen()).toEqual(['hack-3 money/year']);
    expect(events[0]).toMatchObject({ chartChanged: true, previous: { chart: 'map', state: 'before' } });
    const live = (chart: string) => document.querySelector<HTMLElement>(`#hack .live-figure[data-chart="${chart}"]`)!;
    expect([live('map').hidden, live('money').hidden]).toEqual([true, false]);
    await readTo('hack-0');
    expect(seen()).toEqual(['hack-3 money/year', 'hack-0 map/before']);
    expect(events[1]).toMatchObject({ chartChanged: true, previous: { chart: 'money', state: 'year' } });
    expect([live('map').hidden, live('money').hidden]).toEqual([false, true]);
    expect(document.querySelectorAll('.step.is-active').length).toBe(1);
  });

  it('reading into the next chapter leaves the one above at its last step', async () => {
    await started();
    await readTo('release-1');
    expect(seen()).toEqual(['hack-3 money/year', 'release-1 hours/week']);
  });

  it('applies what scrollama reports, once per step entered', async () => {
    await started();
    const step = document.getElementById('hack-2')!;
    intersect(step);
    intersect(step);
    expect(seen()).toEqual(['hack-2 money/week']);
    // A check when scrolling stops finds the graphic right: nothing to apply.
    scrollTo(offsetFor('hack-2'));
    window.dispatchEvent(new Event('scrollend'));
    await settled();
    expect(seen()).toEqual(['hack-2 money/week']);
  });

  it('destroy() lets go of every listener and observer; a new instance works alone', async () => {
    const first = await started();
    first.destroy();
    await readTo('hack-1');
    intersect(document.getElementById('hack-2')!);
    window.dispatchEvent(new Event('scrollend'));
    await settled();
    expect(events).toEqual([]);

    await started();
    await readTo('hack-1');
    expect(seen()).toEqual(['hack-1 map/after']);
    intersect(document.getElementById('hack-2')!);
    expect(seen()).toEqual(['hack-1 map/after', 'hack-2 money/week']);
  });

  it('drives one section when given one', async () => {
    const section = document.querySelector<HTMLElement>('#release .scrolly')!;
    const scrolly = createScrolly(section);
    instances.push(scrolly);
    expect(scrolly.sections).toEqual([section]);
    intersect(section.closest('.chapter')!);
    await settled();
    await readTo('release-1');
    expect(seen()).toEqual(['release-1 hours/week']);
  });
});

describe('createTooltips', () => {
  it('sets up one layer a graphic in idle time, and destroy() removes them', async () => {
    const tooltips = createTooltips(document, { tips: {} });
    expect(document.querySelectorAll('.tips').length).toBe(0);
    await vi.waitFor(() => {
      expect(document.querySelectorAll('.tips').length).toBe(2);
    });
    expect([...document.querySelectorAll('[role="tooltip"]')].map((t) => t.id)).toEqual(['tip-0', 'tip-1']);
    tooltips.destroy();
    expect(document.querySelectorAll('.tips, .tip').length).toBe(0);
  });
});
