/**
 * The admin app (/admin/): Decap CMS with the project's file formats (every file saved as the
 * exact text edited; a dataset as its CSV), widgets, checks on save and live preview.
 */
import CMS from 'decap-cms-app';
import { afterSave, beforeSave, setProduction, type EntryLike } from './checks.ts';
import { mountDesk } from './desk.ts';
import { Preview } from './preview.ts';
import { CsvTableControl, SourceControl } from './widgets.ts';

const text = (v: unknown) => (typeof v === 'string' ? v : '');
const field = (data: object, name: string): unknown => (data as Record<string, unknown>)[name];

// A file is its text: nothing parses and re-writes it, so a save changes only what was edited.
CMS.registerCustomFormat('story-raw', 'txt', {
  fromFile: (content) => ({ text: content }),
  toFile: (data) => text(field(data, 'text')),
});
// A dataset: its CSV, plus the version's kind and sentence, which are recorded, not written in it.
CMS.registerCustomFormat('story-csv', 'csv', {
  fromFile: (content) => ({ csv: content, kind: '', reason: '' }),
  toFile: (data) => text(field(data, 'csv')),
});
CMS.registerWidget('source', SourceControl);
CMS.registerWidget('csv-table', CsvTableControl);
// The configuration is the dev server's (or the production build's) config.json: made from the
// files in content/ (cms/server/config.ts). A file collection's preview is looked up by file name.
interface Config {
  backend: { repo: string };
  local_backend?: unknown;
  collections: { name: string; files?: { name: string }[] }[];
}
const config = (await (await fetch('/admin/config.json')).json()) as Config;
if (config.local_backend === undefined) setProduction(config.backend.repo);
for (const c of config.collections) {
  CMS.registerPreviewTemplate(c.name, Preview);
  for (const f of c.files ?? []) CMS.registerPreviewTemplate(f.name, Preview);
}
CMS.registerEventListener({ name: 'preSave', handler: ({ entry }: { entry: EntryLike }) => beforeSave(entry) });
CMS.registerEventListener({ name: 'postSave', handler: ({ entry }: { entry: EntryLike }) => afterSave(entry) });
CMS.init({ config: { ...config, load_config_file: false } as never });
if (config.local_backend !== undefined) void mountDesk();
