// @vitest-environment jsdom
/** join(): the browser's enter/update/exit of keyed marks, with and without animation. */
import { describe, expect, it } from 'vitest';
import type { MarkTuple } from '../../src/lib/state-data.ts';
import { join } from '../../src/scrolly/join.ts';

const A: MarkTuple[] = [
  ['rect', { 'data-key': 'bar:a', class: 'bar', opacity: 0.5, x: 0, y: 10, width: 20, height: 30, rx: 2 }],
  ['text', { 'data-key': 'label:a', class: 'text-label', x: 10, y: 5, 'text-anchor': 'middle' }, 'A'],
  ['line', { 'data-key': 'gone', x1: 0, y1: 0, x2: 5, y2: 5 }],
];
// B: a new first mark, the label now painted under the bar, the bar loses rx and opacity,
// the label its anchor and text; "gone" leaves.
const B: MarkTuple[] = [
  ['circle', { 'data-key': 'new', cx: 3, cy: 4, r: 5 }],
  ['text', { 'data-key': 'label:a', class: 'text-label is-highlight', x: 12, y: 5 }, 'A, now'],
  ['rect', { 'data-key': 'bar:a', class: 'bar', x: 40, y: 10, width: 20, height: 60 }],
];

function svg(): SVGSVGElement {
  const s = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
  document.body.append(s);
  return s;
}

/** Each child as tag, attributes (sorted: their order in the DOM means nothing to a reader) and text. */
function dom(s: Element): string[] {
  return [...s.children].map(
    (e) =>
      `${e.tagName} ${[...e.attributes]
        .map((a) => `${a.name}=${a.value}`)
        .sort()
        .join(' ')} ${e.textContent}`,
  );
}
function want(marks: MarkTuple[]): string[] {
  return marks.map(
    ([tag, attrs, text]) =>
      `${tag} ${Object.entries(attrs)
        .map(([n, v]) => `${n}=${String(v)}`)
        .sort()
        .join(' ')} ${text ?? ''}`,
  );
}
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('join', () => {
  it('draws a state from nothing, in paint order', () => {
    const s = svg();
    join(s, A, 0);
    expect(dom(s)).toEqual(want(A));
  });

  it('at once: enters, updates, removes attributes the target lacks, exits, and orders by paint order', () => {
    const s = svg();
    join(s, A, 0);
    join(s, B, 0);
    expect(dom(s)).toEqual(want(B));
  });

  it('animated: entering marks start transparent, leaving ones fade, and the end state is exact', async () => {
    const s = svg();
    join(s, A, 0);
    join(s, B, 60);
    expect(s.querySelector('[data-key="new"]')?.getAttribute('opacity')).toBe('0');
    expect(s.querySelector('[data-key="gone"]')).not.toBeNull();
    expect(s.firstElementChild?.getAttribute('data-key')).toBe('new');
    await sleep(300);
    expect(dom(s)).toEqual(want(B));
  });

  it('a new state mid-transition supersedes the running one (fast scrolling)', async () => {
    const s = svg();
    join(s, A, 0);
    join(s, B, 200);
    await sleep(50);
    join(s, A, 60);
    await sleep(400);
    expect(dom(s)).toEqual(want(A));
  });

  it('leaves what others added to the marks alone, and owns only its attributes and new text', () => {
    const s = svg();
    join(s, A, 0);
    const label = s.querySelector('[data-key="label:a"]');
    const bar = s.querySelector('[data-key="bar:a"]');
    if (!(label instanceof SVGElement) || !(bar instanceof SVGElement)) throw new Error('no marks');
    // An extension's attributes and styles, a translator's <font>-wrapped text.
    for (const el of s.children) {
      el.setAttribute('fdprocessedid', 'x1');
      if (el instanceof SVGElement) el.style.setProperty('--ext', '1');
    }
    label.innerHTML = '<font><font>Ä</font></font>';
    join(s, A, 0);
    expect(label.textContent, 'the same text: the translation stays').toBe('Ä');
    join(s, B, 0);
    const own = [...bar.attributes].filter((a) => a.name !== 'fdprocessedid' && a.name !== 'style').map((a) => `${a.name}=${a.value}`);
    expect(own.sort()).toEqual(['class=bar', 'data-key=bar:a', 'height=60', 'width=20', 'x=40', 'y=10']);
    expect(bar.getAttribute('fdprocessedid')).toBe('x1');
    expect(bar.style.getPropertyValue('--ext')).toBe('1');
    expect(label.childElementCount, 'a new text replaces the translation').toBe(0);
    expect(label.textContent).toBe('A, now');
  });
});
