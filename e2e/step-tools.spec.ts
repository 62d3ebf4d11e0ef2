/**
 * One compact control per step ("Data & share"): closed, it is the card's only control outside
 * its prose; it opens and closes from the keyboard (Escape closes it, with whatever is open
 * inside, and gives focus back), and each of its tools still works: the deferred data table, the
 * copy link, the embed code.
 */
import { expect, test } from '@playwright/test';
import { steps } from './helpers.ts';

test('each step card has one compact control, and it works from the keyboard', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.setViewportSize({ width: 375, height: 740 });
  await page.goto('/');
  const all = await steps(page);
  // Closed, every card shows one control (besides its prose's links) and nothing of what it holds.
  const controls = await page.locator('.step__card').evaluateAll((cards) =>
    cards.map((card) =>
      [...card.querySelectorAll('a, button, summary, textarea, input')]
        // (The step's figure is for screen readers only; its credit links are not controls on the card.)
        .filter((e) => !e.closest('.prose, .step-figure') && e.checkVisibility())
        .map((e) => e.textContent.replace('⋯', '').trim()),
    ),
  );
  expect(controls).toEqual(all.map(() => ['Data & share']));

  const step = all[4]!;
  const tools = page.locator(`#${step.id} details.step-tools`);
  const toggle = tools.locator('summary.step-tools__toggle');
  await toggle.focus();
  const box = await toggle.boundingBox();
  expect(box?.height).toBeGreaterThanOrEqual(44);
  expect(box?.width).toBeGreaterThanOrEqual(44);
  await page.keyboard.press('Enter');
  await expect(tools).toHaveAttribute('open', '');
  // Its first tool is next in the tab order; Escape closes the control and focus goes back to it.
  await page.keyboard.press('Tab');
  await expect(tools.locator('.data-table summary')).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(tools).not.toHaveAttribute('open', '');
  await expect(toggle).toBeFocused();

  // Space opens it too; the data table is built when it is asked for.
  await page.keyboard.press(' ');
  await expect(tools).toHaveAttribute('open', '');
  await expect(tools.locator('table')).toHaveCount(0);
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(tools.locator('.data-table table caption')).toBeVisible();
  expect(await tools.locator('.data-table tbody tr').count()).toBeGreaterThan(0);

  // The embed code: shown, and copied by its button.
  const embed = tools.locator('.embed-control');
  await embed.locator('summary').focus();
  await page.keyboard.press('Enter');
  const code = embed.locator('textarea');
  await expect(code).toBeVisible();
  await expect(code).toHaveValue(/<iframe[^>]+\/embed\//);
  await embed.getByRole('button', { name: 'Copy embed code' }).click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await code.inputValue());

  // Escape from inside a tool closes everything it opened, and focus goes back to the toggle.
  await code.focus();
  await page.keyboard.press('Escape');
  await expect(tools).not.toHaveAttribute('open', '');
  await expect(tools.locator('details[open]')).toHaveCount(0);
  await expect(toggle).toBeFocused();

  // The link to the step is copied, from the keyboard.
  await page.keyboard.press('Enter');
  const link = tools.locator('a[data-copy-link]');
  await expect(link).toHaveText('Copy link to this step');
  await link.focus();
  await page.keyboard.press('Enter');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(new URL(`/#${step.id}`, page.url()).href);
  await expect(link).toHaveText('Link copied');
});

test('without JavaScript the control still opens, and its tools are there', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 375, height: 740 } });
  const page = await context.newPage();
  await page.goto('/');
  const tools = page.locator('details.step-tools').nth(2);
  await tools.locator('summary.step-tools__toggle').click();
  await expect(tools.locator('.data-table summary')).toBeVisible();
  await expect(tools.getByRole('link', { name: 'Copy link to this step' })).toHaveAttribute('href', /^#/);
  await expect(tools.locator('.embed-control summary')).toBeVisible();
  await context.close();
});
