/**
 * The live preview: the page of the dev server as it will be published, with the entry's unsaved
 * text in place (the server lays the draft over its copy of content/, cms/server/mirror.ts), in
 * any edition and either colour scheme: the article at a step, or a chart state's embed page.
 * Under it, what the check says about the draft.
 */
import { createElement as h, useEffect, useState, type ReactElement } from 'react';
import { check as checkDraft, isProduction, post, proposalOf, type CheckResult, type EntryLike } from './checks.ts';
import { EDITIONS } from './editions.ts';

interface Pages {
  steps: { id: string; chapter: string }[];
  states: { chart: string; state: string }[];
}

/** The edition a translation file belongs to. */
function editionOf(file: string): string {
  return /^content\/translations\/([a-z]+)\//.exec(file)?.[1] ?? 'en';
}

/** Where the preview opens for a file: its chapter's first step, a chart's first state, or the top. */
function defaultTarget(file: string, text: string, pages: Pages): string {
  const step = /^::: step id=(\S+)/m.exec(text)?.[1];
  if (file.includes('/story/')) return step ? `#${step}` : `#${/^id: *(\S+)/m.exec(text)?.[1] ?? ''}`;
  const first = pages.states[0];
  if (file.endsWith('charts.yaml') && first) return `embed/${first.chart}/${first.state}/`;
  return '';
}

export function Preview({ entry }: { entry: EntryLike }): ReactElement {
  const p = proposalOf(entry);
  const [edition, setEdition] = useState(editionOf(p.file));
  const [scheme, setScheme] = useState<'light' | 'dark'>('light');
  const [pages, setPages] = useState<Pages>({ steps: [], states: [] });
  const [target, setTarget] = useState<string | undefined>(undefined);
  const [check, setCheck] = useState<CheckResult | undefined>(undefined);
  useEffect(() => {
    if (isProduction()) return undefined;
    void fetch('/__cms/pages')
      .then((r) => r.json() as Promise<Pages>)
      .then(setPages, () => undefined);
    // Leaving the entry puts the saved files back in the preview.
    return () => {
      void post('/__cms/draft', {});
    };
  }, []);
  const versionKey = JSON.stringify(p.version ?? null);
  useEffect(() => {
    let live = true;
    // Typing is sent once it pauses, not on every key.
    const t = setTimeout(() => {
      const drafted = isProduction() ? Promise.resolve(undefined) : post('/__cms/draft', { file: p.file, text: p.text });
      void drafted.then(async () => {
        const r: CheckResult | undefined = await checkDraft(p).catch((err: unknown) => ({
          ok: false,
          errors: [String(err)],
          warnings: [],
        }));
        if (live) setCheck(r);
      });
    }, 300);
    return () => {
      live = false;
      clearTimeout(t);
    };
    // p is rebuilt on every render; its parts are the dependencies.
  }, [p.file, p.text, versionKey]);
  const at = target ?? defaultTarget(p.file, p.text, pages);
  const prefix = EDITIONS.find(([code]) => code === edition)?.[2] ?? '';
  const embed = at.startsWith('embed/');
  const src = `${window.location.origin}${prefix}/${embed ? `${at}?theme=${scheme}` : at}`;
  const select = (label: string, value: string, options: [string, string][], set: (v: string) => void) =>
    h(
      'label',
      { style: { marginRight: '1rem' } },
      `${label} `,
      h(
        'select',
        {
          value,
          onChange: (e: { currentTarget: { value: string } }) => {
            set(e.currentTarget.value);
          },
        },
        ...options.map(([v, l]) => h('option', { key: v, value: v }, l)),
      ),
    );
  const targets: [string, string][] = [
    ['', 'Top of the article'],
    ...pages.steps.map((s): [string, string] => [`#${s.id}`, `Step ${s.id} (${s.chapter})`]),
    ...pages.states.map((s): [string, string] => [`embed/${s.chart}/${s.state}/`, `Chart ${s.chart}: ${s.state} (embed)`]),
  ];
  if (!targets.some(([v]) => v === at)) targets.push([at, at]);
  return h(
    'div',
    { style: { fontFamily: 'system-ui, sans-serif', fontSize: '14px' } },
    h(
      'div',
      { role: 'toolbar', 'aria-label': 'Preview', style: { padding: '0.5rem 0' } },
      select(
        'Edition',
        edition,
        EDITIONS.map(([c, name]) => [c, name]),
        setEdition,
      ),
      select(
        'Colours',
        scheme,
        [
          ['light', 'Light'],
          ['dark', 'Dark'],
        ],
        (v) => {
          setScheme(v === 'dark' ? 'dark' : 'light');
        },
      ),
      select('Show', at, targets, setTarget),
    ),
    isProduction()
      ? h(
          'p',
          { role: 'note', style: { margin: '0 0 0.5rem', padding: '0.4rem 0.6rem', background: '#fff4d6', borderRadius: '4px' } },
          'This is the published page, without your draft: the page with your draft in place needs npm run edit. Under it, what the check says about your draft.',
        )
      : null,
    h('iframe', {
      title: 'Preview of the published page',
      src,
      style: { width: '100%', height: '75vh', border: '1px solid #ccc', colorScheme: scheme },
    }),
    h(
      'div',
      {
        role: 'status',
        'aria-label': 'Check of this draft',
        style: { marginTop: '0.5rem', fontFamily: 'ui-monospace, monospace', fontSize: '13px' },
      },
      check === undefined
        ? ''
        : check.ok
          ? `Check: OK${check.records ? '; saving records a new version of the data' : ''}.`
          : h('ul', null, ...check.errors.slice(0, 12).map((m, i) => h('li', { key: i }, m))),
    ),
  );
}
