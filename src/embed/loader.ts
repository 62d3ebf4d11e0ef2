/**
 * /embed.js, the script an embedding page loads beside our iframes. It sizes every iframe marked
 * `data-interview-embed` to the height its content reports, and accepts a message only when it
 * comes from our origin, from one of those iframes' own windows, and has exactly the shape of
 * pym.js's height message (`pymxPYMx<childId>xPYMxheightxPYMx<px>`, which our embeds always send;
 * they send AMP's `embed-size` too, for AMP hosts). It changes nothing but the height: a hostile
 * page or frame cannot navigate or script anything through it. No inline code, so it runs under a
 * strict host CSP. Kept small: with an embed's own script it must stay under 1 KB gzip.
 */
import { parsePymHeight, pymMessage } from './protocol.ts';

// A classic script (the snippet's <script src async>), so currentScript is this one while it runs.
const ours = new URL((document.currentScript as HTMLScriptElement).src).origin;
/** Queried each time: more snippets (and their iframes) may be parsed after this async script ran. */
const frames = () => document.querySelectorAll<HTMLIFrameElement>('iframe[data-interview-embed]');

/** pym.js's Parent appends its own childId to a URL copied from our snippet: the last one is the listener's. */
function childId(frame: HTMLIFrameElement): string {
  // (frame.src reads as an absolute URL.)
  return new URL(frame.src).searchParams.getAll('childId').at(-1) ?? 'interview-embed';
}

addEventListener('message', (event: MessageEvent) => {
  // A message from our origin out of that iframe's own window: the document in it is ours.
  if (event.origin === ours)
    for (const frame of frames())
      if (frame.contentWindow === event.source) {
        const height = String(parsePymHeight(event.data, childId(frame)) ?? '');
        if (height) {
          // With a height (and the snippet's width), the snippet's aspect-ratio no longer applies.
          frame.style.height = height + 'px';
          frame.dataset['sized'] = height;
        }
      }
});

/**
 * This script loads async, so an iframe may have loaded and reported its height before anyone
 * listened. Ask each one, as pym.js's Parent does, with a width message: the embed answers every
 * width message with its height. Posted to our origin only, so a frame showing anything else never
 * receives it; frames still loading report on their own, and again when they load.
 */
for (const frame of frames()) {
  const ask = () => frame.contentWindow?.postMessage(pymMessage(childId(frame), 'width', frame.offsetWidth), ours);
  ask();
  frame.addEventListener('load', ask);
}
