/**
 * Embed pages take ?theme=light|dark, so a host page can match its own scheme; without it (or
 * without JavaScript) the embed follows the reader's prefers-color-scheme. Static pages cannot read
 * the query at build time, hence this one line of script; the styles react to data-theme
 * (src/styles/global.css).
 */
const theme = new URLSearchParams(location.search).get('theme');
if (theme === 'light' || theme === 'dark') document.documentElement.dataset['theme'] = theme;
