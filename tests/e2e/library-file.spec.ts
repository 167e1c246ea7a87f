import { readFileSync, writeFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { startHost, tempLibraryPath } from './host';

test('a damaged library file is reported plainly, left untouched, and a new library can be started', async ({
  page,
}) => {
  const dbPath = tempLibraryPath();
  const garbage = Buffer.from('This is a shopping list, not a database.\n'.repeat(200));
  writeFileSync(dbPath, garbage);
  const host = await startHost(dbPath);
  try {
    await page.goto(host.url);
    await expect(
      page.getByRole('heading', { name: 'Vetted cannot open this library' }),
    ).toBeVisible();
    await expect(page.getByRole('alert').first()).toContainText(
      /not .*SQLite|not a Vetted library|damaged/i,
    );
    expect(readFileSync(dbPath).equals(garbage)).toBe(true);

    const fresh = tempLibraryPath('fresh.sqlite');
    await page.getByRole('textbox', { name: 'New library file' }).fill(fresh);
    await page.getByRole('button', { name: 'Start new library' }).click();

    // A new library starts by asking who is working.
    await expect(page.getByRole('heading', { name: 'Welcome to Vetted' })).toBeVisible();
    await page.getByRole('textbox', { name: 'Your name' }).fill('Ana María López');
    await expect(page.getByRole('textbox', { name: 'Initials' })).toHaveValue('AL');
    await page.getByRole('radio', { name: /Reviewer/ }).check();
    await page.getByRole('button', { name: 'Start' }).click();
    await expect(page.getByRole('button', { name: 'New draft' })).toBeVisible();
    await expect(
      page.getByRole('button', { name: /Profile: Ana María López, Reviewer/ }),
    ).toBeVisible();
    expect(readFileSync(dbPath).equals(garbage)).toBe(true);
  } finally {
    await host.stop();
  }
});
