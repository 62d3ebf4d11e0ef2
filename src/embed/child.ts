/**
 * Runs inside an embed page: tells the host page how tall the embed is, on load, on resize and
 * whenever the content changes size. Posts only to the parent, and only height.
 */
import { ampMessage, pymMessage } from './protocol.ts';

const params = new URLSearchParams(location.search);
const id = params.get('childId') ?? 'interview-embed';
let last = -1;

function send(): void {
  const h = Math.ceil(document.documentElement.getBoundingClientRect().height);
  if (h === last || window.parent === window) return;
  last = h;
  window.parent.postMessage(pymMessage(id, h), '*');
  window.parent.postMessage(ampMessage(h), '*');
}

new ResizeObserver(send).observe(document.documentElement);
window.addEventListener('load', send);
send();
