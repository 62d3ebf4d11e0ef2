/**
 * Runs inside an embed page: tells the host page how tall the embed is, at once, whenever the
 * content changes size, and whenever a pym.js Parent sends its width (a pym.js Child answers
 * every width message with its height). The id is the `childId` query parameter, which pym.js's
 * Parent adds to the iframe URL and our snippet writes. Posts only to the parent, and only height.
 * It also applies ?theme=light|dark, so a host page can match its own scheme; without it (or
 * without JavaScript) the embed follows the reader's prefers-color-scheme (the styles react to
 * data-theme, src/styles/global.css). One script per embed page: its JavaScript stays under 1 KB
 * with /embed.js.
 */
import { ampMessage, parseWidthMessage, pymMessage } from './protocol.ts';

// pym.js's Parent appends its own `childId` to the URL it is given: when that URL already had one
// (copied from our snippet), the last is the id of the page that is listening.
const query = new URLSearchParams(location.search);
const id = query.getAll('childId').at(-1) || 'interview-embed';
const root = document.documentElement;
// Only data-theme="light" and "dark" have styles: any other value changes nothing.
const theme = query.get('theme');
if (theme) root.dataset['theme'] = theme;
let last = -1;

/** Posts the height in both formats; `always` answers a width message even when it has not changed. */
function send(always?: boolean): void {
  const h = Math.ceil(root.getBoundingClientRect().height);
  // (Opened directly, `parent` is this window: the messages come back here and are ignored.)
  if (h === last && !always) return;
  last = h;
  parent.postMessage(pymMessage(id, 'height', h), '*');
  // A pym.js Child answers a width message with its height message alone.
  if (!always) parent.postMessage(ampMessage(h), '*');
}

addEventListener('message', (event: MessageEvent) => {
  // Only the page that frames us may ask; anything else could only make us post our height.
  if (event.source === parent && parseWidthMessage(event.data, id) !== undefined) send(true);
});
// A ResizeObserver reports every change of size, including those when fonts and images load.
new ResizeObserver(() => {
  send();
}).observe(root);
send();
