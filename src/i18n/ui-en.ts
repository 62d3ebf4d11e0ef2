/**
 * The English interface strings of the pages, components and embeds (not the charts': those are in
 * src/charts/<id>/messages.ts). Keys are `area.what`; `{name}` is a variable. Where a variable
 * stands for markup (a link, a <time>), the component renders the string with <Phrase> and fills
 * that variable with the element; the words around it stay in the catalog, in the language's order.
 */
import type { Catalog } from './words.ts';

export const ui = {
  // Editions
  'i18n.switcher': 'Read this story in',
  'i18n.switcher-end': 'This story in other languages',
  'i18n.stale-note': 'This passage is being translated; it is shown in English.',
  'i18n.missing-note': 'This passage has not been translated yet; it is shown in English.',

  // The article
  'article.skip': 'Skip to the story',
  'article.kicker': 'Explainer',
  'article.updated': 'Updated {date}',
  'article.footer': 'Built from versioned data; every figure links to its source.',
  'corrections.heading': 'Updates and corrections',
  'corrections.none':
    'No figure has been corrected since publication. Any change to the data will be listed here, with the charts it affects.',
  'corrections.item': '{date}: {change}',
  'corrections.what': '({dataset}, now {version}; affects {charts}.)',
  'corrections.version': 'version {version}',
  'sources.heading': 'Sources and method',
  'sources.method':
    'Every figure in this article comes from the datasets below and cites the reports it was taken from; the small numbered marker after each sentence with figures opens its sources, and each of those links to this list. Piracy counts are estimates by different trackers using different methods, so each is shown as its own series and never added together. Times are U.S. Eastern. Where sources disagree, the article gives the range and names them.',
  'sources.no-url': 'No web address on record.',
  'data.heading': 'Data',
  'data.intro':
    'Every dataset can be downloaded as it stands now and at each earlier version. All of them, with their columns, are described in {datapackage} (Frictionless Data).',
  'data.item': '{title}, version {version}, updated {date}. Download: {csv}, {json}.',
  'data.versions': 'Versions of {title}',
  'data.version': 'Version {version}, {date}: {change}',
  'data.version-csv': 'Version {version} of {title} as CSV',
  'data.csv': 'CSV',
  'data.json': 'JSON',
  'problems.title': 'Content problems',
  'problems.heading.one': 'The content has {count} problem',
  'problems.heading.other': 'The content has {count} problems',
  'problems.fix': 'Fix these in content/ and save; this page reloads. {command} prints the same list.',

  // The first screen
  'hero.what': 'pirate downloads after {hours}, by {tracker}’s estimate',
  'hero.more': 'How the counts grew, and what they cannot show',

  // Sharing and copying (the scripts read these from data attributes of the page)
  'share.label': 'Share this story',
  'share.shared': 'Shared.',
  'share.copied': 'Link to the story copied.',
  'share.copied-label': 'Link copied',
  'share.selected': 'Your browser did not let us copy: the link is selected in the field beside the button, copy it with Ctrl+C or ⌘C.',
  'share.selected-label': 'Copy the link below',
  'copy.copied': 'Copied.',
  'copy.copied-label': 'Copied',
  'copy.selected': 'Your browser did not let us copy: the text is selected, copy it with Ctrl+C or ⌘C.',
  'copy.selected-label': 'Selected: press Ctrl+C',
  'copy.link-copied': 'Link copied.',
  'copy.link-copied-label': 'Link copied',
  'copy.link-selected-label': 'Link selected below',
  'copy.field': 'Link to copy',
  'tips.label': 'Data points',

  // Citations
  'cite.sources': 'Sources',
  'cite.note': 'Note {n}, sources',
  'cite.note-head': '[{n}] Sources',
  'cite.in-list': 'source {n} in the list',
  'cite.close': 'Close',

  // A step: its figure, its tools
  'figure.number': 'Figure {n}',
  'figure.label': 'Figure {n}: {title}',
  'tools.toggle': 'Data & share',
  'tools.close': 'Close',
  'tools.permalink': 'Copy link to this step',
  'table.plain': 'The data',
  'table.show': 'Show the data',
  'embed.control': 'Embed this chart',
  'embed.paste': 'Paste this HTML into your article:',
  'embed.copy': 'Copy embed code',
  'embed.open': 'Open the embed',
  'credit.data': 'Data: {datasets}. Sources: {sources}.',
  'credit.dataset': '{title} ({version}, {date})',
  'credit.version': 'version {version}',

  // Embed pages and oEmbed
  'embed.title': '{chart}: {state}',
  'embed.byline-prefix': 'By ',
  'embed.pinned': 'This chart shows the data as published on {date}. It has since been corrected: {datasets}.',
  'embed.corrected': '{title}, now version {version}',
  'embed.credit': 'Data: {datasets}. Sources: {sources}. {story}. Image: {png}, {svg}.',
  'embed.dataset': '{title}, version {version} ({csv}, {json})',
  'embed.story': 'Read the full story',
  'embed.png': 'PNG',
  'embed.svg': 'SVG',

  // `npm run dev` only
  'preview.label': 'Unrecorded data changes',
  'preview.head': 'Preview: unrecorded data changes in {datasets}.',
  'preview.body': 'Readers see them only once they are recorded; {build} and {test} refuse them until then.',
  'preview.item': '{id} (since version {version}): {changes}. Record with {command}',
  'preview.more': '; and {count} more',
} satisfies Catalog;
