/**
 * Runs inside an embed page: tells the host page how tall the embed is, on load, whenever the
 * content changes size, and whenever a pym.js Parent sends its width (a pym.js Child answers
 * every width message with its height). The id is the `childId` query parameter, which pym.js's
 * Parent adds to the iframe URL and our snippet writes. Posts only to the parent, and only height.
 */
import { ampMessage, parseWidthMessage, pymMessage } from './protocol.ts';

// pym.js's Parent appends its own `childId` to the URL it is given: when that URL already had one
// (copied from our snippet), the last is the id of the page that is listening.
const id = new URLSearchParams(location.search).getAll('childId').at(-1) || 'interview-embed';
let last = -1;

function height(): number {
  return Math.ceil(document.documentElement.getBoundingClientRect().height);
}

function send(): void {
  const h = height();
  if (h === last || window.parent === window) return;
  last = h;
  window.parent.postMessage(pymMessage(id, 'height', h), '*');
  window.parent.postMessage(ampMessage(h), '*');
}

window.addEventListener('message', (event: MessageEvent) => {
  // Only the page that frames us may ask; anything else could only make us post our height.
  if (event.source !== window.parent || window.parent === window) return;
  if (parseWidthMessage(event.data, id) === undefined) return;
  last = height();
  window.parent.postMessage(pymMessage(id, 'height', last), '*');
});
new ResizeObserver(send).observe(document.documentElement);
window.addEventListener('load', send);
send();
