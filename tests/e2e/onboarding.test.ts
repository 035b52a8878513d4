import { expect, test } from './fixtures.ts';

test('a newcomer follows the path with next, marks pages as read, and finds the progress kept', async ({ handbook, page }) => {
  await handbook.goto('/');
  await page.getByRole('link', { name: 'Start here' }).first().click();
  await expect(handbook.title).toHaveText('Start here');
  await page.getByRole('radio', { name: 'Python' }).check();
  const steps = page.locator('handbook-onboarding-path ol > li');
  await expect(steps.nth(1).getByRole('link')).toHaveText('Python language');
  await expect(page.getByText(/0 of 14 read/u)).toBeVisible();

  await steps.first().getByRole('link').click();
  await expect(handbook.title).toHaveText('backend-engineer');
  const path = page.getByRole('navigation', { name: 'Onboarding path' });
  await expect(path).toContainText('step 1 of 14');
  await path.getByRole('button', { name: 'Mark as read' }).click();
  await expect(path.getByRole('button', { name: /Read/u })).toHaveAttribute('aria-pressed', 'true');

  await path.getByRole('link', { name: 'Next: Python' }).click();
  await expect(handbook.title).toHaveText('Python');
  await expect(path).toContainText('step 2 of 14');
  await expect(path.getByRole('link', { name: 'Previous: backend-engineer' })).toBeVisible();
  await expect(path.getByRole('link', { name: 'Next: Code organization' })).toBeVisible();

  await page.reload();
  await handbook.goto('/onboarding/');
  await expect(page.getByRole('radio', { name: 'Python' })).toBeChecked();
  await expect(page.getByText(/1 of 14 read/u)).toBeVisible();
  await expect(steps.first()).toContainText('Read');
});

test('a language picked while the page’s scripts still load is kept', async ({ page }) => {
  let release = (): void => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/_astro/OnboardingPath*.js', async (route) => {
    await held;
    await route.continue();
  });
  await page.goto('/onboarding/', { waitUntil: 'commit' });
  await page.getByRole('radio', { name: 'Python' }).check();
  release();
  const steps = page.locator('handbook-onboarding-path ol > li');
  await expect(steps.nth(1).getByRole('link')).toHaveText('Python language');
  await page.reload();
  await expect(page.getByRole('radio', { name: 'Python' })).toBeChecked();
});

test('the path shows each step’s reading time and the total', async ({ handbook, page }) => {
  await handbook.goto('/onboarding/');
  const minutes = await page.locator('handbook-onboarding-path [data-minutes]').allTextContents();
  expect(minutes).toHaveLength(14);
  const total = minutes.reduce((sum, value) => sum + Number.parseInt(value, 10), 0);
  await expect(page.locator('[data-total-minutes]')).toHaveText(String(total));
  await expect(page.locator('handbook-onboarding-path ol > li').last().getByRole('link')).toHaveText('Checklists');
});

test('every generated page shows its reading time and the agent lines it comes from', async ({ handbook }) => {
  const source = (await import('node:fs')).readFileSync('content/agents/backend-engineer.md', 'utf8').split('\n');
  const start = source.indexOf('## Security Best Practices') + 1;
  const end = source.indexOf('- **Security Headers**: HSTS, CSP, X-Frame-Options') + 1;
  await handbook.goto('/topics/security/');
  const meta = handbook.page.locator('.page-meta');
  await expect(meta).toContainText(/\d+ min read/u);
  await expect(meta).toContainText(`from backend-engineer.md, lines ${start}–${end}`);
  await handbook.goto('/languages/go/');
  await expect(handbook.page.locator('.page-meta')).toContainText(/from backend-engineer\.md, lines \d+–\d+, \d+–\d+, \d+–\d+/u);
  // A page that gathers many sections says so in a line, and lists their lines on request.
  await handbook.goto('/checklists/');
  const folded = handbook.page.locator('.page-meta details.provenance');
  await expect(folded.locator('summary')).toHaveText(/^from backend-engineer\.md, \d+ sections$/u);
  await expect(folded.locator('li')).toBeHidden();
  await folded.locator('summary').click();
  await expect(folded.locator('li')).toContainText(/lines \d+–\d+, \d+–\d+/u);
});

test('only the path’s next link shows on a path page', async ({ handbook, page }) => {
  await handbook.goto('/languages/go/');
  const path = page.getByRole('navigation', { name: 'Onboarding path' });
  await expect(path.getByRole('link', { name: /^Next: / })).toBeVisible();
  await expect(page.locator('.pagination-links a')).toHaveCount(0);
  // A page off the path keeps Starlight's pager.
  await handbook.goto('/map/');
  await expect(page.locator('.pagination-links a').first()).toBeVisible();
});
