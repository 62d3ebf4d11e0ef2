/**
 * One compact control per step ("Data & share"): closed, it is the card's only control outside
 * its prose; it opens a panel from the keyboard or a tap (Escape, its Close button or a tap
 * outside closes it, and focus goes back), and each of its tools still works: the deferred data
 * table, the copy link, the embed code.
 */
import { expect, test } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
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
  const tools = page.locator(`#${step.id} .step-tools`);
  const toggle = tools.locator('button.step-tools__toggle');
  const panel = page.getByRole('dialog', { name: /Data & share/ });
  await toggle.focus();
  const box = await toggle.boundingBox();
  expect(box?.height).toBeGreaterThanOrEqual(44);
  expect(box?.width).toBeGreaterThanOrEqual(44);
  // Closed panels hold no table and no form field: the page loads without them (a text area in
  // each step cost the browser's form scan at DOMContentLoaded 10 to 40 ms).
  await expect(tools.locator('table')).toHaveCount(0);
  await expect(page.locator('textarea')).toHaveCount(0);
  await page.keyboard.press('Enter');
  await expect(panel).toBeVisible();
  // The panel names its figure and sits inside the screen, whole, above the page.
  await expect(panel).toContainText(`Figure 5`);
  const sheet = await panel.boundingBox();
  expect(sheet!.y).toBeGreaterThanOrEqual(0);
  expect(sheet!.y + sheet!.height).toBeLessThanOrEqual(740.5);
  expect(sheet!.width).toBeGreaterThanOrEqual(374);
  // The data table was built as the panel opened.
  await expect(panel.locator('.data-table table caption')).toBeVisible();
  expect(await panel.locator('.data-table tbody tr').count()).toBeGreaterThan(0);
  // Its first tool is next in the tab order; Escape closes it and focus goes back to the control.
  await page.keyboard.press('Tab');
  await expect(panel.getByRole('button', { name: 'Close' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(panel.getByRole('link', { name: 'Copy link to this step' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(panel).toBeHidden();
  await expect(toggle).toBeFocused();

  // Space opens it too; the embed code is shown, and copied by its button.
  await page.keyboard.press(' ');
  await expect(panel).toBeVisible();
  const code = panel.locator('.embed-control textarea');
  await code.scrollIntoViewIfNeeded();
  await expect(code).toBeVisible();
  await expect(code).toHaveValue(/<iframe[^>]+\/embed\//);
  await panel.getByRole('button', { name: 'Copy embed code' }).click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await code.inputValue());

  // The Close button closes it, and focus goes back to the control.
  await panel.getByRole('button', { name: 'Close' }).click();
  await expect(panel).toBeHidden();
  await expect(toggle).toBeFocused();

  // The link to the step is copied, from the keyboard.
  await page.keyboard.press('Enter');
  const link = panel.locator('a[data-copy-link]');
  await expect(link).toHaveText('Copy link to this step');
  await link.focus();
  await page.keyboard.press('Enter');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(new URL(`/#${step.id}`, page.url()).href);
  await expect(link).toHaveText('Link copied');

  // A tap outside the panel closes it.
  await page.mouse.click(10, 10);
  await expect(panel).toBeHidden();
});

test('on a desktop the panel opens in the middle of the screen, in both schemes', async ({ browser }) => {
  for (const colorScheme of ['light', 'dark'] as const) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, colorScheme });
    const page = await context.newPage();
    await page.goto('/');
    const step = (await steps(page))[7]!;
    await page.locator(`#${step.id} .step-tools__toggle`).click();
    const panel = page.getByRole('dialog', { name: /Data & share/ });
    await expect(panel).toBeVisible();
    const box = (await panel.boundingBox())!;
    expect(Math.abs(box.x + box.width / 2 - 640)).toBeLessThan(2);
    expect(box.y).toBeGreaterThan(0);
    expect(box.y + box.height).toBeLessThan(800);
    const results = await new AxeBuilder({ page }).include('.step-tools__menu:popover-open').analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    await context.close();
  }
});

test('without JavaScript the control still opens, and its tools are there', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 375, height: 740 } });
  const page = await context.newPage();
  await page.goto('/');
  const tools = page.locator('.step-tools').nth(2);
  await tools.locator('button.step-tools__toggle').click();
  const panel = tools.getByRole('dialog');
  await expect(panel.locator('.data-table table caption')).toBeVisible();
  await expect(panel.getByRole('link', { name: 'Copy link to this step' })).toHaveAttribute('href', /^#/);
  await expect(panel.locator('.embed-control textarea')).toHaveValue(/<iframe/);
  await page.keyboard.press('Escape');
  await expect(panel).toBeHidden();
  await context.close();
});

test('in a browser without popovers the tools show in the card, with their tables built', async ({ page }) => {
  // What such a browser looks like to the page's script: no popover property on elements.
  await page.addInitScript(() => {
    Reflect.deleteProperty(HTMLElement.prototype, 'popover');
  });
  await page.goto('/');
  const cards = await steps(page);
  expect(await page.locator('.step-tools__menu .data-table table').count()).toBe(cards.length);
  expect(await page.locator('.step-tools__menu noscript[data-deferred]').count()).toBe(0);
});
