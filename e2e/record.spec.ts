/**
 * The public record: permalinks, downloads, structured data, print. (Corrections after a real
 * data change are in corrections.spec.ts, which builds a corrected copy of the site.)
 */
import { parse } from 'csv-parse/sync';
import { expect, test } from '@playwright/test';
import { expectGraphicAt, openStepTools, steps } from './helpers.ts';

/** "$15 million" → 15000000, "750,000" → 750000, "72%" → 72, "20 hours" → 20. */
function numberIn(text: string): number {
  const t = text.replace(/[$,%]/g, '').trim();
  const m = /^(-?\d+(?:\.\d+)?)(\s+million)?/.exec(t);
  if (!m) return NaN;
  return Number(m[1]) * (m[2] ? 1_000_000 : 1);
}

for (const vp of [
  { width: 375, height: 740 },
  { width: 1280, height: 800 },
]) {
  test(`a step permalink opens the article at that step, in its state (${vp.width}px)`, async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.setViewportSize(vp);
    await page.goto('/');
    const all = await steps(page);
    for (const step of [all[2]!, all[9]!, all.at(-1)!]) {
      await page.goto(`/?p=${step.id}#${step.id}`);
      await expect(page.locator(`#${step.id}`)).toBeInViewport();
      await expectGraphicAt(page, step);
    }
    await openStepTools(page, all[5]!.id);
    await page.locator(`#${all[5]!.id} a[data-copy-link]`).click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(new RegExp(`/#${all[5]!.id}$`));
  });
}

test('every dataset downloads as CSV and JSON, and matches the figures on the page', async ({ page, request }) => {
  await page.goto('/');
  const datasets = await page.locator('.datasets > li').evaluateAll((lis) => lis.map((li) => li.id.replace(/^data-/, '')));
  expect(datasets.length).toBeGreaterThanOrEqual(10);
  const rowsById = new Map<string, Record<string, unknown>[]>();
  for (const id of datasets) {
    const csvLink = page.locator(`#data-${id} > a`, { hasText: 'CSV' }).first();
    const jsonLink = page.locator(`#data-${id} > a`, { hasText: 'JSON' }).first();
    const csvRes = await request.get((await csvLink.getAttribute('href'))!);
    const jsonRes = await request.get((await jsonLink.getAttribute('href'))!);
    expect(csvRes.ok() && jsonRes.ok()).toBe(true);
    const csvRows = parse<Record<string, string>>(await csvRes.text(), { columns: true });
    const json = (await jsonRes.json()) as { id: string; version: number; rows: Record<string, unknown>[]; sources: unknown[] };
    expect(json.id).toBe(id);
    expect(json.rows.map((r) => r['id'])).toEqual(csvRows.map((r) => r['id']));
    expect(json.sources.length).toBeGreaterThan(0);
    rowsById.set(id, json.rows);
  }
  // Each figure in the prose is the value of the row and column it cites.
  const figures = await page
    .locator('.fig[data-figure]')
    .evaluateAll((els) => els.map((e) => ({ ref: e.getAttribute('data-figure') ?? '', text: e.firstChild?.textContent ?? '' })));
  expect(figures.length).toBeGreaterThan(20);
  for (const f of figures) {
    const [, dataset, row, column] = /^([^:]+):([^.]+)\.(.+)$/.exec(f.ref) ?? [];
    const value = rowsById.get(dataset!)?.find((r) => r['id'] === row)?.[column!];
    expect(value, f.ref).toBeDefined();
    if (typeof value === 'number') expect(numberIn(f.text), `${f.ref} reads "${f.text}"`).toBeCloseTo(value, 6);
    else if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) {
      const [y, m, d] = value.split('-').map(Number);
      expect(f.text, f.ref).toContain(String(y));
      expect(f.text, f.ref).toContain(` ${d},`);
      expect(m).toBeGreaterThan(0);
    }
  }
  const pkg = (await (await request.get('/data/datapackage.json')).json()) as {
    resources: { name: string; path: string; schema: { fields: unknown[] } }[];
  };
  expect(pkg.resources.map((r) => r.name).sort()).toEqual([...datasets].sort());
  for (const r of pkg.resources) {
    expect((await request.get(`/data/${r.path}`)).ok(), r.path).toBe(true);
    expect(r.schema.fields.length).toBeGreaterThan(2);
  }
});

test('structured data is valid JSON-LD describing the article and its datasets', async ({ page }) => {
  await page.goto('/');
  const raw = await page.locator('script[type="application/ld+json"]').textContent();
  const ld = JSON.parse(raw ?? '') as { '@context': string; '@graph': Record<string, unknown>[] };
  expect(ld['@context']).toBe('https://schema.org');
  const article = ld['@graph'].find((n) => n['@type'] === 'NewsArticle')!;
  expect(article['headline']).toBe(await page.locator('h1').textContent());
  expect(article['datePublished']).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  expect(article['dateModified']).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  expect((article['citation'] as unknown[]).length).toBe(await page.locator('.sources > li').count());
  const datasets = ld['@graph'].filter((n) => n['@type'] === 'Dataset');
  expect(datasets.length).toBe(await page.locator('.datasets > li').count());
  for (const d of datasets)
    expect((d['distribution'] as { contentUrl: string }[]).every((x) => /\/data\/.+\/v\d+\.(csv|json)$/.test(x.contentUrl))).toBe(true);
});

test('print unrolls the story into numbered figures, with nothing sticky', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/');
  await page.emulateMedia({ media: 'print' });
  const all = await steps(page);
  await expect(page.locator('.scrolly__graphic').first()).toBeHidden();
  for (const [i, step] of all.entries()) {
    const fig = page.locator(`#figure-${step.id}`);
    await expect(fig).toBeVisible();
    await expect(fig.locator('.figure-number')).toHaveText(`Figure ${i + 1}`);
    const svg = fig.locator('svg.chart').filter({ visible: true });
    await expect(svg).toHaveCount(1);
    expect((await svg.boundingBox())?.height ?? 0).toBeGreaterThan(150);
    await expect(fig.locator('.credit')).toContainText('Sources:');
  }
  const sticky = await page.evaluate(
    () =>
      [...document.querySelectorAll('body *')].filter(
        (e) => ['sticky', 'fixed'].includes(getComputedStyle(e).position) && e.getBoundingClientRect().height > 0,
      ).length,
  );
  expect(sticky).toBe(0);
  const pdf = await page.pdf({ format: 'Letter', printBackground: true });
  expect(pdf.subarray(0, 4).toString()).toBe('%PDF');
  expect(pdf.length).toBeGreaterThan(100_000);
  // Back on screen, the figures drawn for print are gone: the DOM holds only what is shown.
  await page.emulateMedia({ media: 'screen' });
  await expect(page.locator('.step-figure svg')).toHaveCount(0);
});

test.describe('print without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('every step prints its image, loaded however lazily it was marked', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto('/');
    await page.emulateMedia({ media: 'print' });
    const pdf = await page.pdf({ format: 'Letter', printBackground: true });
    expect(pdf.subarray(0, 4).toString()).toBe('%PDF');
    const all = await steps(page);
    for (const step of all) {
      const img = page.locator(`#figure-${step.id} img`);
      await expect(img).toBeVisible();
      expect(await img.evaluate((e: HTMLImageElement) => e.complete && e.naturalWidth > 0), step.id).toBe(true);
      expect((await img.boundingBox())?.height ?? 0).toBeGreaterThan(150);
    }
  });
});

test('a translated edition’s structured data is in its language and points at the one description of each dataset', async ({ page }) => {
  const graphOf = async (path: string) => {
    await page.goto(path);
    const raw = await page.locator('script[type="application/ld+json"]').textContent();
    return (JSON.parse(raw ?? '') as { '@graph': Record<string, unknown>[] })['@graph'];
  };
  const english = await graphOf('/');
  const german = await graphOf('/de/');
  const article = german.find((n) => n['@type'] === 'NewsArticle')!;
  expect(article['inLanguage']).toBe('de-DE');
  expect(article['headline']).toBe(await page.locator('h1').textContent());
  const englishArticle = english.find((n) => n['@type'] === 'NewsArticle')!;
  expect((article['translationOfWork'] as { '@id': string })['@id']).toBe(englishArticle['@id']);
  const described = new Set(english.filter((n) => n['@type'] === 'Dataset' && n['distribution']).map((n) => n['@id']));
  const refs = german.filter((n) => n['@type'] === 'Dataset');
  expect(refs.length).toBe(described.size);
  for (const d of refs) {
    expect(described.has(d['@id']), String(d['@id'])).toBe(true);
    expect(d['distribution']).toBeUndefined();
  }
});
