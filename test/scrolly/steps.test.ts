/** The scrolly's state machine (src/scrolly/steps.ts): step index in, chart state out, no DOM. */
import { describe, expect, it } from 'vitest';
import { stepInView, transition, type ChartState } from '../../src/scrolly/steps.ts';

/** A section with two charts: the map's two states, then the money chart's three. */
const steps: ChartState[] = [
  { chart: 'map', state: 'before' },
  { chart: 'map', state: 'after' },
  { chart: 'money', state: 'week' },
  { chart: 'money', state: 'week' },
  { chart: 'money', state: 'year' },
];

describe('stepInView', () => {
  const tops = [100, 400, 700, 1000];
  it('is the last step whose top has passed the line', () => {
    expect(stepInView(tops, 450)).toBe(1);
    expect(stepInView(tops, 700)).toBe(2);
    expect(stepInView(tops, 5000)).toBe(3);
  });
  it('is the first step before any has passed it, and none for no steps', () => {
    expect(stepInView(tops, 50)).toBe(0);
    expect(stepInView([], 50)).toBe(-1);
  });
  it('stops reading at the first step below the line', () => {
    const read: number[] = [];
    function* lazy() {
      for (const top of tops) {
        read.push(top);
        yield top;
      }
    }
    expect(stepInView(lazy(), 450)).toBe(1);
    expect(read).toEqual([100, 400, 700]);
  });
});

describe('transition', () => {
  it('the first step, as built, changes nothing', () => {
    expect(transition(steps, 0, 0)).toEqual({
      index: 0,
      chart: 'map',
      state: 'before',
      previous: { chart: 'map', state: 'before' },
      stepChanged: false,
      chartChanged: false,
      stateChanged: false,
    });
  });
  it('the next step of the same chart changes its state', () => {
    expect(transition(steps, 0, 1)).toMatchObject({
      chart: 'map',
      state: 'after',
      stepChanged: true,
      chartChanged: false,
      stateChanged: true,
    });
  });
  it('another chart crossfades in', () => {
    expect(transition(steps, 1, 2)).toMatchObject({
      chart: 'money',
      state: 'week',
      previous: { chart: 'map', state: 'after' },
      chartChanged: true,
      stateChanged: true,
    });
  });
  it('a step that asks for the state shown is still another step', () => {
    expect(transition(steps, 2, 3)).toMatchObject({ stepChanged: true, chartChanged: false, stateChanged: false });
  });
  it('going back up gives the earlier step’s state, coming from the later one', () => {
    expect(transition(steps, 4, 1)).toMatchObject({
      index: 1,
      chart: 'map',
      state: 'after',
      previous: { chart: 'money', state: 'year' },
      chartChanged: true,
    });
  });
  it('jumping several steps goes straight to the step in view', () => {
    expect(transition(steps, 0, 4)).toMatchObject({ index: 4, chart: 'money', state: 'year', previous: { chart: 'map', state: 'before' } });
    expect(transition(steps, 4, 0)).toMatchObject({ index: 0, chart: 'map', state: 'before', previous: { chart: 'money', state: 'year' } });
  });
  it('is undefined for no step', () => {
    expect(transition(steps, 0, 5)).toBeUndefined();
    expect(transition(steps, 0, -1)).toBeUndefined();
    expect(transition([], 0, 0)).toBeUndefined();
  });
});
