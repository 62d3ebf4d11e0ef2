/**
 * The Decap CMS configuration (served as /admin/config.yml): one collection per kind of file in
 * content/, each file edited as the text it is (a chapter, a YAML file) or, for a dataset, as a
 * table. Every file round-trips byte for byte: the admin writes exactly the text in its editor.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { LOCALE_NAME, TARGET_LOCALES } from '../../src/i18n/locales.ts';

export interface ConfigOptions {
  /** The project root, whose content/ lists the files. */
  root: string;
  /** The local backend's address (`npm run edit`); without it, only the GitHub backend. */
  localBackend?: string;
  /** Production: the GitHub repository (owner/name) and the OAuth endpoint's address. */
  repo?: string | undefined;
  authUrl?: string | undefined;
  branch?: string | undefined;
}

const source = (label: string, hint: string) => ({ name: 'text', label, widget: 'source', hint });
const RAW = 'story-raw';

function files(root: string, dir: string, ext: string): string[] {
  try {
    return readdirSync(join(root, dir))
      .filter((f) => f.endsWith(ext))
      .sort();
  } catch {
    return [];
  }
}

function single(name: string, label: string, file: string, hint: string, description: string) {
  return { name, label, description, format: RAW, files: [{ name: 'file', label, file, fields: [source(file, hint)] }] };
}

const KINDS = [
  ['article', 'Article', 'content/article.yaml'],
  ['charts', 'Charts and states', 'content/charts.yaml'],
  ['datasets', 'Dataset texts', 'content/datasets/*.meta.yaml'],
  ['sources', 'Source notes', 'content/sources.yaml'],
  ['interface', 'Interface words', 'src/i18n and the charts'],
] as const;

export function cmsConfig(o: ConfigOptions) {
  const chapters = files(o.root, 'content/story', '.md');
  const csvs = files(o.root, 'content/datasets', '.csv');
  const metas = files(o.root, 'content/datasets', '.meta.yaml');
  const yamlHint = 'YAML as in the file: indent with spaces, quote a value that contains a colon (EDITING.md, "Field names").';
  const collections = [
    single('article', 'Article', 'content/article.yaml', yamlHint, 'Headline, dek, byline, dateline, publication date, description.'),
    {
      name: 'chapters',
      label: 'Chapters',
      description:
        'The story, in file-name order. Steps sit between "::: step id=… chart=… state=…" and ":::" (EDITING.md, "Changing text").',
      format: RAW,
      files: chapters.map((f) => ({
        name: f.replace(/\.md$/, ''),
        label: f,
        file: `content/story/${f}`,
        fields: [source(f, 'Markdown only; figures as {{dataset:row.column}}.')],
      })),
    },
    single('charts', 'Charts and states', 'content/charts.yaml', yamlHint, 'Each chart and its named states (what a step can show).'),
    single('sources', 'Sources', 'content/sources.yaml', `${yamlHint} Add a new source at the end.`, 'Every cited source.'),
    {
      name: 'data',
      label: 'Data (tables)',
      description:
        'One row per fact. Saving a change records a new version: choose its kind and say what changed and why. To take back the last version before it is published, choose an "undo" kind and save.',
      format: 'story-csv',
      files: csvs.map((f) => ({
        name: f.replace(/\.csv$/, ''),
        label: f,
        file: `content/datasets/${f}`,
        fields: [
          { name: 'csv', label: 'Rows', widget: 'csv-table' },
          {
            name: 'kind',
            label: 'Kind of change',
            widget: 'select',
            required: false,
            options: [
              { label: 'correction: a figure was wrong (listed for readers)', value: 'correction' },
              { label: 'update: newer figures (listed for readers)', value: 'update' },
              { label: 'internal: housekeeping (not listed)', value: 'internal' },
              { label: 'undo: take back the last version, keep the table as it is (until published)', value: 'undo' },
              { label: 'undo and restore: take back the last version and its data (until published)', value: 'undo-restore' },
            ],
          },
          {
            name: 'reason',
            label: 'What changed and why',
            widget: 'string',
            required: false,
            hint: 'One sentence readers can follow, e.g. "Corrected the Jan. 4 gross to match Variety\'s report".',
          },
        ],
      })),
    },
    {
      name: 'data-details',
      label: 'Data details',
      description:
        'Title, units, notes and source list of each dataset (version, updated and changelog are written when a data change is saved).',
      format: RAW,
      files: metas.map((f) => ({
        name: f.replace(/\.meta\.yaml$/, ''),
        label: f,
        file: `content/datasets/${f}`,
        fields: [source(f, yamlHint)],
      })),
    },
    ...KINDS.map(([kind, label, of]) => ({
      name: `translations-${kind}`,
      label: `Translations: ${label}`,
      description: `The translations of ${of}, one file per edition (EDITING.md, "Translations").`,
      format: RAW,
      files: TARGET_LOCALES.map((l) => ({
        name: l,
        label: `${LOCALE_NAME[l]} (${l})`,
        file: `content/translations/${l}/${kind}.yaml`,
        fields: [
          source(`${l}/${kind}.yaml`, 'Each entry: text, and translates (the hash of the English; write TODO for a new translation).'),
        ],
      })),
    })),
    {
      name: 'translations-story',
      label: 'Translations: Chapters',
      description: 'Each chapter in each edition: the same ids as the English, "::: step id=… translates=…" blocks in the same order.',
      format: RAW,
      files: TARGET_LOCALES.flatMap((l) =>
        files(o.root, `content/translations/${l}/story`, '.md').map((f) => ({
          name: `${l}-${f.replace(/\.md$/, '')}`,
          label: `${LOCALE_NAME[l]}: ${f}`,
          file: `content/translations/${l}/story/${f}`,
          fields: [
            source(
              `${l}/story/${f}`,
              'Keep every placeholder and {mark=…} exactly as in the English; a quotation’s original English goes in :en[…].',
            ),
          ],
        })),
      ),
    },
  ];
  const github = {
    name: 'github',
    repo: o.repo ?? 'OWNER/REPOSITORY',
    branch: o.branch ?? 'main',
    ...(o.authUrl ? { base_url: o.authUrl } : {}),
  };
  return {
    backend: github,
    // Production saves go to a branch and a pull request, which CI checks before anything reaches main.
    ...(o.localBackend ? { local_backend: { url: o.localBackend } } : { publish_mode: 'editorial_workflow' }),
    media_folder: 'public/media',
    public_folder: '/media',
    site_url: '/',
    collections,
  };
}
