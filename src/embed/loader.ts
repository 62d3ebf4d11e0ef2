/**
 * /embed.js, the script an embedding page loads beside our iframes. It sizes every iframe marked
 * `data-interview-embed` to the height its content reports, and accepts a message only when it
 * comes from our origin, from one of those iframes' own windows, and has exactly the shape of a
 * height message (pym.js's `pymxPYMx<childId>xPYMxheightxPYMx<px>` or AMP's `embed-size`). It
 * changes nothing but the height: a hostile page or frame cannot navigate or script anything
 * through it. No inline code, so it runs under a strict host CSP.
 */
import { parseHeightMessage, pymMessage } from './protocol.ts';

const script = document.currentScript as HTMLScriptElement | null;
const ours = script ? new URL(script.src, location.href).origin : location.origin;

function frames(): HTMLIFrameElement[] {
  return [...document.querySelectorAll<HTMLIFrameElement>('iframe[data-interview-embed]')];
}

function childId(frame: HTMLIFrameElement): string {
  try {
    return new URL(frame.src, location.href).searchParams.getAll('childId').at(-1) ?? 'interview-embed';
  } catch {
    return 'interview-embed';
  }
}

window.addEventListener('message', (event: MessageEvent) => {
  if (event.origin !== ours) return;
  const frame = frames().find((f) => f.contentWindow === event.source);
  if (!frame) return;
  if (new URL(frame.src, location.href).origin !== ours) return;
  const height = parseHeightMessage(event.data, childId(frame));
  if (height === undefined) return;
  frame.style.height = `${height}px`;
  frame.style.aspectRatio = 'auto';
  frame.dataset['sized'] = String(height);
});

/**
 * This script loads async, so an iframe may have loaded and reported its height before anyone
 * listened. Ask each one, as pym.js's Parent does, with a width message (only to our origin): the
 * embed answers every width message with its height. Frames still loading report on their own.
 */
function ask(frame: HTMLIFrameElement): void {
  try {
    if (new URL(frame.src, location.href).origin !== ours) return;
  } catch {
    return;
  }
  frame.contentWindow?.postMessage(pymMessage(childId(frame), 'width', frame.offsetWidth), ours);
}
for (const frame of frames()) {
  ask(frame);
  frame.addEventListener('load', () => {
    ask(frame);
  });
}
