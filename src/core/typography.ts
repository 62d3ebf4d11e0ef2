/**
 * Typographer's quotes and dashes for text editors type on a keyboard. `smartQuotes` works on
 * HTML: only text between tags changes, never attributes or markup.
 */

/**
 * Typographer's quotes and apostrophes only: for text built from data (chart labels, tooltips,
 * alt text), where a hyphen between digits may be part of a value and stays as it is.
 */
export function curlyQuotes(t: string): string {
  return t
    .replace(/(^|[\s([{\u2014\u2013-])"/g, '$1\u201C') // opening double
    .replace(/"/g, '\u201D') // closing double
    .replace(/(^|[\s([{\u2014\u2013-])'/g, '$1\u2018') // opening single
    .replace(/'/g, '\u2019'); // apostrophe / closing single
}

function smartText(t: string): string {
  return curlyQuotes(t)
    .replace(/ -- /g, ' \u2014 ')
    .replace(/(\d)-(\d)/g, '$1\u2013$2');
}

/** Applies smartText to the text of an HTML fragment (or to plain text). */
export function smartQuotes(html: string): string {
  return html
    .split(/(<[^>]*>)/)
    .map((part) => (part.startsWith('<') ? part : smartText(part.replace(/&quot;/g, '"').replace(/&#39;/g, "'"))))
    .join('');
}
